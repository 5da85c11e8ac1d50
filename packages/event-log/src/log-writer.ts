import { Partitioners, type Kafka, type Message, type Producer } from 'kafkajs';

import { asEventLogError, EventLogUnavailableError, RETRY_AFTER_SECONDS } from './event-log-unavailable.js';
import { REQUEST_TIMEOUT_MS } from './kafka-client.js';
import { partitionOfKey } from './partitioner.js';

/** Where Kafka put one message. Offsets are int64 in Kafka; JavaScript numbers hold them exactly up to 2^53. */
export type LogPosition = { partition: number; offset: number };

/**
 * How long the partition leader waits for the in-sync replicas (acks = all): shorter than the request
 * timeout, so that a slow replication comes back as the broker's answer rather than as a lost request.
 */
const ACKNOWLEDGEMENT_TIMEOUT_MS = REQUEST_TIMEOUT_MS - 500;

/**
 * The most messages one send carries when writes waiting for it are grouped: about 1.4 MB of events,
 * spread over the partitions, well within the broker's limit per partition batch (1 MB).
 */
const MAX_GROUPED_MESSAGES = 2_000;

type QueuedWrite = {
  topic: string;
  messages: Message[];
  resolve: (positions: LogPosition[]) => void;
  reject: (error: unknown) => void;
};

/**
 * One idempotent producer, written to one send at a time, and replaced after any failed send.
 *
 * kafkajs rolls a failed batch's sequence numbers back and gives them to the next batch. If the broker
 * did append the failed batch (its answer was lost), it takes the next batch for a duplicate and
 * acknowledges it without writing it: events reported as appended would be missing. A new producer
 * gets a new producer id and fresh sequences, and one send at a time keeps a queued send from taking
 * a rolled-back sequence before the producer is replaced.
 *
 * Writes asked for while a send is in flight wait for it, then go together in the next send (up to
 * `MAX_GROUPED_MESSAGES`, in the order asked, each write's messages whole): concurrent requests share
 * the broker's round trip instead of queueing one round trip each. A failed send fails every write in
 * it; none of them is acknowledged.
 */
export class LogWriter {
  readonly #kafka: Kafka;
  #producer: Promise<Producer> | null = null;
  readonly #queue: QueuedWrite[] = [];
  #sending: Promise<void> | null = null;
  /** The partition kafkajs's partitioner chose for each message sent, read back to compute offsets. */
  readonly #partitionOf = new WeakMap<Message, number>();

  constructor(kafka: Kafka) {
    this.#kafka = kafka;
  }

  async connect(): Promise<void> {
    await this.#connectedProducer();
  }

