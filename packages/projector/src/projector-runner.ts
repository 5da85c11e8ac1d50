import { randomUUID } from 'node:crypto';
import { channel } from 'node:diagnostics_channel';

import {
  ProjectionError,
  readEvent,
  type DomainEvent,
  type EventRejection,
  type Projection,
  type ReferenceData,
} from '@cci/domain';
import { DeadLetterPublisher, parseKafkaMessage, type DeadLetterReason } from '@cci/event-log';
import {
  DeadLetters,
  ProjectorStatuses,
  ProjectorStore,
  readDocuments,
  writeGuarded,
  type StoredProjectorStatus,
} from '@cci/read-model-store';
import { ExponentialBackoff, handleWhen, noJitterGenerator, retry } from 'cockatiel';
import type { Admin, Consumer, EachBatchPayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { Connection } from 'mongoose';

import { CoalescingBatch, type Touched } from './coalescing-batch.js';
import { KnownDocuments } from './known-documents.js';
import { PartitionHealth, projectorState, type PartitionStatus } from './partition-health.js';
import { describeVersionChange, versionChanges, type VersionChange } from './projection-versions.js';
import { Serial, sleep } from './serial.js';

export type ProjectorLogger = {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
};

export type FlushedDocument = {
  projection: string;
  id: string;
  regionId: string | null;
  revision: number;
  doc: unknown;
};

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

const MAX_CONFLICT_ROUNDS = 10;
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

/** Between tries of a database or broker operation: 0.2 s, 0.4 s, 0.8 s… up to 10 s. */
const RETRY_BACKOFF = new ExponentialBackoff({
  initialDelay: 200,
  maxDelay: 10_000,
  generator: noJitterGenerator,
});

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
 */
export class ProjectorRunner {
  private readonly store: ProjectorStore;
  private readonly deadLetters: DeadLetters;
  private readonly statuses: ProjectorStatuses;
  private readonly publisher: DeadLetterPublisher;
  private readonly serial = new Serial();
  private readonly known: KnownDocuments;
  private readonly checkpoints = new Map<number, number>();
  private readonly lastTimestamps = new Map<number, number>();
  private readonly lastEventByCci: StoredProjectorStatus['lastEventByCci'] = {};
  private readonly health: PartitionHealth;
  private readonly writerToken = randomUUID();
  private consumer: Consumer | null = null;
  private admin: Admin | null = null;
  private changes: Producer | null = null;
  private batch: CoalescingBatch;
  private batchStartedAt = 0;
  private flushTimer: NodeJS.Timeout | null = null;
  private flushDueAt = 0;
  private statusTimer: NodeJS.Timeout | null = null;
  private statusReport: Promise<void> | null = null;
  private heartbeat: (() => Promise<void>) | null = null;
  private generation = 0;
  private paused = false;
  private outdatedBy: VersionChange[] = [];
  private stopping = false;
  private restarting = false;
  private highWatermarks = new Map<number, number>();
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
    this.store = new ProjectorStore(
      connection,
      definition.name,
      definition.projections.map((p) => p.name),
    );
    this.deadLetters = new DeadLetters(connection);
    this.statuses = new ProjectorStatuses(connection);
    this.publisher = new DeadLetterPublisher(kafka, { topic: options.deadLetterTopic });
    this.health = new PartitionHealth(options.stallAfterMs);
    this.known = new KnownDocuments(KNOWN_DOCUMENTS);
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
    await this.deadLetters.ensureIndexes();
    await this.statuses.ensureIndexes();
    await this.publisher.connect();
    if (this.options.changesTopic) {
      this.changes = this.kafka.producer({ allowAutoTopicCreation: false });
      await this.changes.connect();
    }
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
        if (this.parkedAtStop(consumer, payload)) return;
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
    if (this.flushTimer) clearTimeout(this.flushTimer);
    await this.consumer?.disconnect();
    await this.serial.run(() => this.flush());
    await this.publisher.disconnect();
    await this.changes?.disconnect();
    await this.admin?.disconnect();
    this.admin = null;
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
    const stopAt = this.options.stopAt?.get(partition);
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
      const read = this.read(message);
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
    else
      this.scheduleFlush(
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

  /**
   * Pauses, in kafkajs, a partition whose batch starts at or past the stopping offset, while another
   * partition of this instance is still being read: kafkajs hands batches over one at a time, so a
   * partition waiting in `waitWhileHeld` would stop every other one short of its own stop (a rebuild
   * over a log larger than one fetch never finished). The last partition read waits there instead:
   * kafkajs's fetch loop spins when every partition is paused. `setStopAt` resumes them.
   */
  private parkedAtStop(consumer: Consumer, payload: EachBatchPayload): boolean {
    const partition = payload.batch.partition;
    if (!this.reachedStop(payload)) return false;
    const paused = new Set(
      consumer.paused().flatMap((p) => (p.topic === this.options.topic ? p.partitions : [])),
    );
    const othersRead = this.assignedPartitions().some((p) => p !== partition && !paused.has(p));
    if (othersRead) consumer.pause([{ topic: this.options.topic, partitions: [partition] }]);
    return othersRead;
  }

  private reachedStop(payload: EachBatchPayload): boolean {
    const stopAt = this.options.stopAt?.get(payload.batch.partition);
    return stopAt !== undefined && Number(payload.batch.firstOffset() ?? stopAt) >= stopAt;
  }

  /**
   * Holds a partition's batch while a rebuild asked for a pause, or once a rebuild's stopping offset is
   * reached (see `parkedAtStop`), heartbeating, outside the lane the flushes use.
   */
  private async waitWhileHeld(payload: EachBatchPayload): Promise<void> {
    const held = () => this.paused || this.reachedStop(payload);
    while (held() && payload.isRunning() && !payload.isStale() && !this.stopping) {
      await sleep(100);
      await payload.heartbeat().catch(() => undefined);
    }
  }

  private read(
    message: KafkaMessage,
  ): { event: DomainEvent } | { rejection: EventRejection | { reason: 'unreadable'; message: string } } {
    const parsed = parseKafkaMessage(message);
    if ('unreadable' in parsed) return { rejection: { reason: 'unreadable', message: parsed.unreadable } };
    return readEvent(parsed.raw, this.reference);
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
      const found = await this.withRetry(`lecture de ${projection}`, () =>
        readDocuments(this.store.model(this.generation, projection), [...ids]),
      );
      for (const [id, stored] of found) this.known.set(projection, id, stored);
    }
  }

  /** Flushes `delayMs` after the batch started, or sooner when an earlier flush is already due. */
  private scheduleFlush(delayMs: number): void {
    if (this.batch.positions.size === 0) return;
    const dueAt = this.batchStartedAt + delayMs;
    if (this.flushTimer) {
      if (this.flushDueAt <= dueAt) return;
      clearTimeout(this.flushTimer);
    }
    this.flushDueAt = dueAt;
    this.flushTimer = setTimeout(
      () => {
        this.flushTimer = null;
        void this.serial
          .run(() => this.flush())
          .catch((error: unknown) => {
            this.log.error('Écriture des modèles de lecture impossible', { error: String(error) });
          });
      },
      Math.max(0, dueAt - Date.now()),
    );
  }

  /**
   * Writes every document the batch touched, then the checkpoints. Retries with back-off while the
   * database is away; documents another writer changed meanwhile are reloaded and re-applied.
   */
  private async flush(): Promise<void> {
    if (this.flushTimer) {
      clearTimeout(this.flushTimer);
      this.flushTimer = null;
    }
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
    const flushed: FlushedDocument[] = [];
    for (const projection of this.definition.projections) {
      for (let round = 0; batch.pending(projection.name).length > 0; round += 1) {
        if (round >= MAX_CONFLICT_ROUNDS)
          throw new Error(`Conflits d'écriture persistants sur ${projection.name}`);
        const writes = batch.writes(projection.name);
        const model = this.store.model(this.generation, projection.name);
        const outcome = await this.withRetry(`écriture de ${projection.name}`, () =>
          writeGuarded(model, writes, this.writerToken),
        );
        for (const [id, revision] of outcome.written) {
          const settled = batch.settle(projection.name, id, revision);
          if (!settled) continue;
          this.known.set(projection.name, id, settled);
          flushed.push({
            projection: projection.name,
            id,
            regionId: regionIdOf(settled.doc),
            revision,
            doc: settled.doc,
          });
        }
        if (outcome.conflicts.length > 0) {
          this.counters.writeConflicts += outcome.conflicts.length;
          const fresh = await this.withRetry(`relecture de ${projection.name}`, () =>
            readDocuments(model, outcome.conflicts),
          );
          for (const id of outcome.conflicts) {
            const stored = fresh.get(id);
            if (stored) this.known.set(projection.name, id, stored);
            else this.known.delete(projection.name, id);
            batch.rebase(projection.name, id, stored);
          }
        }
      }
    }
    if (documentsWrittenChannel.hasSubscribers)
      documentsWrittenChannel.publish({
        projector: this.definition.name,
        flush: this.counters.flushes + 1,
      });
    const positions = [...batch.positions].map(([partition, offset]) => ({ partition, offset }));
    const versions = Object.fromEntries(this.definition.projections.map((p) => [p.name, p.version]));
    await this.withRetry('points de reprise', () =>
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
    await this.announce(flushed);
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

  private async announce(flushed: readonly FlushedDocument[]): Promise<void> {
    const topic = this.options.changesTopic;
    if (!this.changes || !topic || flushed.length === 0) return;
    const notice = {
      projector: this.definition.name,
      generation: this.generation,
      at: new Date().toISOString(),
      documents: flushed.map(({ projection, id, regionId }) => ({ projection, id, regionId })),
    };
    try {
      await this.changes.send({
        topic,
        messages: [{ value: JSON.stringify(notice) }],
      });
    } catch (error) {
      this.log.warn('Annonce de mise à jour non publiée', { error: String(error) });
    }
  }

  private async deadLetter(
    partition: number,
    message: KafkaMessage,
    reason: DeadLetterReason | 'projection-failed',
    text: string,
    event: DomainEvent | null,
  ): Promise<void> {
    this.counters.deadLetters += 1;
    const offset = Number(message.offset);
    const id = DeadLetters.id(this.definition.name, this.options.topic, partition, offset);
    const already = await this.withRetry('lecture des lettres mortes', () => this.deadLetters.get(id));
    if (already) return;
    const failedAt = new Date();
    await this.withRetry('publication en lettre morte', () =>
      this.publisher.publish({
        original: { topic: this.options.topic, partition, offset, key: message.key, value: message.value },
        reason,
        message: text,
        projection: this.definition.name,
        failedAt: failedAt.toISOString(),
      }),
    );
    const subject = describeSubject(event, this.reference);
    await this.withRetry('enregistrement de la lettre morte', () =>
      this.deadLetters.record({
        projector: this.definition.name,
        topic: this.options.topic,
        partition,
        offset,
        key: message.key?.toString('utf8') ?? null,
        value: message.value?.toString('base64') ?? null,
        reason,
        message: text,
        eventType: event?.type ?? headerOf(message, 'event-type'),
        eventId: event?.eventId ?? headerOf(message, 'event-id'),
        cciId: subject.cciId ?? headerOf(message, 'recorded-by'),
        regionId: subject.regionId,
        subject: subject.text,
        failedAt,
      }),
    );
    this.log.warn('Événement mis en lettre morte', {
      projector: this.definition.name,
      partition,
      offset,
      reason,
      message: text,
    });
  }

  /**
   * Retries a database or broker operation with back-off (0.2 s doubling up to 10 s) until it succeeds,
   * keeping the group membership alive between tries; once the runner is stopping, after 3 retries
   * the error goes up.
   */
  private async withRetry<T>(what: string, operation: () => Promise<T>): Promise<T> {
    let attempt = 0;
    const retrying = retry(
      handleWhen(() => !(this.stopping && attempt > 3)),
      { backoff: RETRY_BACKOFF },
    );
    retrying.onRetry(({ delay, ...failure }) => {
      this.log.warn(`Nouvel essai (${what})`, {
        attempt,
        delayMs: delay,
        error: String('error' in failure ? failure.error : failure.value),
      });
    });
    return retrying.execute(async () => {
      attempt += 1;
      if (attempt > 1) await this.heartbeat?.().catch(() => undefined);
      return operation();
    });
  }

  private async reportStatus(): Promise<void> {
    if (!this.admin) {
      const admin = this.kafka.admin();
      await admin.connect();
      this.admin = admin;
    }
    const offsets = await this.admin.fetchTopicOffsets(this.options.topic);
    this.highWatermarks = new Map(offsets.map((o) => [o.partition, Number(o.high)]));
    if (this.followsActive) await this.followGenerations();
    const assigned = this.assignedPartitions();
    this.measuredPartitions = this.ownedPartitions === null ? null : assigned;
    this.partitionStatuses = this.health.update(
      assigned.map((partition) => ({
        partition,
        offset: this.checkpoints.get(partition) ?? 0,
        highWatermark: this.highWatermarks.get(partition) ?? 0,
        lastAppliedTimestamp: this.lastTimestamps.get(partition) ?? null,
      })),
      Date.now(),
    );
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
    for (const [partition, offset] of stopAt) this.options.stopAt?.set(partition, offset);
    // Partitions parked at their former stop go on; one still at its stop is parked again.
    this.consumer?.resume([{ topic: this.options.topic, partitions: [...stopAt.keys()] }]);
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

function heartbeatIntervalOf(sessionTimeoutMs: number): number {
  return Math.min(3000, Math.floor(sessionTimeoutMs / 4));
}

/**
 * The consumer group of a projector's generation on a topic. The topic is part of it: members of one
 * group subscribed to different topics would be handed each other's partitions and leave them unread.
 */
export function consumerGroupOf(projector: string, generation: number, topic: string): string {
  return `projector-${projector}-g${generation}-${topic}`;
}

function headerOf(message: KafkaMessage, name: string): string | null {
  const value = message.headers?.[name];
  if (value === undefined) return null;
  return Buffer.isBuffer(value) ? value.toString('utf8') : typeof value === 'string' ? value : null;
}

function regionIdOf(doc: unknown): string | null {
  const regionId = (doc as { regionId?: unknown }).regionId;
  return typeof regionId === 'string' ? regionId : null;
}

/** Says in business terms what a dead event was about: which CCI, which process or indicator. */
export function describeSubject(
  event: DomainEvent | null,
  reference: ReferenceData,
): { cciId: string | null; regionId: string | null; text: string | null } {
  if (!event) return { cciId: null, regionId: null, text: null };
  const p = event.payload as {
    cciId?: string;
    macroProcessId?: string;
    indicatorId?: string;
    actionId?: string;
    period?: string;
  };
  const cci = p.cciId ? reference.cci(p.cciId) : reference.cci(event.recordedBy);
  const parts: string[] = [cci?.name ?? p.cciId ?? event.recordedBy];
  if (p.macroProcessId)
    parts.push(`macro-processus « ${reference.macroProcess(p.macroProcessId)?.label ?? p.macroProcessId} »`);
  if (p.indicatorId)
    parts.push(
      `indicateur « ${reference.indicator(p.indicatorId)?.label ?? p.indicatorId} »${p.period ? ` (${p.period})` : ''}`,
    );
  if (p.actionId) parts.push(`action « ${p.actionId} »`);
  return { cciId: cci?.id ?? p.cciId ?? null, regionId: cci?.regionId ?? null, text: parts.join(', ') };
}
