import { expect } from '@jest/globals';

import { evolveAggregate, type AggregateState } from '../src/decisions/aggregate-state.js';
import type { Command } from '../src/decisions/commands.js';
import type { AnyCommand } from '../src/decisions/decide.js';
import { commandAggregateId, decide } from '../src/decisions/decide.js';
import { sealEvent, type Decision, type EventDraft } from '../src/decisions/decision.js';
import type { Rejection } from '../src/decisions/rejection.js';
import { rolesOfCci, type Agent, type Role } from '../src/decisions/writer.js';
import { aggregateIdOf, type DomainEvent } from '../src/events/envelope.js';
import type { EventPayloads, EventType } from '../src/events/event-catalog.js';
import { referenceData as reference } from '../src/reference/index.js';
import { command } from './scenario.js';

/** A fact of the past, as a test states it: a type and a payload; versions follow per aggregate. */
export type Fact = { [T in EventType]: { type: T; payload: EventPayloads[T] } }[EventType];

export function fact<T extends EventType>(type: T, payload: EventPayloads[T]): Fact {
  return { type, payload } as Fact;
}

/** When the facts occurred, one minute apart, and the default "now" of a decision: after 2024-T3 closed its deadline. */
const FIRST_FACT_AT = Date.parse('2024-11-04T08:00:00.000Z');
export const SPEC_NOW = new Date('2024-11-15T10:00:00.000Z');

function sealed(facts: readonly Fact[]): DomainEvent[] {
  const versions = new Map<string, number>();
  return facts.map((f, index) => {
    const aggregateId = aggregateIdOf(f.type, f.payload);
    const version = (versions.get(aggregateId) ?? 0) + 1;
    versions.set(aggregateId, version);
    const occurredAt = new Date(FIRST_FACT_AT + index * 60_000).toISOString();
    const draft = { type: f.type, aggregateId, aggregateVersion: version, occurredAt, payload: f.payload };
    return sealEvent(draft as EventDraft, {
      eventId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      recordedBy: 'cci-normandie',
      author: { kind: 'machine-key', keyId: '0123456789ab', label: 'test', source: 'file', role: 'saisie' },
      service: 'test',
      recordedAt: occurredAt,
      correlationId: 'test',
      causationId: null,
      idempotencyKey: null,
    });
  });
}

type Expected = { [T in EventType]: { type: T; payload: EventPayloads[T] } }[EventType];

export type Outcome = {
  decision: Decision;
  /** The events the command adds, in order, by type and payload. */
  then(...expected: Expected[]): void;
  /** The command is accepted and changes nothing: the fact is already recorded so. */
  thenNothing(): void;
  thenRejected(expected: Partial<Rejection>): Rejection;
};

/** Who decides, when, with which roles: by default a credentials-file key of the writer's CCI. */
export type WhenOptions = { now?: Date; roles?: readonly Role[]; agent?: Agent };

/**
 * Given events, when a command, then events or a rejection: one decision, run as the write side runs
 * it, against the states the facts fold into (the command's own aggregate and those it looks up).
 */
export function given(...facts: Fact[]) {
  const states = new Map<string, AggregateState>();
  for (const event of sealed(facts)) {
    const next = evolveAggregate(states.get(event.aggregateId), event);
    if (next) states.set(event.aggregateId, next);
  }
  return {
    state: (aggregateId: string) => states.get(aggregateId),
    when(
      writer: string,
      type: Command['type'],
      body: Record<string, unknown>,
      options: WhenOptions = {},
    ): Outcome {
      return this.whenCommand(writer, command(type, body), options);
    },
    /** When a command built by the caller (an access command, whose ids the API chooses). */
    whenCommand(writer: string, cmd: AnyCommand, options: WhenOptions = {}): Outcome {
      const decision = decide(cmd, states.get(commandAggregateId(cmd)), {
        writer: {
          cciId: writer,
          agent: options.agent ?? {
            kind: 'machine-key',
            keyId: '0123456789ab',
            label: `clé de ${writer}`,
            source: 'file',
          },
          roles: options.roles ?? rolesOfCci(reference, writer),
        },
        reference,
        now: options.now ?? SPEC_NOW,
        lookup: (id) => states.get(id),
      });
      const lastVersion = (id: string) => states.get(id)?.version ?? 0;
      return {
        decision,
        then(...expected) {
          expect(decision).toEqual({
            events: expected.map((e) =>
              expect.objectContaining({
                type: e.type,
                payload: e.payload,
                aggregateVersion: lastVersion(aggregateIdOf(e.type, e.payload)) + 1,
              }),
            ),
          });
        },
        thenNothing() {
          expect(decision).toEqual({ events: [] });
        },
        thenRejected(partial) {
          if (!('rejection' in decision))
            throw new Error(`accepté à tort : ${JSON.stringify(decision.events.map((e) => e.type))}`);
          expect(decision.rejection).toMatchObject(partial);
          return decision.rejection;
        },
      };
    },
  };
}
