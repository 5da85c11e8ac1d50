import { Kafka, logLevel } from 'kafkajs';

export type RawKafkaOptions = {
  brokers: string[];
  messages: number;
  messageBytes: number;
  partitions: number;
};
export type RawKafkaFigures = {
  produceMessagesPerSecond: number;
  consumeMessagesPerSecond: number;
  megabytesPerSecondProduced: number;
};

const SEND_SIZE = 1000;

/**
 * The ceiling of this machine for the product's own client settings: an idempotent kafkajs producer
 * with acks -1 appending to a fresh topic in sends of 1,000 messages, then one consumer group member
 * reading it back with eachBatch and doing nothing with the messages.
 */
export async function measureRawKafka(options: RawKafkaOptions): Promise<RawKafkaFigures> {
  const kafka = new Kafka({ clientId: 'bench-raw', brokers: options.brokers, logLevel: logLevel.NOTHING });
  const topic = `bench-raw-${Date.now()}`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: options.partitions }] });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const value = Buffer.alloc(options.messageBytes, 'x');

  const produceStart = performance.now();
  for (let sent = 0; sent < options.messages; sent += SEND_SIZE) {
    const count = Math.min(SEND_SIZE, options.messages - sent);
    await producer.send({
      topic,
      acks: -1,
      messages: Array.from({ length: count }, (_, i) => ({ key: `aggregate-${(sent + i) % 1000}`, value })),
    });
  }
  const produceSeconds = (performance.now() - produceStart) / 1000;
  await producer.disconnect();

  const consumer = kafka.consumer({ groupId: `${topic}-group` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let received = 0;
  let consumeStart = 0;
  await new Promise<void>((resolve, reject) => {
    consumer
      .run({
        eachBatch: ({ batch }) => {
          if (consumeStart === 0) consumeStart = performance.now();
          received += batch.messages.length;
          if (received >= options.messages) resolve();
          return Promise.resolve();
        },
      })
      .catch(reject);
  });
  const consumeSeconds = (performance.now() - consumeStart) / 1000;
  await consumer.disconnect();
  await admin.deleteGroups([`${topic}-group`]).catch(() => undefined);
  await admin.deleteTopics({ topics: [topic] });
  await admin.disconnect();

  return {
    produceMessagesPerSecond: Math.round(options.messages / produceSeconds),
    consumeMessagesPerSecond: Math.round(options.messages / consumeSeconds),
    megabytesPerSecondProduced:
      Math.round((options.messages * options.messageBytes) / produceSeconds / 1e5) / 10,
  };
}
