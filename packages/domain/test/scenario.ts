import { evolveAggregate, type AggregateState } from '../src/decisions/aggregate-state.js';
import { parseCommand, type Command, type CommandType } from '../src/decisions/commands.js';
import type { AnyCommand } from '../src/decisions/decide.js';
import { commandAggregateId, decide } from '../src/decisions/decide.js';
import { sealEvent, type Decision } from '../src/decisions/decision.js';
import type { Rejection } from '../src/decisions/rejection.js';
import { commandRole } from '../src/access/access-policy.js';
import { rolesOfCci, type Agent, type Role } from '../src/decisions/writer.js';
import type { DomainEvent } from '../src/events/envelope.js';
import { referenceData } from '../src/reference/index.js';
import type { ReferenceData } from '../src/reference/reference-data.js';

/** Builds a command the way the API does: the body parsed by its schema (defaults applied). */
export function command(type: CommandType, body: Record<string, unknown>): Command {
  const parsed = parseCommand(type, body);
  if ('issues' in parsed) throw new Error(parsed.issues.map((i) => i.message).join(' '));
  return parsed.command;
}

/** The person the scenarios act as. */
export const CLAIRE: Agent = {
  kind: 'person',
  personId: '7d3f6c2a-1b4e-4c8d-9a0f-2e5b6c7d8e9f',
  name: 'Claire Martin',
};

/**
 * Given facts, when a command, then events or a rejection: the decisions exercised as the write side
 * runs them, with the aggregate states folded from the events they produced.
 */
export class Scenario {
  readonly events: DomainEvent[] = [];
  private readonly states = new Map<string, AggregateState>();

  constructor(
    public now: Date = new Date('2024-06-15T10:00:00.000Z'),
    readonly reference: ReferenceData = referenceData,
  ) {}

  /** Decides as an API key of `writer` does (every role of its kind), or with the roles given. */
  decide(
    writer: string,
    cmd: AnyCommand,
    roles: readonly Role[] = rolesOfCci(this.reference, writer),
  ): Decision {
    return decide(cmd, this.states.get(commandAggregateId(cmd)), {
      writer: { cciId: writer, agent: CLAIRE, roles },
      reference: this.reference,
      now: this.now,
      lookup: (id) => this.states.get(id),
    });
  }

  /** Records a fact that must be accepted; returns its events. */
  given(writer: string, cmd: AnyCommand): DomainEvent[] {
    const decision = this.decide(writer, cmd);
    if ('rejection' in decision) throw new Error(`given refusé : ${decision.rejection.message}`);
    return decision.events.map((draft) => {
      const event = sealEvent(draft, {
        eventId: crypto.randomUUID(),
        recordedBy: writer,
        author: { ...CLAIRE, role: commandRole(cmd.type) },
        service: 'test',
        recordedAt: this.now.toISOString(),
        correlationId: 'test',
        causationId: null,
        idempotencyKey: null,
      });
      this.events.push(event);
      const next = evolveAggregate(this.states.get(draft.aggregateId), event);
      if (next) this.states.set(draft.aggregateId, next);
      return event;
    });
  }

  rejection(writer: string, cmd: AnyCommand, roles?: readonly Role[]): Rejection {
    const decision = this.decide(writer, cmd, roles);
    if (!('rejection' in decision))
      throw new Error(`accepté à tort : ${JSON.stringify(decision.events.map((e) => e.type))}`);
    return decision.rejection;
  }

  state(aggregateId: string): AggregateState | undefined {
    return this.states.get(aggregateId);
  }

  at(instant: string): this {
    this.now = new Date(instant);
    return this;
  }
}
