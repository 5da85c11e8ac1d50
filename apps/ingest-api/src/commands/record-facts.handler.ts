import { createHash, randomUUID } from 'node:crypto';

import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  commandAggregateId,
  commandReads,
  decide,
  evolveAggregate,
  parseCommand,
  rolesOfCciKind,
  sealEvent,
  type AggregateState,
  type Command,
  type CommandType,
  type DomainEvent,
  type ReferenceData,
} from '@cci/domain';
import { EventAppender, EventLogUnavailableError } from '@cci/event-log';

import { AuditLog } from '../audit/audit-log.js';
import { INGEST_SERVICE, REFERENCE_DATA } from '../config/tokens.js';
import { IngestMetrics } from '../metrics/ingest-metrics.js';
import { problemOfRejection, ProblemError, problems, type Caller, type Problem } from '@cci/http-api';

import { ingestProblems } from './ingest-problems.js';
import { KeyedLocks } from '../write-side/keyed-locks.js';
import { StateUnavailableError, WriteSideState, type RecordedEvent } from '../write-side/write-side-state.js';

/** One command of a request: its type, its body as sent, and the client's idempotency key. */
export type CommandRequest = { type: CommandType; body: unknown; idempotencyKey: string | null };

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

/** The authenticated CCI, the credential it used and, when the client says, the person acting. */
export type Author = Caller;

/** Record the facts of one request (one command, or a batch), all decided before any is appended. */
export class RecordFactsCommand {
  constructor(
    readonly author: Author,
    readonly items: readonly CommandRequest[],
    readonly correlationId: string,
  ) {}
}

type Decided =
  | { index: number; kind: 'events'; events: DomainEvent[]; key: string | null }
  | { index: number; kind: 'result'; result: ItemResult };

function replay(index: number, events: RecordedEvent[]): ItemResult {
  return events.length > 0
    ? { index, status: 200, outcome: 'replayed', events, original: { status: 201, outcome: 'recorded' } }
    : { index, status: 200, outcome: 'replayed', events, original: { status: 200, outcome: 'unchanged' } };
}

/** The request's fingerprint: a key reused with another fingerprint is refused. */
function fingerprint(author: Author, command: Command): string {
  const { occurredAt: _ignored, ...stable } = command;
  return `commande:${createHash('sha256')
    .update(JSON.stringify([author.cciId, stable]))
    .digest('hex')}`;
}

/**
 * Decides and appends. Commands on the same aggregates and the same idempotency keys are serialised
 * (every aggregate a command reads is locked: its own, and those its decision looks up, such as a
 * declaration's campaign), each is decided against the state as it will be once the earlier commands
 * of the request are appended, and all the request's events go to Kafka in one send: they are all
 * appended, or the request is answered 503 and nothing of it counts until a retry finds what did land.
 */
@CommandHandler(RecordFactsCommand)
export class RecordFactsHandler implements ICommandHandler<RecordFactsCommand, ItemResult[]> {
  private readonly locks = new KeyedLocks();
  /** After an append whose outcome is unknown, the state must catch up with the log before the next decision. */
  private uncertain = false;

  constructor(
    @Inject(WriteSideState) private readonly state: WriteSideState,
    @Inject(EventAppender) private readonly appender: EventAppender,
    @Inject(REFERENCE_DATA) private readonly reference: ReferenceData,
    @Inject(INGEST_SERVICE) private readonly service: string,
    @Inject(IngestMetrics) private readonly metrics: IngestMetrics,
    @Inject(AuditLog) private readonly audit: AuditLog,
  ) {}

