import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { testServers, uniqueName } from '@cci/test-support';
import kafkajs, { type Admin } from 'kafkajs';

import { createKafka } from './kafka-client.js';
import { ensureTopics, eventLogTopics } from './topics.js';

describe('ensureTopics against the local broker', () => {
  const kafka = createKafka({
    brokers: testServers().kafkaBrokers,
    clientId: 'event-log-test',
    logLevel: 'nothing',
  });
  const topics = eventLogTopics({
    eventsTopic: uniqueName('event-log-events'),
    deadLetterTopic: uniqueName('event-log-dlq'),
  });
  const tooSmall = uniqueName('event-log-too-small');
  const expiring = uniqueName('event-log-expiring');
  const compacted = uniqueName('event-log-compacted');
  let admin: Admin;

  beforeAll(async () => {
    admin = kafka.admin();
    await admin.connect();
  });

  afterAll(async () => {
    await admin.deleteTopics({
      topics: [topics.events.topic, topics.deadLetters.topic, tooSmall, expiring, compacted],
    });
    await admin.disconnect();
  });

  it('creates the event and dead-letter topics with their partitions and unlimited retention', async () => {
    const { created } = await ensureTopics(admin, [topics.events, topics.deadLetters]);
    expect(created).toEqual([topics.events.topic, topics.deadLetters.topic]);

    const metadata = await admin.fetchTopicMetadata({
      topics: [topics.events.topic, topics.deadLetters.topic],
    });
    const partitionCounts = Object.fromEntries(metadata.topics.map((t) => [t.name, t.partitions.length]));
    expect(partitionCounts).toEqual({ [topics.events.topic]: 6, [topics.deadLetters.topic]: 1 });

    const configs = await admin.describeConfigs({
      includeSynonyms: false,
      resources: [topics.events.topic, topics.deadLetters.topic].map((name) => ({
        type: kafkajs.ConfigResourceTypes.TOPIC,
        name,
        configNames: ['retention.ms', 'retention.bytes', 'cleanup.policy', 'min.insync.replicas'],
      })),
    });
    for (const resource of configs.resources) {
      const values = Object.fromEntries(resource.configEntries.map((e) => [e.configName, e.configValue]));
      expect(values).toEqual({
        'retention.ms': '-1',
        'retention.bytes': '-1',
        'cleanup.policy': 'delete',
        'min.insync.replicas': '1',
      });
    }
  });

  it('is harmless when the topics exist', async () => {
    await expect(ensureTopics(admin, [topics.events, topics.deadLetters])).resolves.toEqual({ created: [] });
  });

  it('reports an existing topic with fewer partitions than its spec', async () => {
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic: tooSmall, numPartitions: 2 }] });
    const spec = { ...topics.events, topic: tooSmall };
    await expect(ensureTopics(admin, [spec])).rejects.toThrow(
      `Le topic « ${tooSmall} » a 2 partition(s) alors que 6 sont attendues.`,
    );
  });

  it('refuses an event topic that would delete events: a week of retention, or compaction', async () => {
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        { topic: expiring, numPartitions: 6, configEntries: [{ name: 'retention.ms', value: '604800000' }] },
        { topic: compacted, numPartitions: 6, configEntries: [{ name: 'cleanup.policy', value: 'compact' }] },
      ],
    });
    await expect(ensureTopics(admin, [{ ...topics.events, topic: expiring }])).rejects.toThrow(
      `Le topic « ${expiring} » est la seule trace des faits de la plateforme, mais le courtier pourrait en effacer des événements : retention.ms=604800000 (attendu : -1). Aucun service ne démarre sur ce topic.`,
    );
    await expect(ensureTopics(admin, [{ ...topics.events, topic: compacted }])).rejects.toThrow(
      'cleanup.policy=compact (attendu : delete)',
    );
    // The notices' topic keeps an hour on purpose: only the event topics are guarded.
    await expect(
      ensureTopics(admin, [{ ...topics.events, topic: expiring, keepsEverything: false }]),
    ).resolves.toEqual({ created: [] });
  });

  it('refuses an event topic with fewer replicas than the deployment declares', async () => {
    await expect(ensureTopics(admin, [{ ...topics.events, replicationFactor: 3 }])).rejects.toThrow(
      '1 réplique(s) par partition au moins (déclaré : 3)',
    );
  });
});
