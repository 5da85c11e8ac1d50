import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { referenceData, seedHistory } from '@cci/domain';
import { testServers, uniqueName } from '@cci/test-support';
import type { Admin, Kafka } from 'kafkajs';

import { EventAppender } from './event-appender.js';
import { readEventLog } from './event-log-reader.js';
import { createKafka } from './kafka-client.js';
import { ensureTopics, eventLogTopics } from './topics.js';

describe('readEventLog when onBatch outlasts the consumer session', () => {
  const kafka = createKafka({
    brokers: testServers().kafkaBrokers,
    clientId: 'event-log-test',
    logLevel: 'nothing',
  });
  // The broker's shortest session (6 s) and one record batch per fetch, so that a slow first batch gets
  // the reader evicted from its group while batches remain.
  const shortSessions: Kafka = Object.create(kafka) as Kafka;
  shortSessions.consumer = (config) =>
    kafka.consumer({ ...config, sessionTimeout: 6_000, heartbeatInterval: 1_000, maxBytesPerPartition: 1 });
  const { events: topic } = eventLogTopics({ eventsTopic: uniqueName('event-log-slow'), eventPartitions: 1 });
  const events = seedHistory(referenceData);
  let admin: Admin;

  beforeAll(async () => {
    admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin, [topic]);
    const appender = new EventAppender(kafka, { topic: topic.topic });
    for (let from = 0; from < events.length; from += 37) await appender.append(events.slice(from, from + 37));
    await appender.disconnect();
  });

  afterAll(async () => {
    await admin.deleteTopics({ topics: [topic.topic] });
    await admin.disconnect();
  });

  it('gives each message once, in order, although kafkajs starts the partition over after rejoining', async () => {
    const offsets: number[] = [];
    const result = await readEventLog(shortSessions, {
      topic: topic.topic,
      onBatch: async (batch) => {
        if (offsets.length === 0) await new Promise((resolve) => setTimeout(resolve, 8_000));
        offsets.push(...batch.messages.map((m) => m.offset));
      },
    });
    expect(result.messages).toBe(111);
    expect(offsets).toEqual(events.map((_, i) => i));
  });
});
