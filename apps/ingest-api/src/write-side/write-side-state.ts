import { randomUUID } from 'node:crypto';

import {
  aggregateIds,
  evolveAggregate,
  type AggregateState,
  type DomainEvent,
  type PersonState,
  type ReferenceData,
} from '@cci/domain';
import { LogEventReader } from '@cci/event-log';
import type { Directory, DirectoryMachineKey, DirectoryPerson } from '@cci/http-api';
import type { Admin, Consumer, Kafka } from 'kafkajs';
import type { Logger } from 'pino';

/** Where an accepted event lives in the log, as the API answers it. */
export type RecordedEvent = {
  eventId: string;
  type: DomainEvent['type'];
  aggregateId: string;
  aggregateVersion: number;
  partition: number;
  offset: number;
};

/** What an idempotency key was used for: the request's fingerprint and the events it appended. */
export type IdempotentRequest = { requestHash: string; events: RecordedEvent[] };

export class StateUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StateUnavailableError';
  }
}

/**
 * The write side's memory, made of the event log and nothing else: the state of every aggregate (what
 * the decisions read) and the idempotency keys already used, with what they appended. Rebuilt from the
 * beginning of the log at start-up by a consumer of its own, which then follows the log; so a restart
 * forgets nothing, and an event whose append looked failed but did land is found before the client's
 * retry is decided.
 */
export class WriteSideState implements Directory {
  private readonly aggregates = new Map<string, AggregateState>();
  /** The person aggregate (one per e-mail address) of each person's id. */
  private readonly personAggregates = new Map<string, string>();
  private readonly idempotency = new Map<string, IdempotentRequest>();
  private readonly applied = new Map<number, number>();
  /** Offsets, per partition, of events this API recorded as it appended them, not read back yet. */
  private readonly appendedHere = new Map<number, Set<number>>();
  private consumer: Consumer | null = null;
  private admin: Admin | null = null;
  private caughtUpOnce = false;
  private readonly groupId = `ingest-state-${randomUUID()}`;
  private readonly log: LogEventReader;

  constructor(
    private readonly kafka: Kafka,
    private readonly topic: string,
    reference: ReferenceData,
    private readonly logger: Logger,
  ) {
    this.log = new LogEventReader(reference);
  }

