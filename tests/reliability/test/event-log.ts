import { readEvent, type DomainEvent, type ReferenceData } from '@cci/domain';
import { parseKafkaMessage, readEventLog, type LogMessage } from '@cci/event-log';
import type { Kafka } from 'kafkajs';

export type PlacedMessage = LogMessage & { partition: number };
export type PlacedEvent = { event: DomainEvent; partition: number; offset: number; key: string };

/** Every message of `topic`, from its beginning to its end as it is now, in offset order per partition. */
export async function readTopic(kafka: Kafka, topic: string): Promise<PlacedMessage[]> {
  const messages: PlacedMessage[] = [];
  await readEventLog(kafka, {
    topic,
    onBatch: ({ partition, messages: batch }) => {
      for (const message of batch) messages.push({ ...message, partition });
      return Promise.resolve();
    },
  });
  return messages;
}

/** Every event of `topic` as the projectors read it; a message that does not read is a failure here. */
export async function readEvents(
  kafka: Kafka,
  topic: string,
  reference: ReferenceData,
): Promise<PlacedEvent[]> {
  return (await readTopic(kafka, topic)).map((message) => {
    const parsed = parseKafkaMessage(message);
    if ('unreadable' in parsed)
      throw new Error(`${message.partition}/${message.offset}: ${parsed.unreadable}`);
    const read = readEvent(parsed.raw, reference);
    if ('rejection' in read)
      throw new Error(`${message.partition}/${message.offset}: ${read.rejection.message}`);
    return {
      event: read.event,
      partition: message.partition,
      offset: message.offset,
      key: message.key?.toString('utf8') ?? '',
    };
  });
}

/** How many messages `topic` holds: the sum of its partitions' end offsets (nothing is ever deleted). */
export async function topicSize(kafka: Kafka, topic: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.reduce((sum, o) => sum + Number(o.high) - Number(o.low), 0);
  } finally {
    await admin.disconnect();
  }
}

/** Pairs of events that share an aggregate version, or an event id: what a duplicate append leaves. */
export function duplicates(events: readonly DomainEvent[]): string[] {
  const seen = new Map<string, string>();
  const found: string[] = [];
  for (const event of events) {
    for (const identity of [
      `id ${event.eventId}`,
      `version ${event.aggregateId}@${event.aggregateVersion}`,
    ]) {
      if (seen.has(identity)) found.push(identity);
      seen.set(identity, event.eventId);
    }
  }
  return found;
}
