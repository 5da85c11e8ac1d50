import { project, type DomainEvent, type ReferenceData } from '@cci/domain';
import {
  createKafka,
  ensureTopics,
  EventAppender,
  eventLogTopics,
  type EventLogTopics,
} from '@cci/event-log';
import { connectReadModels, ProjectorStore, readAllDocuments, ReadModelReader } from '@cci/read-model-store';
import { mongoDatabaseUrl, testServers, uniqueName } from '@cci/test-support';
import type { Kafka } from 'kafkajs';
import mongoose, { type Connection } from 'mongoose';

import { ProjectorRunner, type ProjectorDefinition, type RunnerOptions } from './projector-runner.js';
import { sleep } from './serial.js';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** Read models by projection name, then by document id. */
export type ReadModels = Record<string, Map<string, unknown>>;

/**
 * Projectors in process against the real broker and database, on a topic and database of their own:
 * append events, start runners, wait for their checkpoints, compare what they stored with the pure
 * projections of everything appended.
 */
export class ProjectorTestStack {
  readonly kafka: Kafka;
  readonly topics: EventLogTopics;
  readonly appended: DomainEvent[] = [];
  connection!: Connection;
  /** The database's URL, for what a person would connect with (`mongosh`, the Node driver). */
  private readonly databaseUrl: string;
  private appender!: EventAppender;
  private readonly runners: ProjectorRunner[] = [];
  private readonly generations = new Map<string, number>();

  constructor(
    readonly reference: ReferenceData,
    private readonly name: string,
    eventPartitions?: number,
  ) {
    this.kafka = createKafka({ brokers: testServers().kafkaBrokers, clientId: name, logLevel: 'nothing' });
    this.databaseUrl = mongoDatabaseUrl(uniqueName(name));
    this.topics = eventLogTopics({
      eventsTopic: uniqueName('events'),
      deadLetterTopic: uniqueName('dlq'),
      ...(eventPartitions === undefined ? {} : { eventPartitions }),
    });
  }

  /**
   * Asks a read model's collection what a DSI would in `mongosh`, with the Node driver it runs on: its
   * own client, and the collection of the generation `projection_generations` says is active.
   */
  async asDsi<T>(
    projector: string,
    readModel: string,
    ask: (collection: mongoose.mongo.Collection) => Promise<T>,
  ): Promise<T> {
    const client = await new mongoose.mongo.MongoClient(this.databaseUrl).connect();
    try {
      const db = client.db();
      const generation = await db
        .collection<{ _id: string; active: number }>('projection_generations')
        .findOne({ _id: projector });
      if (!generation) throw new Error(`no generation of ${projector}`);
      return await ask(db.collection(`rm_${projector}_g${generation.active}_${readModel}`));
    } finally {
      await client.close();
    }
  }

  get topic(): string {
    return this.topics.events.topic;
  }

  async open(): Promise<void> {
    this.connection = await connectReadModels(this.databaseUrl);
    const admin = this.kafka.admin();
    await admin.connect();
    await ensureTopics(admin, [this.topics.events, this.topics.deadLetters]);
    await admin.disconnect();
    this.appender = new EventAppender(this.kafka, { topic: this.topic });
    await this.appender.connect();
  }

  async close(): Promise<void> {
    await this.stopAll();
    await this.appender.disconnect();
    const admin = this.kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: [this.topic, this.topics.deadLetters.topic] }).catch(() => undefined);
    await admin.disconnect();
    await this.connection.dropDatabase();
    await this.connection.close();
  }

  options(instanceId: string): RunnerOptions {
    return {
      topic: this.topic,
      deadLetterTopic: this.topics.deadLetters.topic,
      changesTopic: null,
      instanceId,
      flushMaxEvents: 2_000,
      flushMaxDelayMs: 100,
      stallAfterMs: 30_000,
      statusIntervalMs: 200,
      sessionTimeoutMs: 10_000,
    };
  }

  /** A runner, not started yet (stopped with the others at the end). */
  create(definition: ProjectorDefinition, instanceId: string): ProjectorRunner {
    const runner = new ProjectorRunner(
      this.kafka,
      this.connection,
      this.reference,
      definition,
      this.options(instanceId),
      quiet,
    );
    this.runners.push(runner);
    return runner;
  }

  async start(definition: ProjectorDefinition, instanceId: string): Promise<ProjectorRunner> {
    const runner = this.create(definition, instanceId);
    await runner.start();
    return runner;
  }

  async stopAll(): Promise<void> {
    await Promise.all(this.runners.splice(0).map((r) => r.stop()));
  }

  async append(events: readonly DomainEvent[]): Promise<void> {
    for (let i = 0; i < events.length; i += 1000) await this.appender.append(events.slice(i, i + 1000));
    this.appended.push(...events);
  }

  /** Says that later reads and waits concern this generation of the projector (after a rebuild). */
  switchedTo(projector: string, generation: number): void {
    this.generations.set(projector, generation);
  }

  /** Waits until the projector's instances together applied everything appended so far. */
  async caughtUp(projector: string, timeoutMs = 90_000): Promise<void> {
    const end = await this.endOffsets();
    const generation = this.generations.get(projector) ?? 1;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const checkpoints = await this.connection
        .collection('projection_checkpoints')
        .find({ projector, topic: this.topic, generation })
        .toArray();
      const reached = [...end].every(
        ([partition, offset]) =>
          // A partition that holds nothing has nothing to checkpoint.
          offset === 0 ||
          checkpoints.some((c) => c.partition === partition && (c.offset as number) >= offset),
      );
      if (reached) return;
      if (Date.now() > deadline) throw new Error(`${projector} not caught up`);
      await sleep(100);
    }
  }

  /** The documents of the projector's active generation. */
  async stored(definition: ProjectorDefinition): Promise<ReadModels> {
    const reader = new ReadModelReader(this.connection, 0);
    const store = new ProjectorStore(this.connection, definition.name, definition.projections);
    const generation = await reader.activeGeneration(definition.name);
    const result: ReadModels = {};
    for (const projection of definition.projections)
      result[projection.name] = await readAllDocuments(store.model(generation, projection.name));
    return result;
  }

  /** What the pure projections give for everything appended. */
  expected(definition: ProjectorDefinition): ReadModels {
    return Object.fromEntries(
      definition.projections.map((p) => [p.name, project(p, this.appended, this.reference)]),
    );
  }

  private async endOffsets(): Promise<Map<number, number>> {
    const admin = this.kafka.admin();
    await admin.connect();
    const offsets = await admin.fetchTopicOffsets(this.topic);
    await admin.disconnect();
    return new Map(offsets.map((o) => [o.partition, Number(o.high)]));
  }
}
