import { randomUUID } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import {
  authorOf,
  commandAggregateId,
  commandReads,
  commandRole,
  decide,
  evolveAggregate,
  sealEvent,
  type AggregateState,
  type AnyCommand,
  type Writer,
  type CommandType,
  type DomainEvent,
  type ReferenceData,
  type ValidationIssue,
} from '@cci/domain';
import { EventAppender, EventLogUnavailableError } from '@cci/event-log';
import { problemOfRejection, ProblemError, problems, type Caller, type Problem } from '@cci/http-api';

import { ingestProblems } from '../commands/ingest-problems.js';
import { INGEST_SERVICE, REFERENCE_DATA } from '../config/tokens.js';
import { IngestMetrics } from '../metrics/ingest-metrics.js';
import { WriterRoles } from '../writer/writer-roles.js';
import { WriterLink } from '../writer/writer-link.js';
import { IdempotencyKeys, requestFingerprint } from './idempotency-keys.js';
import { KeyedLocks } from './keyed-locks.js';
import { StateUnavailableError, WriteSideState, type RecordedEvent } from './write-side-state.js';

/** One command of a request: its type, its body as sent, and the client's idempotency key. */
export type CommandRequest = { type: CommandType; body: unknown; idempotencyKey: string | null };

/** A command of a request once its body is read: the command, or what its schema refused. */
export type ParsedRequest = {
  index: number;
  idempotencyKey: string | null;
  parsed: { command: AnyCommand } | { issues: ValidationIssue[] };
};

/**
 * What became of one command. A replay (an idempotency key already used with the same request) carries
 * the original answer, which the single-command endpoint sends again unchanged.
 */
export type ItemResult =
  | { index: number; status: 201; outcome: 'recorded'; events: RecordedEvent[] }
  | { index: number; status: 200; outcome: 'unchanged'; events: RecordedEvent[] }
  | {
      index: number;
      status: 200;
      outcome: 'replayed';
      events: RecordedEvent[];
      original: { status: 200 | 201; outcome: 'recorded' | 'unchanged' };
    }
  | { index: number; status: number; problem: Problem };

type Decided =
  | { index: number; kind: 'events'; events: DomainEvent[] }
  | { index: number; kind: 'result'; result: ItemResult };

function replay(index: number, events: RecordedEvent[]): ItemResult {
  return events.length > 0
    ? { index, status: 200, outcome: 'replayed', events, original: { status: 201, outcome: 'recorded' } }
    : { index, status: 200, outcome: 'replayed', events, original: { status: 200, outcome: 'unchanged' } };
}

const refused = (index: number, problem: Problem): Decided => ({
  index,
  kind: 'result',
  result: { index, status: problem.status, problem },
});

/** How long a request waits for an instance to decide it (a writer's failover included). */
const WRITER_WAIT_MS = 8_000;

/**
 * The write side: the state folded from the log, the idempotency keys, and the one way to change
 * them. One instance of the API decides (the writer, `WriterRoles`); the others read and check their
 * requests and hand the commands to it. A request's commands are decided in order, each against the
 * state as the earlier ones leave it, under a lock on every aggregate any of them reads (its own, and
 * those its decision looks up: a declaration's campaign, a closing's declarations) and on their
 * idempotency keys; then all their events go to Kafka in one send. They are all appended, or the
 * request is answered 503 and nothing of it counts until a retry finds what did land.
 */
@Injectable()
export class WriteSide {
  private readonly locks = new KeyedLocks();
  private readonly keys: IdempotencyKeys;
  /** After an append whose outcome is unknown, the state must catch up with the log before the next decision. */
  private uncertain = false;

  constructor(
    @Inject(WriteSideState) private readonly state: WriteSideState,
    @Inject(EventAppender) private readonly appender: EventAppender,
    @Inject(REFERENCE_DATA) private readonly reference: ReferenceData,
    @Inject(INGEST_SERVICE) private readonly service: string,
    @Inject(IngestMetrics) private readonly metrics: IngestMetrics,
    @Inject(WriterRoles) private readonly roles: WriterRoles,
    @Inject(WriterLink) private readonly writer: WriterLink,
  ) {
    this.keys = new IdempotencyKeys(state);
  }

