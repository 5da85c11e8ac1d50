import { eventCatalog, type EventPayloads, type EventType } from '../events/event-catalog.js';
import type { EventAuthor } from '../events/author.js';
import { aggregateIdOf, type DomainEvent } from '../events/envelope.js';
import {
  addYears,
  calendarDateOf,
  formatCalendarDate,
  type CalendarDate,
} from '../reference/calendar-date.js';
import type { Rejection } from './rejection.js';
import { reject } from './rejection.js';
import type { DecisionContext } from './writer.js';

/** An event a decision produces, before the platform gives it an id, an envelope and a place in the log. */
export type EventDraft = {
  [T in EventType]: {
    type: T;
    aggregateId: string;
    aggregateVersion: number;
    occurredAt: string;
    payload: EventPayloads[T];
  };
}[EventType];

/**
 * The outcome of a decision: the events to append (none when the fact is already recorded exactly
 * so), or why the command is refused.
 */
export type Decision = { events: EventDraft[] } | { rejection: Rejection };

export function accepted(...events: EventDraft[]): Decision {
  return { events };
}

export function rejected(rejection: Rejection): Decision {
  return { rejection };
}

export function draft<T extends EventType>(
  type: T,
  version: number,
  occurredAt: string,
  payload: EventPayloads[T],
): EventDraft {
  return {
    type,
    aggregateId: aggregateIdOf(type, payload),
    aggregateVersion: version,
    occurredAt,
    payload,
  } as EventDraft;
}

/** Earliest effective date the platform accepts: the first regional schemas are well after it. */
export const EARLIEST_DATE: CalendarDate = '2000-01-01';

/** A business date must be a real date between 2000-01-01 and one year from today. */
export function checkBusinessDate(
  date: CalendarDate,
  field: string,
  context: DecisionContext,
): Rejection | null {
  const latest = addYears(calendarDateOf(context.now), 1);
  if (date < EARLIEST_DATE) {
    return reject.invalid(
      'date-hors-bornes',
      `La date ${formatCalendarDate(date)} est antérieure au ${formatCalendarDate(EARLIEST_DATE)}.`,
      field,
    );
  }
  if (date > latest) {
    return reject.invalid(
      'date-hors-bornes',
      `La date ${formatCalendarDate(date)} est à plus d'un an dans le futur (au plus tard le ${formatCalendarDate(latest)}).`,
      field,
    );
  }
  return null;
}

/** When the fact occurred: what the client says (never in the future, never before 2000), or now. */
export function occurredAtOf(
  stated: string | undefined,
  context: DecisionContext,
): { occurredAt: string } | { rejection: Rejection } {
  if (stated === undefined) return { occurredAt: context.now.toISOString() };
  const at = Date.parse(stated);
  const clockSkewMs = 5 * 60_000;
  if (at > context.now.getTime() + clockSkewMs) {
    return {
      rejection: reject.invalid('date-future', "L'horodatage occurredAt est dans le futur.", 'occurredAt'),
    };
  }
  if (at < Date.parse(`${EARLIEST_DATE}T00:00:00Z`)) {
    return {
      rejection: reject.invalid(
        'date-hors-bornes',
        "L'horodatage occurredAt est antérieur à l'an 2000.",
        'occurredAt',
      ),
    };
  }
  return { occurredAt: new Date(at).toISOString() };
}

/**
 * When a fact about an aggregate occurred: as `occurredAtOf`, and never before the aggregate's latest
 * event, so that business time follows versions within an aggregate ("as of" views cut a prefix).
 */
export function occurredAtAfter(
  stated: string | undefined,
  lastOccurredAt: string | null,
  context: DecisionContext,
  message: string,
): { occurredAt: string } | { rejection: Rejection } {
  const when = occurredAtOf(stated, context);
  if ('rejection' in when || lastOccurredAt === null) return when;
  if (Date.parse(when.occurredAt) < Date.parse(lastOccurredAt))
    return { rejection: reject.invalid('date-anterieure', message, 'occurredAt') };
  return when;
}

/** What the platform adds to a decided event when it accepts it. */
export type Acceptance = {
  eventId: string;
  recordedBy: string;
  /** Who the platform authenticated, and the role the decision required of them. */
  author: EventAuthor;
  service: string;
  recordedAt: string;
  correlationId: string;
  causationId: string | null;
  idempotencyKey: string | null;
};

/** A decided event with its full envelope, at the current schema version of its type. */
export function sealEvent(draft: EventDraft, acceptance: Acceptance): DomainEvent {
  return {
    ...draft,
    eventId: acceptance.eventId,
    schemaVersion: eventCatalog[draft.type].current,
    envelopeVersion: 2,
    recordedBy: acceptance.recordedBy,
    author: acceptance.author,
    source: { service: acceptance.service },
    recordedAt: acceptance.recordedAt,
    correlationId: acceptance.correlationId,
    causationId: acceptance.causationId,
    idempotencyKey: acceptance.idempotencyKey,
  };
}

/** A deciding body the reference data knows, on a business date when one is given, or none named. */
export function checkDecidedBy(
  context: DecisionContext,
  decidedBy: { bodyId: string; on?: CalendarDate | undefined } | null,
): Rejection | null {
  if (decidedBy === null) return null;
  if (!context.reference.governanceBody(decidedBy.bodyId)) {
    const known = context.reference.governanceBodies.map((b) => b.id).join(', ');
    return reject.invalid(
      'instance-inconnue',
      `L'instance « ${decidedBy.bodyId} » est inconnue (instances : ${known}).`,
      'decidedBy.bodyId',
    );
  }
  return decidedBy.on ? checkBusinessDate(decidedBy.on, 'decidedBy.on', context) : null;
}
