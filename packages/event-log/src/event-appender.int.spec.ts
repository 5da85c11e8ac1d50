import { randomUUID } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readEvent, referenceData, seedHistory, type DomainEvent } from '@cci/domain';
import { testServers, uniqueName } from '@cci/test-support';
import type { Admin } from 'kafkajs';

import { EventAppender, type AppendedEvent } from './event-appender.js';
import { EventLogUnavailableError } from './event-log-unavailable.js';
import { readEventLog, type LogBatch } from './event-log-reader.js';
import { parseKafkaMessage } from './event-message.js';
import { createKafka } from './kafka-client.js';
import { ensureTopics, eventLogTopics } from './topics.js';

const events = seedHistory(referenceData);

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

/** Reads the whole topic, keeping the batches as onBatch got them. */
async function readAll(kafka: ReturnType<typeof createKafka>, topic: string) {
  const batches: LogBatch[] = [];
  const result = await readEventLog(kafka, {
    topic,
    onBatch: (batch) => {
      batches.push(batch);
      return Promise.resolve();
    },
  });
  return { batches, result };
}

function eventsOf(batches: LogBatch[]): DomainEvent[] {
  return batches.flatMap((batch) =>
    batch.messages.map((message) => {
      const parsed = parseKafkaMessage(message);
      if (!('raw' in parsed)) throw new Error(parsed.unreadable);
      const read = readEvent(parsed.raw, referenceData);
      if (!('event' in read)) throw new Error(read.rejection.message);
      return read.event;
    }),
  );
}

describe('EventAppender and readEventLog against the local broker', () => {
  const kafka = createKafka({
    brokers: testServers().kafkaBrokers,
    clientId: 'event-log-test',
    logLevel: 'nothing',
  });
  const { events: eventTopic } = eventLogTopics({ eventsTopic: uniqueName('event-log-append') });
  const { events: emptyTopic } = eventLogTopics({ eventsTopic: uniqueName('event-log-empty') });
  const appender = new EventAppender(kafka, { topic: eventTopic.topic });
  let admin: Admin;
  let appended: AppendedEvent[];

  beforeAll(async () => {
    admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin, [eventTopic, emptyTopic]);
    await appender.connect();
  });

  afterAll(async () => {
    await appender.disconnect();
    await admin.deleteTopics({ topics: [eventTopic.topic, emptyTopic.topic] });
    await admin.disconnect();
  });

  it('is ready when the event topic has a leader on every partition', async () => {
    await expect(appender.ready()).resolves.toBe(true);
  });

  it('appends the 111 seed events in one send, each with its partition and offset', async () => {
    appended = await appender.append(events);

    expect(appended.map((a) => a.eventId)).toEqual(events.map((e) => e.eventId));
    const positions = new Set(appended.map((a) => `${a.partition}:${a.offset}`));
    expect(positions.size).toBe(111);
    for (const { partition } of appended) expect(partition).toBeGreaterThanOrEqual(0);
    for (const { partition } of appended) expect(partition).toBeLessThan(6);
    // Offsets are dense from 0 on each partition of a new topic.
    const perPartition = groupBy(appended, (a) => a.partition);
    for (const inPartition of perPartition.values()) {
      expect(inPartition.map((a) => a.offset)).toEqual(inPartition.map((_, i) => i));
    }
  });

  it('keeps the events of one aggregate on one partition, in increasing offsets', () => {
    const byAggregate = groupBy(
      events.map((event, i) => ({ event, at: appended[i]! })),
      ({ event }) => event.aggregateId,
    );
    expect(byAggregate.size).toBeGreaterThan(1);
    for (const ofAggregate of byAggregate.values()) {
      expect(new Set(ofAggregate.map(({ at }) => at.partition)).size).toBe(1);
      const offsets = ofAggregate.map(({ at }) => at.offset);
      expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    }
  });

  it('reads exactly those events back, in offset order on each partition, and stops', async () => {
    const groupsBefore = await admin.listGroups();
    const { batches, result } = await readAll(kafka, eventTopic.topic);

    expect(result.messages).toBe(111);
    const endOffsets = groupBy(appended, (a) => a.partition);
    expect(result.partitions).toEqual(
      [0, 1, 2, 3, 4, 5].map((partition) => ({
        partition,
        endOffset: endOffsets.get(partition)?.length ?? 0,
      })),
    );
    for (const batch of batches) {
      const offsets = batch.messages.map((m) => m.offset);
      expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    }
    const positionOf = new Map(appended.map((a) => [a.eventId, `${a.partition}:${a.offset}`]));
    for (const batch of batches) {
      for (const message of batch.messages) {
        expect(positionOf.get(message.headers['event-id']!)).toBe(`${batch.partition}:${message.offset}`);
      }
    }
    const read = eventsOf(batches);
    expect(read).toHaveLength(111);
    expect([...read].sort((a, b) => a.eventId.localeCompare(b.eventId))).toEqual(
      [...events].sort((a, b) => a.eventId.localeCompare(b.eventId)),
    );
    // The throwaway group is gone and committed nothing.
    const groupsAfter = await admin.listGroups();
    expect(groupsAfter.groups.map((g) => g.groupId).sort()).toEqual(
      groupsBefore.groups.map((g) => g.groupId).sort(),
    );
  });

  it('sees in a second read the events appended since the first', async () => {
    const later = events.slice(0, 7).map((event) => ({ ...event, eventId: randomUUID() }));
    const appendedLater = await appender.append(later);

    const { batches, result } = await readAll(kafka, eventTopic.topic);

    expect(result.messages).toBe(118);
    const read = eventsOf(batches);
    expect(read.filter((e) => later.some((l) => l.eventId === e.eventId))).toHaveLength(7);
    for (const [i, at] of appendedLater.entries()) {
      expect(at.partition).toBe(appended[i]!.partition);
      expect(at.offset).toBeGreaterThan(
        Math.max(...appended.filter((a) => a.partition === at.partition).map((a) => a.offset)),
      );
    }
  });

  it('calls onBatch one batch at a time', async () => {
    let running = 0;
    let mostAtOnce = 0;
    await readEventLog(kafka, {
      topic: eventTopic.topic,
      onBatch: async () => {
        running += 1;
        mostAtOnce = Math.max(mostAtOnce, running);
        await new Promise((resolve) => setTimeout(resolve, 20));
        running -= 1;
      },
    });
    expect(mostAtOnce).toBe(1);
  });

  it('rejects with the error onBatch throws, without reading further', async () => {
    let calls = 0;
    await expect(
      readEventLog(kafka, {
        topic: eventTopic.topic,
        onBatch: () => {
          calls += 1;
          return Promise.reject(new Error('projection en panne'));
        },
      }),
    ).rejects.toThrow('projection en panne');
    expect(calls).toBe(1);
  });

  it('finishes at once on an empty topic', async () => {
    const started = Date.now();
    const { batches, result } = await readAll(kafka, emptyTopic.topic);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(batches).toEqual([]);
    expect(result).toEqual({
      messages: 0,
      partitions: [0, 1, 2, 3, 4, 5].map((partition) => ({ partition, endOffset: 0 })),
    });
  });

  it('tells each of 37 concurrent appends where its own events went, though they share sends', async () => {
    const logSize = async () =>
      (await admin.fetchTopicOffsets(eventTopic.topic)).reduce((sum, p) => sum + Number(p.high), 0);
    const before = await logSize();
    const requests = Array.from({ length: 37 }, (_, i) => events.slice(i * 3, i * 3 + 3));
    const answers = await Promise.all(requests.map((request) => appender.append(request)));
    answers.forEach((answer, i) => {
      expect(answer.map((a) => a.eventId)).toEqual(requests[i]!.map((e) => e.eventId));
    });

    const stored = new Map<string, string>();
    await readEventLog(kafka, {
      topic: eventTopic.topic,
      onBatch: (batch) => {
        for (const message of batch.messages)
          stored.set(
            `${batch.partition}:${message.offset}`,
            eventsOf([{ ...batch, messages: [message] }])[0]!.eventId,
          );
        return Promise.resolve();
      },
    });
    expect((await logSize()) - before).toBe(111);
    for (const answer of answers)
      for (const { partition, offset, eventId } of answer)
        expect(stored.get(`${partition}:${offset}`)).toBe(eventId);
  });
});

