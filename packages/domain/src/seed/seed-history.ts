import { evolveAggregate, type AggregateState } from '../decisions/aggregate-state.js';
import { commandAggregateId, decide } from '../decisions/decide.js';
import { sealEvent } from '../decisions/decision.js';
import { commandRole } from '../access/access-policy.js';
import { rolesOfCci, type Agent } from '../decisions/writer.js';
import type { DomainEvent } from '../events/envelope.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { seedFacts, type SeedFact } from './seed-facts.js';

export const SEED_SERVICE = 'seed-history';

/** A stable UUID (version 4 layout) for the n-th seed event, so that re-seeding appends the same events. */
export function seedEventId(index: number): string {
  return `5eed0000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
}

/**
 * Runs the seed facts through the decisions, as the regional CCIs would have recorded them, and
 * returns the events with their envelopes. A fact the decisions refuse is a defect in the seed: it
 * throws, naming the fact.
 */
export function seedHistory(reference: ReferenceData, facts: readonly SeedFact[] = seedFacts): DomainEvent[] {
  const states = new Map<string, AggregateState>();
  const events: DomainEvent[] = [];
  const agent: Agent = { kind: 'tool', tool: 'seed-history', operator: null };
  for (const [index, fact] of facts.entries()) {
    const aggregateId = commandAggregateId(fact.command);
    const decision = decide(fact.command, states.get(aggregateId), {
      writer: {
        cciId: fact.recordedBy,
        agent,
        roles: rolesOfCci(reference, fact.recordedBy),
      },
      reference,
      now: new Date(fact.at),
      lookup: (id) => states.get(id),
    });
    if ('rejection' in decision) {
      throw new Error(
        `Fait n°${index} (${fact.command.type} sur ${aggregateId}) refusé : ${decision.rejection.message}`,
      );
    }
    for (const draft of decision.events) {
      const event = sealEvent(draft, {
        eventId: seedEventId(events.length),
        recordedBy: fact.recordedBy,
        author: { ...agent, role: commandRole(fact.command.type) },
        service: SEED_SERVICE,
        recordedAt: fact.at,
        correlationId: `seed-${index}`,
        causationId: null,
        idempotencyKey: `seed-${index}`,
      });
      events.push(event);
      const next = evolveAggregate(states.get(aggregateId), event);
      if (next) states.set(aggregateId, next);
    }
  }
  return events;
}
