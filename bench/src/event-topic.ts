import type { DomainEvent } from '@cci/domain';
import { EventAppender, type EventLogTopics } from '@cci/event-log';
import type { Kafka } from 'kafkajs';

import { take } from './history.js';
import type { Scratch } from './servers.js';
import { perSecond, progress } from './stats.js';

export type LoadedTopic = {
  topics: EventLogTopics;
  events: number;
  /** End offset of each partition once loaded. */
  end: Map<number, number>;
  /** Average size of an event's JSON, what the raw Kafka figures are measured with. */
  averageBytes: number;
  /** Simulated and appended per second, one send of 2,000 at a time (not a measure of the product). */
  loadPerSecond: number;
};

const CHUNK = 2_000;

/**
 * A fresh event topic holding `count` events of the stream, appended by the product's EventAppender
 * in sends of 2,000 (the preparation of the replay; its rate is reported as a side figure). The next
 * chunk is simulated while the broker takes the previous one.
 */
export async function loadEventTopic(
  scratch: Scratch,
  kafka: Kafka,
  stream: Iterator<DomainEvent>,
  count: number,
): Promise<LoadedTopic> {
  const topics = await scratch.eventTopics();
  const appender = new EventAppender(kafka, { topic: topics.events.topic });
  await appender.connect();
  let appended = 0;
  let sampled = 0;
  let bytes = 0;
  const end = new Map<number, number>();
  const started = performance.now();
  try {
    let sending: Promise<void> = Promise.resolve();
    for (let chunk = take(stream, Math.min(CHUNK, count)); chunk.length > 0;) {
      if (sampled === 0) {
        sampled = chunk.length;
        bytes = chunk.reduce((sum, e) => sum + Buffer.byteLength(JSON.stringify(e)), 0);
      }
      await sending;
      sending = appender.append(chunk).then((positions) => {
        for (const { partition, offset } of positions)
          end.set(partition, Math.max(end.get(partition) ?? 0, offset + 1));
      });
      const before = appended;
      appended += chunk.length;
      if (Math.floor(appended / 100_000) > Math.floor(before / 100_000))
        progress(`  ${appended.toLocaleString('en')} events appended`);
      chunk = take(stream, Math.min(CHUNK, count - appended));
    }
    await sending;
  } finally {
    await appender.disconnect();
  }
  return {
    topics,
    events: appended,
    end,
    averageBytes: Math.round(bytes / Math.max(1, sampled)),
    loadPerSecond: perSecond(appended, performance.now() - started),
  };
}