  /** Reads the whole log, then keeps following it; resolves once the state holds everything appended before. */
  async start(timeoutMs = 120_000): Promise<void> {
    this.admin = this.kafka.admin();
    await this.admin.connect();
    const consumer = this.kafka.consumer({
      groupId: this.groupId,
      allowAutoTopicCreation: false,
      maxWaitTimeInMs: 100,
      // The group has this one member. When a broker dies, kafkajs restarts the consumer as a new
      // member, and the group waits for the old one's session to end before giving it the partitions:
      // meanwhile the state cannot catch up and every write is refused. The broker's minimum (6 s)
      // rather than kafkajs's 30 s.
      sessionTimeout: 6_000,
      heartbeatInterval: 1_000,
    });
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topic: this.topic, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatch: async (payload) => {
        const { batch } = payload;
        for (const [index, message] of batch.messages.entries()) {
          this.fold(batch.partition, Number(message.offset), message);
          // A large batch of the start-up replay must not outlast the short session (kafkajs sends at
          // most one heartbeat per interval, so asking often costs nothing).
          if (index % 1_000 === 999) await payload.heartbeat();
        }
        await payload.heartbeat();
      },
    });
    await this.catchUpWithin(timeoutMs);
    this.caughtUpOnce = true;
  }

  /**
   * At start-up, a topic just created may not have its partitions' leaders yet ("not the leader for
   * that topic-partition"): asking again until the start's deadline, rather than failing the start.
   */
  private async catchUpWithin(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        await this.catchUp(Math.max(deadline - Date.now(), 0));
        return;
      } catch (error) {
        if (!(error instanceof StateUnavailableError) || Date.now() >= deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    // The group only served this instance's reading; it would otherwise linger on the broker.
    await this.admin?.deleteGroups([this.groupId]).catch(() => undefined);
    await this.admin?.disconnect();
  }

  /** True once the state holds the whole log as it was at start-up. */
  get ready(): boolean {
    return this.caughtUpOnce;
  }

  /**
   * Waits until the state holds every event appended so far (the log's current end offsets). Needed
   * after an append whose outcome is unknown: the events may be in the log.
   */
  async catchUp(timeoutMs = 10_000): Promise<void> {
    if (!this.admin) throw new StateUnavailableError("L'état n'est pas démarré.");
    let offsets: { partition: number; high: string }[];
    try {
      offsets = await this.admin.fetchTopicOffsets(this.topic);
    } catch (error) {
      throw new StateUnavailableError(`Journal injoignable : ${(error as Error).message}`);
    }
    const deadline = Date.now() + timeoutMs;
    while (!offsets.every((o) => (this.applied.get(o.partition) ?? 0) >= Number(o.high))) {
      if (Date.now() > deadline)
        throw new StateUnavailableError("L'état n'a pas rattrapé le journal à temps.");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  private fold(partition: number, offset: number, message: { value: Buffer | null }): void {
    this.applied.set(partition, offset + 1);
    // Recorded when appended: parsing and checking it again cost a tenth of the API's CPU under load.
    if (this.appendedHere.get(partition)?.delete(offset)) return;
    const read = this.log.read(message);
    if ('rejection' in read) {
      if (read.rejection.reason === 'unreadable') return;
      this.logger.warn(
        { partition, offset, reason: read.rejection.reason },
        'Événement illisible ignoré par le côté écriture',
      );
      return;
    }
    this.record(read.event, partition, offset);
  }

  /** Folds an event this API just appended, which the consumer will then pass over. */
  recordAppended(event: DomainEvent, partition: number, offset: number): void {
    this.record(event, partition, offset);
    if ((this.applied.get(partition) ?? 0) > offset) return;
    const offsets = this.appendedHere.get(partition) ?? new Set<number>();
    offsets.add(offset);
    this.appendedHere.set(partition, offsets);
  }

  /** Folds an event into the aggregates' state and the idempotency keys; folding it twice changes nothing. */
  private record(event: DomainEvent, partition: number, offset: number): void {
    const next = evolveAggregate(this.aggregates.get(event.aggregateId), event);
    if (next) this.aggregates.set(event.aggregateId, next);
    if (next?.kind === 'person' && next.personId !== null)
      this.personAggregates.set(next.personId, event.aggregateId);
    if (event.idempotencyKey === null || event.causationId === null) return;
    const key = idempotencyIndexKey(event.recordedBy, event.idempotencyKey);
    const known = this.idempotency.get(key) ?? { requestHash: event.causationId, events: [] };
    if (known.events.some((e) => e.eventId === event.eventId)) return;
    known.events.push({
      eventId: event.eventId,
      type: event.type,
      aggregateId: event.aggregateId,
      aggregateVersion: event.aggregateVersion,
      partition,
      offset,
    });
    this.idempotency.set(key, known);
  }

  aggregate(aggregateId: string): AggregateState | undefined {
    return this.aggregates.get(aggregateId);
  }

  /** A machine key the CCIs' administrators issued, as the decisions know it. */
  machineKey(keyId: string): Promise<DirectoryMachineKey | null> {
    const state = this.aggregates.get(aggregateIds.machineKey(keyId));
    if (state?.kind !== 'machine-key' || state.cciId === null || state.secretHash === null)
      return Promise.resolve(null);
    const { cciId, label, roles, secretHash, revoked } = state;
    return Promise.resolve({ keyId, cciId, label, roles, secretHash, revoked });
  }

  /** A person of the directory, as the decisions know them: who the write side lets act. */
  person(personId: string): Promise<DirectoryPerson | null> {
    const state = this.personState(personId);
    if (!state || state.status === 'none' || state.cciId === null || state.name === null)
      return Promise.resolve(null);
    return Promise.resolve({
      personId,
      cciId: state.cciId,
      name: state.name,
      roles: state.roles,
      status: state.status,
    });
  }

  /** The person an e-mail address names now, if any. */
  personOfEmail(email: string): PersonState | undefined {
    const state = this.aggregates.get(aggregateIds.person(email));
    return state?.kind === 'person' ? state : undefined;
  }

  /** The e-mail address (and so the aggregate) of a person's id, for the commands a URL names them in. */
  personEmail(personId: string): string | null {
    return this.personState(personId)?.email ?? null;
  }

  private personState(personId: string) {
    const aggregateId = this.personAggregates.get(personId);
    const state = aggregateId === undefined ? undefined : this.aggregates.get(aggregateId);
    return state?.kind === 'person' ? state : undefined;
  }

  usedKey(cciId: string, idempotencyKey: string): IdempotentRequest | undefined {
    return this.idempotency.get(idempotencyIndexKey(cciId, idempotencyKey));
  }

  /** The state as a plain object, for the crash tests to compare with the log. */
  snapshot(): { aggregates: Record<string, AggregateState>; idempotencyKeys: number } {
    return { aggregates: Object.fromEntries(this.aggregates), idempotencyKeys: this.idempotency.size };
  }
}

function idempotencyIndexKey(cciId: string, key: string): string {
  return `${cciId}\u0000${key}`;
}
