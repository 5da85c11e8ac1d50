import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { testServers, uniqueName } from '@cci/test-support';
import {
  ConfigResourceTypes,
  Kafka,
  logLevel,
  type Admin,
  type Consumer,
  type KafkaMessage,
  type Producer,
} from 'kafkajs';

// kafkajs 2.2.4 is the last kafkajs release and Kafka 4 removed old protocol versions (KIP-896):
// these tests prove the pair still does everything the product relies on.
describe('kafkajs 2.2.4 against the local Kafka broker', () => {
  const kafka = new Kafka({
    clientId: 'infra-test',
    brokers: testServers().kafkaBrokers,
    logLevel: logLevel.NOTHING,
  });
  const topic = uniqueName('infra-kafka');
  const groupId = uniqueName('infra-group');
  let admin: Admin;
  let producer: Producer;

  beforeAll(async () => {
    admin = kafka.admin();
    await admin.connect();
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
  });

  afterAll(async () => {
    await producer.disconnect();
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
  });

  async function produce(from: number, count: number): Promise<void> {
    const messages = Array.from({ length: count }, (_, i) => ({
      key: `aggregate-${(from + i) % 7}`,
      value: JSON.stringify({ sequence: from + i }),
    }));
    await producer.send({ topic, acks: -1, messages });
  }

  /** Consumes until `count` messages arrived, committing offsets after each batch, then leaves the group. */
  async function consumeAndCommit(count: number): Promise<KafkaMessage[]> {
    const consumer: Consumer = kafka.consumer({ groupId, sessionTimeout: 10_000 });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const received: KafkaMessage[] = [];
    await new Promise<void>((resolve, reject) => {
      consumer
        .run({
          autoCommit: false,
          eachBatch: async (payload) => {
            const { batch } = payload;
            for (const message of batch.messages) {
              received.push(message);
              payload.resolveOffset(message.offset);
            }
            await payload.heartbeat();
            await payload.commitOffsetsIfNecessary({
              topics: [
                {
                  topic: batch.topic,
                  partitions: [
                    { partition: batch.partition, offset: String(Number(batch.lastOffset()) + 1) },
                  ],
                },
              ],
            });
            if (received.length >= count) resolve();
          },
        })
        .catch(reject);
    });
    await consumer.disconnect();
    return received;
  }

  it('creates a topic with explicit partitions and infinite retention', async () => {
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        {
          topic,
          numPartitions: 3,
          replicationFactor: 1,
          configEntries: [{ name: 'retention.ms', value: '-1' }],
        },
      ],
    });
    const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
    expect(metadata.topics[0]?.partitions).toHaveLength(3);
    const configs = await admin.describeConfigs({
      includeSynonyms: false,
      resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configNames: ['retention.ms'] }],
    });
    expect(configs.resources[0]?.configEntries[0]?.configValue).toBe('-1');
  });

  it('appends with an idempotent producer (acks: -1), keeping each key on one partition', async () => {
    await produce(0, 100);
    const offsets = await admin.fetchTopicOffsets(topic);
    expect(offsets.reduce((sum, p) => sum + Number(p.high), 0)).toBe(100);
  });

  it('consumes in a consumer group and commits offsets', async () => {
    const received = await consumeAndCommit(100);
    const sequences = received.map((m) => (JSON.parse(String(m.value)) as { sequence: number }).sequence);
    expect(new Set(sequences).size).toBe(100);
    const byKey = new Map<string, number[]>();
    for (const [i, message] of received.entries()) {
      const key = String(message.key);
      byKey.set(key, [...(byKey.get(key) ?? []), sequences[i]!]);
    }
    for (const keySequences of byKey.values()) {
      expect(keySequences).toEqual([...keySequences].sort((a, b) => a - b));
    }
    const committed = await admin.fetchOffsets({ groupId, topics: [topic] });
    const total = committed[0]!.partitions.reduce((sum, p) => sum + Number(p.offset), 0);
    expect(total).toBe(100);
  });

  it('a consumer that rejoins the group resumes from its committed offset', async () => {
    await produce(100, 25);
    const received = await consumeAndCommit(25);
    const sequences = received.map((m) => (JSON.parse(String(m.value)) as { sequence: number }).sequence);
    expect(sequences.sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => 100 + i));
  });
});
