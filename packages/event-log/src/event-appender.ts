import { CURRENT_ENVELOPE_VERSION, type DomainEvent, type EnvelopeVersion } from '@cci/domain';
import kafkajs, { type Admin, type Kafka } from 'kafkajs';

import { toKafkaMessage } from './event-message.js';
import { LogWriter } from './log-writer.js';
import { partitionsTakeWrites } from './write-availability.js';
import { EVENTS_TOPIC } from './topics.js';

/** Where an accepted event now lives in the log. */
export type AppendedEvent = { eventId: string; partition: number; offset: number };

/** A readiness probe answers well within a load balancer's usual timeout. */
const READY_TIMEOUT_MS = 2_000;

/**
 * The write side's only way into the log. `append` throws `EventLogUnavailableError` when Kafka cannot
 * take writes now (after kafkajs's bounded retries, within about 10 s).
 */
export class EventAppender {
  readonly #kafka: Kafka;
  readonly #topic: string;
  readonly #writer: LogWriter;
  readonly #envelopeVersion: EnvelopeVersion;
  #admin: Promise<Admin> | null = null;
  /** The event topic's `min.insync.replicas`, read once per admin connection. */
  #minInsyncReplicas: Promise<number> | null = null;

  /** `envelopeVersion` 1 writes what the release before authors reads, for the time of a rolling upgrade. */
  constructor(
    kafka: Kafka,
    {
      topic = EVENTS_TOPIC,
      envelopeVersion = CURRENT_ENVELOPE_VERSION,
    }: { topic?: string; envelopeVersion?: EnvelopeVersion } = {},
  ) {
    this.#kafka = kafka;
    this.#topic = topic;
    this.#envelopeVersion = envelopeVersion;
    this.#writer = new LogWriter(kafka);
  }

  /** Connects ahead of the first append; `append` connects by itself when this failed or was not called. */
  connect(): Promise<void> {
    return this.#writer.connect();
  }

  async disconnect(): Promise<void> {
    await this.#writer.disconnect();
    await this.#closeAdmin();
  }

  /**
   * Appends the events in one send, acknowledged by every in-sync replica. Events of one aggregate
   * keep their order: they share a partition, in the order given.
   */
  async append(events: readonly DomainEvent[]): Promise<AppendedEvent[]> {
    const written = await this.#writer.write(this.#topic, events, (event) =>
      toKafkaMessage(event, this.#envelopeVersion),
    );
    return written.map(({ item, partition, offset }) => ({ eventId: item.eventId, partition, offset }));
  }

  /** True when an append can be acknowledged (see `partitionsTakeWrites`), asked of the broker. */
  async ready(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => {
        resolve(false);
      }, READY_TIMEOUT_MS);
    });
    try {
      return await Promise.race([this.#topicTakesWrites(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async #topicTakesWrites(): Promise<boolean> {
    try {
      this.#admin ??= this.#connectAdmin();
      const admin = await this.#admin;
      this.#minInsyncReplicas ??= this.#readMinInsyncReplicas(admin);
      const [{ topics }, minInsyncReplicas] = await Promise.all([
        admin.fetchTopicMetadata({ topics: [this.#topic] }),
        this.#minInsyncReplicas,
      ]);
      return partitionsTakeWrites(topics[0]?.partitions ?? [], minInsyncReplicas);
    } catch {
      // The next probe starts from a fresh connection rather than from one in an unknown state.
      await this.#closeAdmin();
      return false;
    }
  }

  async #readMinInsyncReplicas(admin: Admin): Promise<number> {
    const { resources } = await admin.describeConfigs({
      includeSynonyms: false,
      resources: [
        {
          // Under Node's ES module loader kafkajs's enums are only on its default export.
          type: kafkajs.ConfigResourceTypes.TOPIC,
          name: this.#topic,
          configNames: ['min.insync.replicas'],
        },
      ],
    });
    const value = Number(
      resources[0]?.configEntries.find((e) => e.configName === 'min.insync.replicas')?.configValue,
    );
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`min.insync.replicas illisible pour ${this.#topic}`);
    return value;
  }

  async #connectAdmin(): Promise<Admin> {
    const admin = this.#kafka.admin();
    try {
      await admin.connect();
      return admin;
    } catch (error) {
      await admin.disconnect();
      throw error;
    }
  }

  async #closeAdmin(): Promise<void> {
    const connecting = this.#admin;
    this.#admin = null;
    this.#minInsyncReplicas = null;
    const admin = await connecting?.catch(() => null);
    await admin?.disconnect();
  }
}