  async execute({ author, items, correlationId }: RecordFactsCommand): Promise<ItemResult[]> {
    const parsed = items.map((item, index) => ({ index, item, parsed: parseCommand(item.type, item.body) }));
    const lockKeys = parsed.flatMap(({ item, parsed: p }) => [
      ...('command' in p ? commandReads(p.command, this.reference).map((id) => `agregat:${id}`) : []),
      ...(item.idempotencyKey ? [`cle:${author.cciId}:${item.idempotencyKey}`] : []),
    ]);
    return this.locks.withLocks(lockKeys, async () => {
      if (this.uncertain) await this.catchUpOrUnavailable();
      const now = new Date();
      const overlay = new Map<string, AggregateState | undefined>();
      const stateOf = (aggregateId: string) =>
        overlay.has(aggregateId) ? overlay.get(aggregateId) : this.state.aggregate(aggregateId);
      const keysInRequest = new Map<string, string>();
      const decided: Decided[] = parsed.map(({ index, item, parsed: p }): Decided => {
        if ('issues' in p)
          return {
            index,
            kind: 'result',
            result: { index, status: 422, problem: problems.validation(p.issues) },
          };
        const requestHash = fingerprint(author, p.command);
        if (item.idempotencyKey) {
          const used =
            this.state.usedKey(author.cciId, item.idempotencyKey) ??
            this.recentlyUnchanged(author.cciId, item.idempotencyKey);
          const inRequest = keysInRequest.get(item.idempotencyKey);
          if (used && used.requestHash !== requestHash)
            return {
              index,
              kind: 'result',
              result: { index, status: 422, problem: ingestProblems.idempotencyKeyReused() },
            };
          if (inRequest !== undefined && inRequest !== requestHash) {
            return {
              index,
              kind: 'result',
              result: { index, status: 422, problem: ingestProblems.idempotencyKeyReused() },
            };
          }
          if (used) return { index, kind: 'result', result: replay(index, used.events) };
          if (inRequest !== undefined) return { index, kind: 'result', result: replay(index, []) };
          keysInRequest.set(item.idempotencyKey, requestHash);
        }
        const aggregateId = commandAggregateId(p.command);
        const decision = decide(p.command, stateOf(aggregateId), {
          writer: {
            cciId: author.cciId,
            credentialId: author.credentialId,
            person: author.person,
            roles: rolesOfCciKind(author.role),
          },
          reference: this.reference,
          now,
          lookup: stateOf,
        });
        if ('rejection' in decision) {
          return {
            index,
            kind: 'result',
            result: {
              index,
              status: problemOfRejection(decision.rejection).status,
              problem: problemOfRejection(decision.rejection),
            },
          };
        }
        if (decision.events.length === 0) {
          if (item.idempotencyKey) this.rememberUnchanged(author.cciId, item.idempotencyKey, requestHash);
          return { index, kind: 'result', result: { index, status: 200, outcome: 'unchanged', events: [] } };
        }
        const events = decision.events.map((draft) =>
          sealEvent(draft, {
            eventId: randomUUID(),
            recordedBy: author.cciId,
            actor: { credentialId: author.credentialId, person: author.person },
            service: this.service,
            recordedAt: now.toISOString(),
            correlationId,
            causationId: requestHash,
            idempotencyKey: item.idempotencyKey,
          }),
        );
        for (const event of events)
          overlay.set(event.aggregateId, evolveAggregate(stateOf(event.aggregateId), event));
        return { index, kind: 'events', events, key: item.idempotencyKey };
      });

      const toAppend = decided.flatMap((d) => (d.kind === 'events' ? d.events : []));
      const positions = new Map<string, { partition: number; offset: number }>();
      if (toAppend.length > 0) {
        const started = performance.now();
        try {
          for (const appended of await this.appender.append(toAppend))
            positions.set(appended.eventId, appended);
        } catch (error) {
          if (!(error instanceof EventLogUnavailableError)) throw error;
          this.uncertain = true;
          this.metrics.appendFailures.inc();
          throw new ProblemError({
            ...ingestProblems.logUnavailable(error.retryAfterSeconds),
            correlationId,
          });
        }
        this.metrics.appendDuration.observe((performance.now() - started) / 1000);
        this.metrics.eventsAppended.inc(toAppend.length);
        for (const event of toAppend) {
          const at = positions.get(event.eventId);
          if (at) this.state.recordAppended(event, at.partition, at.offset);
        }
      }
      const results = decided.map((d): ItemResult => {
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
      for (const result of results) {
        if ('problem' in result)
          this.audit.rejected({
            author,
            correlationId,
            status: result.status,
            problem: result.problem,
            command: items[result.index]?.type ?? null,
          });
      }
      return results;
    });
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

  // Keys whose command changed nothing leave no event in the log: they are remembered here, so that a
  // retry answers the same, and a bounded number of them is kept.
  private readonly unchanged = new Map<string, string>();

  private rememberUnchanged(cciId: string, key: string, requestHash: string): void {
    this.unchanged.set(`${cciId}\u0000${key}`, requestHash);
    const oldest = this.unchanged.keys().next();
    if (this.unchanged.size > 100_000 && !oldest.done) this.unchanged.delete(oldest.value);
  }

  private recentlyUnchanged(
    cciId: string,
    key: string,
  ): { requestHash: string; events: RecordedEvent[] } | undefined {
    const requestHash = this.unchanged.get(`${cciId}\u0000${key}`);
    return requestHash === undefined ? undefined : { requestHash, events: [] };
  }
}
