import { readEvent, type DomainEvent, type EventRejection, type ReferenceData } from '@cci/domain';
import { parseKafkaMessage } from '@cci/event-log';
import type { KafkaMessage } from 'kafkajs';

export type UnreadableMessage = { reason: 'unreadable'; message: string };

/** A message of the log as an event at its current version, or why it cannot be one (for its dead letter). */
export function readLogMessage(
  message: KafkaMessage,
  reference: ReferenceData,
): { event: DomainEvent } | { rejection: EventRejection | UnreadableMessage } {
  const parsed = parseKafkaMessage(message);
  if ('unreadable' in parsed) return { rejection: { reason: 'unreadable', message: parsed.unreadable } };
  return readEvent(parsed.raw, reference);
}