  /** Lets the writes already asked for finish, then closes the producer. */
  async disconnect(): Promise<void> {
    while (this.#sending) await this.#sending;
    const connecting = this.#producer;
    this.#producer = null;
    // A producer that failed to connect was already closed.
    const producer = await connecting?.catch(() => null);
    await producer?.disconnect();
  }

  /**
   * Sends the items as messages, in one request per broker, one send at a time; says where each item
   * went, in the order given.
   */
  write<T>(
    topic: string,
    items: readonly T[],
    toMessage: (item: T) => Message,
  ): Promise<(LogPosition & { item: T })[]> {
    if (items.length === 0) return Promise.resolve([]);
    const messages = items.map(toMessage);
    return new Promise<LogPosition[]>((resolve, reject) => {
      this.#queue.push({ topic, messages, resolve, reject });
      this.#sendNext();
    }).then((positions) => positions.map((position, i) => ({ ...position, item: items[i] as T })));
  }

  #sendNext(): void {
    if (this.#sending) return;
    const group = this.#nextGroup();
    const [first] = group;
    if (!first) return;
    this.#sending = this.#send(
      first.topic,
      group.flatMap((write) => write.messages),
    ).then(
      (positions) => {
        let from = 0;
        for (const write of group) {
          write.resolve(positions.slice(from, from + write.messages.length));
          from += write.messages.length;
        }
      },
      (error: unknown) => {
        for (const write of group) write.reject(error);
      },
    );
    void this.#sending.finally(() => {
      this.#sending = null;
      this.#sendNext();
    });
  }

  /** The writes at the head of the queue that go to the same topic, within the size of one send. */
  #nextGroup(): QueuedWrite[] {
    const first = this.#queue[0];
    if (!first) return [];
    let count = 0;
    let taken = 0;
    for (const write of this.#queue) {
      if (write.topic !== first.topic) break;
      if (taken > 0 && count + write.messages.length > MAX_GROUPED_MESSAGES) break;
      count += write.messages.length;
      taken += 1;
    }
    return this.#queue.splice(0, taken);
  }

  async #send(topic: string, messages: Message[]): Promise<LogPosition[]> {
    let producer: Producer | undefined;
    try {
      producer = await this.#connectedProducer();
      const partitions = await producer.send({
        topic,
        messages,
        acks: -1,
        timeout: ACKNOWLEDGEMENT_TIMEOUT_MS,
      });
      const baseOffsets = new Map(partitions.map((p) => [p.partition, Number(p.baseOffset)]));
      // Kafka gives each partition's first offset; the following messages of that partition follow it
      // in the order they were sent.
      const sentBefore = new Map<number, number>();
      return messages.map((message) => {
        const partition = this.#partitionOf.get(message);
        const baseOffset = partition === undefined ? undefined : baseOffsets.get(partition);
        if (partition === undefined || baseOffset === undefined || Number.isNaN(baseOffset)) {
          // kafkajs, retrying a send after a leader moved, skips every broker that already answered:
          // a partition whose new leader is one of them is never sent, and its answer is missing. The
          // other partitions were written: the outcome is as unknown as a lost answer's.
          throw new EventLogUnavailableError(
            RETRY_AFTER_SECONDS,
            new Error(`Kafka n'a pas rendu la position d'un message envoyé sur ${topic}.`),
          );
        }
        const index = sentBefore.get(partition) ?? 0;
        sentBefore.set(partition, index + 1);
        return { partition, offset: baseOffset + index };
      });
    } catch (error) {
      await this.#replace(producer);
      throw asEventLogError(error);
    }
  }

  #connectedProducer(): Promise<Producer> {
    this.#producer ??= this.#newProducer();
    return this.#producer;
  }

  async #newProducer(): Promise<Producer> {
    const producer = this.#kafka.producer({
      idempotent: true,
      // More than one request in flight lets a retried batch overtake the next one.
      maxInFlightRequests: 1,
      // Three attempts of at most REQUEST_TIMEOUT_MS each, and the back-off between them, keep a failed
      // append within about 10 s. kafkajs warns that bounded retries weaken idempotence: hence a new
      // producer after each failure.
      retry: { retries: 2 },
      // The layout is created on purpose (ensureTopics); auto-creation would use the broker's defaults,
      // retention included.
      allowAutoTopicCreation: false,
      createPartitioner: () => {
        // The Java client's murmur2 partitioner, so that any client puts an aggregate on the same
        // partition; keyed messages (all events) are hashed here, faster than kafkajs does it.
        const unkeyed = Partitioners.DefaultPartitioner();
        return (args) => {
          const { message, partitionMetadata } = args;
          const partition =
            message.partition ??
            (message.key === null || message.key === undefined
              ? unkeyed(args)
              : partitionOfKey(message.key, partitionMetadata.length));
          this.#partitionOf.set(message, partition);
          return partition;
        };
      },
    });
    try {
      await producer.connect();
      return producer;
    } catch (error) {
      this.#producer = null;
      await producer.disconnect().catch(() => undefined);
      throw asEventLogError(error);
    }
  }

  async #replace(failed: Producer | undefined): Promise<void> {
    if (failed === undefined) return;
    this.#producer = null;
    // The failed producer's connections may already be gone; all that matters is that it is not reused.
    await failed.disconnect().catch(() => undefined);
  }
}
