import type { Kafka } from 'kafkajs';

/**
 * The log as a rebuild found it at its start, per partition: its first offset still held (`low`) and the
 * offset after its last event (`end`), which the replay reaches before it aligns with the live instances.
 */
export type LogExtent = {
  low: ReadonlyMap<number, number>;
  end: ReadonlyMap<number, number>;
};

export async function readLogExtent(kafka: Kafka, topic: string): Promise<LogExtent> {
  const admin = kafka.admin();
  await admin.connect();
  const offsets = await admin.fetchTopicOffsets(topic);
  await admin.disconnect();
  return {
    low: new Map(offsets.map((o) => [o.partition, Number(o.low)])),
    end: new Map(offsets.map((o) => [o.partition, Number(o.high)])),
  };
}

/** How many of the log's events lie below `positions` (next offsets, per partition). */
export function eventsBelow(extent: LogExtent, positions: ReadonlyMap<number, number>): number {
  let events = 0;
  for (const [partition, offset] of positions) events += offset - (extent.low.get(partition) ?? 0);
  return events;
}

/**
 * Whether `positions` reached `target` on every partition; one whose target is not above its first
 * offset still held has nothing to replay.
 */
export function reached(
  extent: LogExtent,
  target: ReadonlyMap<number, number>,
  positions: ReadonlyMap<number, number>,
): boolean {
  return [...target].every(
    ([partition, offset]) =>
      offset <= (extent.low.get(partition) ?? 0) || (positions.get(partition) ?? 0) >= offset,
  );
}