describe('EventAppender when nothing listens at the broker address', () => {
  const kafka = createKafka({ brokers: ['127.0.0.1:1'], clientId: 'event-log-test', logLevel: 'nothing' });
  const appender = new EventAppender(kafka, { topic: uniqueName('event-log-nowhere') });

  afterAll(async () => {
    await appender.disconnect();
  });

  it('rejects append with EventLogUnavailableError within 15 s', async () => {
    const started = Date.now();
    const failure = await appender.append(events.slice(0, 3)).catch((error: unknown) => error);
    const elapsed = Date.now() - started;
    expect(failure).toBeInstanceOf(EventLogUnavailableError);
    expect(failure).toMatchObject({ retryAfterSeconds: 5 });
    expect(elapsed).toBeLessThan(15_000);
  });

  it('is not ready', async () => {
    const started = Date.now();
    await expect(appender.ready()).resolves.toBe(false);
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});

describe('EventAppender when the broker address takes connections but never answers', () => {
  const connections = new Set<Socket>();
  const silent: Server = createServer((socket) => {
    connections.add(socket);
  });
  let appender: EventAppender;

  beforeAll(async () => {
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    const kafka = createKafka({
      brokers: [`127.0.0.1:${port}`],
      clientId: 'event-log-test',
      logLevel: 'nothing',
    });
    appender = new EventAppender(kafka, { topic: uniqueName('event-log-silent') });
  });

  afterAll(async () => {
    await appender.disconnect();
    for (const socket of connections) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('rejects append with EventLogUnavailableError within 15 s', async () => {
    const started = Date.now();
    await expect(appender.append(events.slice(0, 3))).rejects.toBeInstanceOf(EventLogUnavailableError);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('is not ready', async () => {
    await expect(appender.ready()).resolves.toBe(false);
  });
});