  /** Decides the commands here if this instance writes, or has the writer decide them. */
  async record(
    author: Caller,
    requests: readonly ParsedRequest[],
    correlationId: string,
  ): Promise<ItemResult[]> {
    // No writer while the log itself is out of reach: saying so at once, as a lone instance would.
    if (this.roles.current().kind === 'electing' && !(await this.appender.ready()))
      throw new ProblemError({ ...ingestProblems.logUnavailable(5), correlationId });
    const deadline = Date.now() + WRITER_WAIT_MS;
    for (;;) {
      const role = await this.roles.settled(Math.max(deadline - Date.now(), 0));
      if (role.kind === 'writer') {
        const results = await this.decideHere(author, requests, correlationId);
        if (results) return results;
      } else if (role.kind === 'follower') {
        const forwarded = await this.writer.forward(role.writerUrl, { author, requests, correlationId });
        if (forwarded.kind === 'answered') return forwarded.results;
      }
      // Nothing was decided: no instance writes yet, or the one chosen has just stopped writing.
      if (Date.now() >= deadline) throw new ProblemError({ ...ingestProblems.noWriter(2), correlationId });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Decides and appends as the writer; null, with nothing decided, once this instance no longer writes. */
  async decideHere(
    author: Caller,
    requests: readonly ParsedRequest[],
    correlationId: string,
  ): Promise<ItemResult[] | null> {
    const lockKeys = requests.flatMap(({ parsed, idempotencyKey }) => [
      ...('command' in parsed
        ? commandReads(parsed.command, this.reference).map((id) => `agregat:${id}`)
        : []),
      ...(idempotencyKey ? [`cle:${author.cciId}:${idempotencyKey}`] : []),
    ]);
    return this.locks.withLocks(lockKeys, async () => {
      if (this.roles.current().kind !== 'writer') return null;
      if (this.uncertain) await this.catchUpOrUnavailable();
      const decided = this.decideAll(author, requests, correlationId, new Date());
      const toAppend = decided.flatMap((d) => (d.kind === 'events' ? d.events : []));
      const positions = await this.append(toAppend, correlationId);
      return decided.map((d): ItemResult => {
        if (d.kind === 'result') return d.result;
        return {
          index: d.index,
          status: 201,
          outcome: 'recorded',
          events: d.events.map((e) => ({
            eventId: e.eventId,
            type: e.type,
            aggregateId: e.aggregateId,
            aggregateVersion: e.aggregateVersion,
            partition: positions.get(e.eventId)?.partition ?? -1,
            offset: positions.get(e.eventId)?.offset ?? -1,
          })),
        };
      });
    });
  }

  private decideAll(
    author: Caller,
    requests: readonly ParsedRequest[],
    correlationId: string,
    now: Date,
  ): Decided[] {
    const overlay = new Map<string, AggregateState | undefined>();
    const stateOf = (aggregateId: string) =>
      overlay.has(aggregateId) ? overlay.get(aggregateId) : this.state.aggregate(aggregateId);
    const keysInRequest = new Map<string, string>();
    const writer: Writer = { cciId: author.cciId, agent: author.agent, roles: author.roles };
    return requests.map(({ index, idempotencyKey, parsed }): Decided => {
      if ('issues' in parsed) return refused(index, problems.validation(parsed.issues));
      const { command } = parsed;
      const requestHash = requestFingerprint(author.cciId, command);
      if (idempotencyKey) {
        const inRequest = keysInRequest.get(idempotencyKey);
        const use = this.keys.use(author.cciId, idempotencyKey, requestHash);
        if (use.kind === 'reused' || (inRequest !== undefined && inRequest !== requestHash))
          return refused(index, ingestProblems.idempotencyKeyReused());
        if (use.kind === 'replay') return { index, kind: 'result', result: replay(index, use.events) };
        if (inRequest !== undefined) return { index, kind: 'result', result: replay(index, []) };
        keysInRequest.set(idempotencyKey, requestHash);
      }
      const decision = decide(command, stateOf(commandAggregateId(command)), {
        writer,
        reference: this.reference,
        now,
        lookup: stateOf,
      });
      if ('rejection' in decision) return refused(index, problemOfRejection(decision.rejection));
      if (decision.events.length === 0) {
        if (idempotencyKey) this.keys.rememberUnchanged(author.cciId, idempotencyKey, requestHash);
        return { index, kind: 'result', result: { index, status: 200, outcome: 'unchanged', events: [] } };
      }
      const events = decision.events.map((draft) =>
        sealEvent(draft, {
          eventId: randomUUID(),
          recordedBy: author.cciId,
          author: authorOf(author.agent, commandRole(command.type)),
          service: this.service,
          recordedAt: now.toISOString(),
          correlationId,
          causationId: requestHash,
          idempotencyKey,
        }),
      );
      for (const event of events)
        overlay.set(event.aggregateId, evolveAggregate(stateOf(event.aggregateId), event));
      return { index, kind: 'events', events };
    });
  }

  /** Appends a request's events in one send and folds them into the state; 503 if the log cannot take them. */
  private async append(
    events: DomainEvent[],
    correlationId: string,
  ): Promise<Map<string, { partition: number; offset: number }>> {
    const positions = new Map<string, { partition: number; offset: number }>();
    if (events.length === 0) return positions;
    const started = performance.now();
    try {
      for (const appended of await this.appender.append(events)) positions.set(appended.eventId, appended);
    } catch (error) {
      if (!(error instanceof EventLogUnavailableError)) throw error;
      this.uncertain = true;
      this.metrics.appendFailures.inc();
      throw new ProblemError({ ...ingestProblems.logUnavailable(error.retryAfterSeconds), correlationId });
    }
    this.metrics.appendDuration.observe((performance.now() - started) / 1000);
    this.metrics.eventsAppended.inc(events.length);
    for (const event of events) {
      const at = positions.get(event.eventId);
      if (at) this.state.recordAppended(event, at.partition, at.offset);
    }
    return positions;
  }

  private async catchUpOrUnavailable(): Promise<void> {
    try {
      await this.state.catchUp();
      this.uncertain = false;
    } catch (error) {
      if (!(error instanceof StateUnavailableError)) throw error;
      throw new ProblemError(ingestProblems.logUnavailable(5));
    }
  }
}
