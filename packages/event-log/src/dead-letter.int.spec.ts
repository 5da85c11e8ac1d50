import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { testServers, uniqueName } from '@cci/test-support';
import type { Admin } from 'kafkajs';

import { DeadLetterPublisher, parseDeadLetter, type DeadLetter } from './dead-letter.js';
import { readEventLog, type LogMessage } from './event-log-reader.js';
import { createKafka } from './kafka-client.js';
import { ensureTopics, eventLogTopics } from './topics.js';

describe('dead letters against the local broker', () => {
  const kafka = createKafka({
    brokers: testServers().kafkaBrokers,
    clientId: 'event-log-test',
    logLevel: 'nothing',
  });
  const { deadLetters: deadLetterTopic } = eventLogTopics({ deadLetterTopic: uniqueName('event-log-dlq') });
  const publisher = new DeadLetterPublisher(kafka, { topic: deadLetterTopic.topic });
  let admin: Admin;

  beforeAll(async () => {
    admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin, [deadLetterTopic]);
    await publisher.connect();
  });

  afterAll(async () => {
    await publisher.disconnect();
    await admin.deleteTopics({ topics: [deadLetterTopic.topic] });
    await admin.disconnect();
  });

  async function readDeadLetterTopic(): Promise<LogMessage[]> {
    const messages: LogMessage[] = [];
    await readEventLog(kafka, {
      topic: deadLetterTopic.topic,
      onBatch: (batch) => {
        messages.push(...batch.messages);
        return Promise.resolve();
      },
    });
    return messages;
  }

  const garbage: DeadLetter = {
    original: {
      topic: 'cci.events.v1',
      partition: 4,
      offset: 1234,
      key: Buffer.from('srom:pays-de-la-loire'),
      value: Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0x7b]),
    },
    reason: 'unreadable',
    message: 'Message illisible : les octets ne sont pas de l’UTF-8 valide.',
    projection: 'regional-srom-matrix',
    failedAt: '2026-11-23T10:15:00.000Z',
  };
  const invalidPayload: DeadLetter = {
    original: {
      topic: 'cci.events.v1',
      partition: 0,
      offset: 7,
      key: Buffer.from('action:a-1'),
      value: Buffer.from('{"type":"ActionStarted","payload":{"startedOn":"hier"},"note":"é"}'),
    },
    reason: 'invalid-payload',
    message: 'Contenu invalide pour ActionStarted v1 : date invalide.',
    projection: 'action-progress',
    failedAt: '2026-11-23T10:16:00.000Z',
  };

  it('keeps the original bytes, key, position and reason of what could not be projected', async () => {
    await publisher.publish(garbage);
    await publisher.publish(invalidPayload);

    const messages = await readDeadLetterTopic();

    expect(messages.map((m) => m.key)).toEqual([garbage.original.key, invalidPayload.original.key]);
    expect(messages.map((m) => parseDeadLetter(m))).toEqual([
      { deadLetter: garbage },
      { deadLetter: invalidPayload },
    ]);
  });

  it('stores a UTF-8 value as text and other bytes in base64', async () => {
    const [garbageRecord, invalidRecord] = (await readDeadLetterTopic()).map(
      (m) => JSON.parse(m.value!.toString('utf8')) as Record<string, unknown>,
    );
    expect(garbageRecord).toMatchObject({
      originalValue: garbage.original.value!.toString('base64'),
      originalValueEncoding: 'base64',
    });
    expect(invalidRecord).toMatchObject({
      originalValue: invalidPayload.original.value!.toString('utf8'),
      originalValueEncoding: 'utf8',
    });
  });
});
