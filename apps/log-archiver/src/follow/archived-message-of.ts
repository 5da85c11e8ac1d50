import type { ArchivedMessage } from '@cci/event-archive';
import type { KafkaMessage } from 'kafkajs';

/**
 * A consumed message as the archive keeps it. kafkajs gathers a header name met twice into an array:
 * it is spread back into one entry per value, in order.
 */
export function archivedMessageOf(message: KafkaMessage): ArchivedMessage {
  const headers: [string, Buffer | null][] = [];
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    for (const one of Array.isArray(value) ? value : [value]) {
      headers.push([name, one === undefined ? null : Buffer.from(one)]);
    }
  }
  return {
    offset: Number(message.offset),
    timestamp: Number(message.timestamp),
    key: message.key,
    value: message.value,
    headers,
  };
}
