import { randomUUID } from 'node:crypto';
import { channel } from 'node:diagnostics_channel';

import { ProjectionError, type DomainEvent, type Projection, type ReferenceData } from '@cci/domain';
import { LogEventReader } from '@cci/event-log';
import {
  ProjectorStatuses,
  ProjectorStore,
  readDocuments,
  type StoredProjectorStatus,
} from '@cci/read-model-store';
import type { Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import type { Connection } from 'mongoose';

import { ChangeNotices } from './change-notices.js';
import { CoalescingBatch, type Touched } from './coalescing-batch.js';
import { consumerGroupOf, heartbeatIntervalOf } from './consumer-group.js';
import { DeadLettering } from './dead-lettering.js';
import { writeBatchDocuments } from './document-writes.js';
import { FlushTimer } from './flush-timer.js';
import { KnownDocuments } from './known-documents.js';
import { projectorState, type PartitionStatus } from './partition-health.js';
import { PartitionMeasure } from './partition-measure.js';
import { PatientRetry } from './patient-retry.js';
import type { ProjectorLogger } from './projector-logger.js';
import { describeVersionChange, versionChanges, type VersionChange } from './projection-versions.js';
import { Serial, sleep } from './serial.js';
import { StopLine } from './stop-line.js';

export type { ProjectorLogger } from './projector-logger.js';
export type { FlushedDocument } from './change-notices.js';
export { consumerGroupOf } from './consumer-group.js';
export { describeSubject } from './dead-lettering.js';

/** A projector: its name (collections, consumer groups, checkpoints) and the projections it maintains. */
export type ProjectorDefinition = {
  name: string;
  projections: readonly Projection<unknown>[];
};

export type RunnerOptions = {
  topic: string;
  deadLetterTopic: string;
  /** Where "read model changed" notices go, for the read API's server-sent events; null for none. */
  changesTopic: string | null;
  instanceId: string;
  /** A rebuild's generation; by default the active one, followed across switches. */
  generation?: number;
  /** Offsets not to apply (per partition): a rebuild stops there to compare with the live generation. */
  stopAt?: Map<number, number>;
  flushMaxEvents: number;
  flushMaxDelayMs: number;
  stallAfterMs: number;
  statusIntervalMs: number;
  sessionTimeoutMs: number;
};

/**
 * Told after a flush wrote its documents and before it moves the checkpoints, the one point a crash
 * must not double-count from: the crash tests subscribe from a module preloaded into the process
 * (`@cci/test-support`), so no fault switch lives in the service's configuration.
 */
const documentsWrittenChannel = channel('cci:projector:documents-written');

export type RunnerSnapshot = {
  generation: number;
  state: StoredProjectorStatus['state'];
  partitions: PartitionStatus[];
  eventsApplied: number;
  deadLetters: number;
  flushes: number;
  documentsWritten: number;
  writeConflicts: number;
  lastFlushMs: number;
};

/**
 * How many documents stay in memory between flushes (see `KnownDocuments`): more than a flush
 * touches in the bench's replay (about 640 documents).
 */
const KNOWN_DOCUMENTS = 1_000;

/**
 * How long a batch may wait for its flush while the consumer is behind the log. The short delay is
 * for freshness once caught up; while events are already waiting in the log, flushing every
 * `flushMaxDelayMs` only rewrites the same documents more often (a replay wrote each touched document
 * about every 5,000 events instead of every `flushMaxEvents`), so the batch fills up to its size, or
 * for at most this long, which bounds how stale a catching-up projector's documents get.
 */
const CATCH_UP_MAX_DELAY_MS = 10_000;

/** A message of a batch: dead-lettered already (no event), or read, with what it touches or why it cannot be applied. */
type Taken =
  | { message: KafkaMessage; event: null }
  | { message: KafkaMessage; event: DomainEvent; touched: Touched | ProjectionError };

/**
 * Consumes the event log in a consumer group and keeps a projector's read models current:
 * every batch is folded in memory into the documents it touches, flushed as one guarded bulkWrite per
 * collection when it holds `flushMaxEvents` events or is `flushMaxDelayMs` old, then the checkpoints
 * move. A crash anywhere replays from the last checkpoint, and the versions inside the documents make
 * the replay change nothing. While the database is away the flush retries with back-off and nothing
 * moves forward. Events that cannot be read or applied go to the dead-letter topic.
 *
 * A live runner follows the active generation across rebuilds (`followGenerations`); a rebuild's runner
 * projects a generation of its own up to its `StopLine`.
 */
export class ProjectorRunner {
  private readonly store: ProjectorStore;
  private readonly statuses: ProjectorStatuses;
  private readonly retry: PatientRetry;
  private readonly deadLettering: DeadLettering;
  private readonly notices: ChangeNotices | null;
  private readonly measure: PartitionMeasure;
  private readonly stopLine: StopLine | null;
  private readonly flushTimer: FlushTimer;
  private readonly events: LogEventReader;
  private readonly serial = new Serial();
  private readonly known = new KnownDocuments(KNOWN_DOCUMENTS);
  private readonly checkpoints = new Map<number, number>();
  private readonly lastTimestamps = new Map<number, number>();
  private readonly lastEventByCci: StoredProjectorStatus['lastEventByCci'] = {};
  private readonly writerToken = randomUUID();
  private consumer: Consumer | null = null;
  private batch: CoalescingBatch;
  private batchStartedAt = 0;
  private statusTimer: NodeJS.Timeout | null = null;
  private statusReport: Promise<void> | null = null;
  private heartbeat: (() => Promise<void>) | null = null;
  private generation = 0;
  private paused = false;
  private outdatedBy: VersionChange[] = [];
  private stopping = false;
  private restarting = false;
  /** The group's assignment to this instance; null until it joined. */
  private ownedPartitions: Set<number> | null = null;
  /** The assignment the partition statuses were last measured for (their log ends fetched). */
  private measuredPartitions: number[] | null = null;
  private partitionStatuses: PartitionStatus[] = [];
  private readonly counters = {
    eventsApplied: 0,
    deadLetters: 0,
    flushes: 0,
    documentsWritten: 0,
    writeConflicts: 0,
    lastFlushMs: 0,
  };

  constructor(
    private readonly kafka: Kafka,
    connection: Connection,
    private readonly reference: ReferenceData,
    private readonly definition: ProjectorDefinition,
    private readonly options: RunnerOptions,
    private readonly log: ProjectorLogger,
  ) {
    this.store = new ProjectorStore(connection, definition.name, definition.projections);
    this.statuses = new ProjectorStatuses(connection);
    this.retry = new PatientRetry(
      () => this.stopping,
      () => this.heartbeat?.() ?? Promise.resolve(),
      log,
    );
    this.deadLettering = new DeadLettering(
      kafka,
      connection,
      { projector: definition.name, topic: options.topic, deadLetterTopic: options.deadLetterTopic },
      reference,
      this.retry,
      log,
    );
    this.notices = options.changesTopic
      ? new ChangeNotices(kafka, options.changesTopic, definition.name, log)
      : null;
    this.measure = new PartitionMeasure(kafka, options.topic, options.stallAfterMs);
    this.stopLine = options.stopAt ? new StopLine(options.stopAt, options.topic) : null;
    this.flushTimer = new FlushTimer(() => {
      void this.serial
        .run(() => this.flush())
        .catch((error: unknown) => {
          this.log.error('Écriture des modèles de lecture impossible', { error: String(error) });
        });
    });
    this.events = new LogEventReader(reference);
    this.batch = this.newBatch();
  }

  get projectorStore(): ProjectorStore {
    return this.store;
  }

  private newBatch(): CoalescingBatch {
    return new CoalescingBatch(this.definition.projections, this.reference);
  }

  private get followsActive(): boolean {
    return this.options.generation === undefined;
  }

  async start(): Promise<void> {
    this.stopping = false;
    this.generation =
      this.options.generation ?? (await this.store.generations.state(this.definition.name)).active;
    await this.store.prepare(this.generation);
    await this.deadLettering.connect();
    await this.statuses.ensureIndexes();
    await this.notices?.connect();
    for (const [partition, offset] of await this.store.checkpoints.read(
      this.definition.name,
      this.generation,
      this.options.topic,
    )) {
      this.checkpoints.set(partition, offset);
    }
    if (!this.followsActive) {
      await this.startConsumer();
      return;
    }
    if (await this.builtByTheseVersions()) await this.startConsumer();
    this.statusTimer = setInterval(() => {
      // A report can outlast the interval (a slow database, a generation switch): one at a time.
      if (this.statusReport) return;
      this.statusReport = this.reportStatus()
        .catch((error: unknown) => {
          this.log.warn('Statut du projecteur non publié', { error: String(error) });
        })
        .finally(() => {
          this.statusReport = null;
        });
    }, this.options.statusIntervalMs);
    this.log.info('Projecteur démarré', {
      projector: this.definition.name,
      generation: this.generation,
      instance: this.options.instanceId,
    });
  }

  private async startConsumer(): Promise<void> {
    const consumer = this.kafka.consumer({
      groupId: consumerGroupOf(this.definition.name, this.generation, this.options.topic),
      sessionTimeout: this.options.sessionTimeoutMs,
      heartbeatInterval: heartbeatIntervalOf(this.options.sessionTimeoutMs),
      allowAutoTopicCreation: false,
      maxWaitTimeInMs: 100,
    });
    this.consumer = consumer;
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
      this.ownedPartitions = new Set(payload.memberAssignment[this.options.topic] ?? []);
      // kafkajs would start from the group's committed offsets, which can be ahead of the checkpoints
      // (the database lost its last commits, or was restored or emptied): the events in between would
      // never be applied here.
      for (const partition of this.ownedPartitions) {
        const next = Math.max(this.checkpoints.get(partition) ?? 0, this.batch.positions.get(partition) ?? 0);
        consumer.seek({ topic: this.options.topic, partition, offset: String(next) });
      }
    });
    await consumer.connect();
    await consumer.subscribe({ topic: this.options.topic, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: 1,
      eachBatch: async (payload) => {
        // Fetched before a seek: the partition is read again from where the seek sent it.
        if (payload.isStale()) return;
        if (this.stopLine?.parks(consumer, payload, this.assignedPartitions())) return;
        await this.waitWhileHeld(payload);
        await this.serial.run(() => this.consume(payload));
      },
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.statusTimer) clearInterval(this.statusTimer);
    // A report still running would otherwise connect an admin client, or move to a new generation
    // and start a consumer, after everything here was disconnected: nothing would stop them.
    await this.statusReport;
    this.flushTimer.clear();
    await this.consumer?.disconnect();
    await this.serial.run(() => this.flush());
    await this.deadLettering.disconnect();
    await this.notices?.disconnect();
    await this.measure.disconnect();
    await this.statuses.remove(this.definition.name, this.options.instanceId).catch(() => undefined);
  }

  snapshot(): RunnerSnapshot {
    const held = this.paused || this.outdatedBy.length > 0;
    return {
      generation: this.generation,
      state: projectorState({
        stopping: this.stopping,
        held,
        assigned: this.ownedPartitions === null ? null : this.assignedPartitions(),
        measured: this.measuredPartitions,
        partitions: this.partitionStatuses,
      }),
      partitions: this.partitionStatuses,
      ...this.counters,
    };
  }

  /**
   * Why this instance leaves its generation alone: the projections whose version differs from the
   * version that built it (see `versionChanges`). Empty while it projects.
   */
  versionChanges(): readonly VersionChange[] {
    return this.outdatedBy;
  }

  /**
   * Whether the generation followed was built by the code's projection versions. Applying new rules to
   * documents of an earlier shape (or the reverse, an instance of the previous release still running
   * after a switch) would mix both in one read model: such an instance does not consume until the
   * active generation is one its versions built (`rebuildWhileOutdated`).
   */
  private async builtByTheseVersions(): Promise<boolean> {
    const recorded = await this.store.checkpoints.recordedVersions(this.definition.name, this.generation);
    this.outdatedBy = versionChanges(recorded, this.definition.projections);
    if (this.outdatedBy.length === 0) return true;
    this.log.error(
      "Génération construite par d'autres versions des projections : elle reste telle quelle jusqu'à sa reconstruction",
      {
        projector: this.definition.name,
        generation: this.generation,
        changes: this.outdatedBy.map(describeVersionChange),
      },
    );
    return false;
  }

  /** Where this instance's checkpoints stand, per partition (next offset to apply). */
  positions(): ReadonlyMap<number, number> {
    return this.checkpoints;
  }

  private async consume(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    this.heartbeat = () => payload.heartbeat();
    const partition = batch.partition;
    const from = this.checkpoints.get(partition) ?? 0;
    const stopAt = this.stopLine?.of(partition);
    const taken: Taken[] = [];
    let next = from;
    let held = false;
    for (const message of batch.messages) {
      // Stopping (or a seek) ends the batch here: what was read so far is still applied below, and
      // the rest is read again by whoever consumes the partition next.
      if (!payload.isRunning() || payload.isStale()) break;
      const offset = Number(message.offset);
      if (stopAt !== undefined && offset >= stopAt) {
        held = true;
        break;
      }
      next = offset + 1;
      if (offset < from) {
        payload.resolveOffset(message.offset);
        continue;
      }
      const read = this.events.read(message);
      if ('rejection' in read) {
        await this.deadLetter(partition, message, read.rejection.reason, read.rejection.message, null);
        taken.push({ message, event: null });
      } else {
        taken.push({ message, event: read.event, touched: this.touchedBy(read.event) });
      }
    }
    await this.loadMissing(
      taken.flatMap((t) => (t.event === null || t.touched instanceof ProjectionError ? [] : [t.touched])),
    );
    // A message counts as handled, for the checkpoint and the group, only once it is applied or
    // dead-lettered: an error in the middle leaves the batch's positions on the last handled message,
    // and kafkajs fetches the rest again, instead of a checkpoint passing events never applied.
    for (const t of taken) {
      if (t.event !== null) await this.applyOrDeadLetter(partition, t.event, t.touched, t.message);
      payload.resolveOffset(t.message.offset);
      this.batch.advance(partition, Number(t.message.offset) + 1);
    }
    if (this.batchStartedAt === 0 && this.batch.positions.size > 0) this.batchStartedAt = Date.now();
    const behind = !held && Number(batch.highWatermark) > next;
    if (this.batch.events >= this.options.flushMaxEvents) await this.flush();
    else if (this.batch.positions.size > 0)
      this.flushTimer.schedule(
        this.batchStartedAt,
        behind ? Math.max(this.options.flushMaxDelayMs, CATCH_UP_MAX_DELAY_MS) : this.options.flushMaxDelayMs,
      );
    await payload.heartbeat();
  }

  /** The documents an event touches, or the error that makes it a poison event. */
  private touchedBy(event: DomainEvent): Touched | ProjectionError {
    try {
      return this.batch.touchedBy(event);
    } catch (error) {
      if (error instanceof ProjectionError) return error;
      throw error;
    }
  }

  private async applyOrDeadLetter(
    partition: number,
    event: DomainEvent,
    touched: Touched | ProjectionError,
    message: KafkaMessage,
  ): Promise<void> {
    try {
      if (touched instanceof ProjectionError) throw touched;
      this.batch.apply(event, (projection, id) => this.known.get(projection, id), touched);
    } catch (error) {
      if (!(error instanceof ProjectionError)) throw error;
      await this.deadLetter(partition, message, 'projection-failed', error.message, event);
      return;
    }
    this.counters.eventsApplied += 1;
    // Partitions interleave: the event applied last is not always the one recorded last.
    const known = this.lastEventByCci[event.recordedBy];
    if (!known || known.at < event.recordedAt)
      this.lastEventByCci[event.recordedBy] = {
        at: event.recordedAt,
        type: event.type,
        eventId: event.eventId,
      };
    this.lastTimestamps.set(partition, Number(message.timestamp));
  }

  private deadLetter(...args: Parameters<DeadLettering['send']>): Promise<void> {
    this.counters.deadLetters += 1;
    return this.deadLettering.send(...args);
  }

  /**
   * Holds a partition's batch while a rebuild asked for a pause, or once a rebuild's stopping offset is
   * reached (see `StopLine.parks`), heartbeating, outside the lane the flushes use.
   */
  private async waitWhileHeld(payload: EachBatchPayload): Promise<void> {
    const held = () => this.paused || (this.stopLine?.reachedBy(payload) ?? false);
    while (held() && payload.isRunning() && !payload.isStale() && !this.stopping) {
      await sleep(100);
      await payload.heartbeat().catch(() => undefined);
    }
  }

  /** Loads, in one query per collection, the documents these events touch that this instance does not hold yet. */
  private async loadMissing(touchedByEach: readonly Touched[]): Promise<void> {
    const wanted = new Map<string, Set<string>>();
    for (const touched of touchedByEach) {
      for (const { projection, ids } of touched) {
        for (const id of ids) {
          if (this.batch.has(projection.name, id) || this.known.has(projection.name, id)) continue;
          const set = wanted.get(projection.name) ?? new Set<string>();
          set.add(id);
          wanted.set(projection.name, set);
        }
      }
    }
    for (const [projection, ids] of wanted) {
      const found = await this.retry.run(`lecture de ${projection}`, () =>
        readDocuments(this.store.model(this.generation, projection), [...ids]),
      );
      for (const [id, stored] of found) this.known.set(projection, id, stored);
    }
  }

  /**
   * Writes every document the batch touched, then the checkpoints. Retries with back-off while the
   * database is away; documents another writer changed meanwhile are reloaded and re-applied.
   */
  private async flush(): Promise<void> {
    this.flushTimer.clear();
    if (this.batch.positions.size === 0) return;
    // kafkajs heartbeats only between batches, and a flush of large documents can outlast the session
    // timeout: the group would evict this instance, hand its partitions out again, and the next
    // batches would start over from the last committed offsets, while the flushes got no shorter.
    const beat = setInterval(() => {
      void this.heartbeat?.().catch(() => undefined);
    }, heartbeatIntervalOf(this.options.sessionTimeoutMs));
    try {
      await this.write(this.batch);
    } finally {
      clearInterval(beat);
    }
  }

  private async write(batch: CoalescingBatch): Promise<void> {
    const started = Date.now();
    const { flushed, conflicts } = await writeBatchDocuments(batch, {
      projections: this.definition.projections,
      model: (projection) => this.store.model(this.generation, projection),
      writerToken: this.writerToken,
      known: this.known,
      retry: this.retry,
    });
    this.counters.writeConflicts += conflicts;
    if (documentsWrittenChannel.hasSubscribers)
      documentsWrittenChannel.publish({
        projector: this.definition.name,
        flush: this.counters.flushes + 1,
      });
    const positions = [...batch.positions].map(([partition, offset]) => ({ partition, offset }));
    const versions = Object.fromEntries(this.definition.projections.map((p) => [p.name, p.version]));
    await this.retry.run('points de reprise', () =>
      this.store.checkpoints.advance(
        this.definition.name,
        this.generation,
        this.options.topic,
        positions,
        versions,
      ),
    );
    for (const { partition, offset } of positions)
      this.checkpoints.set(partition, Math.max(this.checkpoints.get(partition) ?? 0, offset));
    await this.commitGroupOffsets(positions);
    this.counters.flushes += 1;
    this.counters.documentsWritten += flushed.length;
    this.counters.lastFlushMs = Date.now() - started;
    this.batch = this.newBatch();
    this.batchStartedAt = 0;
    this.known.trim();
    await this.notices?.announce(this.generation, flushed);
  }

  /** Consumer-group offsets only save work at the next start: our checkpoints are what counts. */
  private async commitGroupOffsets(positions: { partition: number; offset: number }[]): Promise<void> {
    try {
      await this.consumer?.commitOffsets(
        positions.map((p) => ({
          topic: this.options.topic,
          partition: p.partition,
          offset: String(p.offset),
        })),
      );
    } catch (error) {
      this.log.warn('Offsets du groupe non enregistrés (sans conséquence : les points de reprise font foi)', {
        error: String(error),
      });
    }
  }

  private async reportStatus(): Promise<void> {
    await this.measure.fetchLogEnds();
    if (this.followsActive) await this.followGenerations();
    const assigned = this.assignedPartitions();
    this.measuredPartitions = this.ownedPartitions === null ? null : assigned;
    this.partitionStatuses = this.measure.statuses(assigned, this.checkpoints, this.lastTimestamps);
    await this.statuses.report({
      projector: this.definition.name,
      instanceId: this.options.instanceId,
      generation: this.generation,
      state: this.snapshot().state,
      partitions: this.partitionStatuses,
      lastEventByCci: this.lastEventByCci,
      lastAppliedAt: this.counters.flushes > 0 ? new Date() : null,
      heartbeatAt: new Date(),
    });
  }

  private assignedPartitions(): number[] {
    return [...(this.ownedPartitions ?? [])].sort((a, b) => a - b);
  }

  /** Moves a rebuild's stopping offsets further on: held partitions go on to them. */
  setStopAt(stopAt: ReadonlyMap<number, number>): void {
    this.stopLine?.moveTo(stopAt, this.consumer);
  }

  /** Pauses when a rebuild asks for it, and moves to the new generation once a rebuild switched. */
  private async followGenerations(): Promise<void> {
    const state = await this.store.generations.state(this.definition.name);
    if (state.active !== this.generation && !this.restarting) {
      this.restarting = true;
      try {
        await this.moveTo(state.active);
      } finally {
        this.restarting = false;
      }
      return;
    }
    if (state.pauseRequested !== this.paused) {
      this.paused = state.pauseRequested;
      if (this.paused) await this.serial.run(() => this.flush());
      this.log.info(state.pauseRequested ? 'Projecteur en pause (reconstruction)' : 'Projecteur repris', {
        projector: this.definition.name,
      });
    }
  }

  private async moveTo(generation: number): Promise<void> {
    this.log.info('Passage à la génération reconstruite', {
      projector: this.definition.name,
      from: this.generation,
      to: generation,
    });
    await this.consumer?.disconnect();
    this.consumer = null;
    await this.serial.run(async () => {
      this.batch = this.newBatch();
      this.batchStartedAt = 0;
      this.known.clear();
      this.checkpoints.clear();
      this.ownedPartitions = null;
      this.measuredPartitions = null;
      this.generation = generation;
      for (const [partition, offset] of await this.store.checkpoints.read(
        this.definition.name,
        generation,
        this.options.topic,
      )) {
        this.checkpoints.set(partition, offset);
      }
      this.paused = false;
    });
    if (await this.builtByTheseVersions()) await this.startConsumer();
  }
}
