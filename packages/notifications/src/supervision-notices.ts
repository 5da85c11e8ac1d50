import type { NoticeKind, ReferenceData, CciDirectory } from '@cci/domain';

import type { Notice, ProjectionTrouble } from './notice.js';
import { noticesTo, recipientsOf, type Addressee } from './recipients.js';

/**
 * The DSI's alerts (to the `supervision` persons of CCI France and of the regional CCIs): a projection
 * stalled, too far behind or with no instance answering, then "back to normal" once it recovers, and
 * dead letters appearing. They go at once, quiet hours and holidays notwithstanding.
 *
 * A projection's trouble is an incident, opened when first seen and closed when gone; the service
 * keeps incidents in the database, so that every instance names one by the same opening instant, and
 * the alert and its recovery are each one reason.
 */

/** A projection as its instances' latest reports describe it. */
export type ProjectionHealth = {
  projector: string;
  state:
    'starting' | 'unassigned' | 'caught-up' | 'catching-up' | 'stalled' | 'paused' | 'stopped' | 'unknown';
  lagSeconds: number;
  lagEvents: number;
};

export type Incident = {
  projector: string;
  openedAt: string;
  closedAt: string | null;
  trouble: ProjectionTrouble;
  lagSeconds: number;
  lagEvents: number;
};

/** What is wrong with a projection, if anything; a paused one (a rebuild under way) is not late. */
export function projectionTrouble(
  health: ProjectionHealth,
  thresholds: { lagAlertSeconds: number },
): ProjectionTrouble | null {
  if (health.state === 'stalled') return 'bloquee';
  if (health.state === 'stopped') return 'arretee';
  if (health.state !== 'paused' && health.lagSeconds > thresholds.lagAlertSeconds) return 'en-retard';
  return null;
}

/** The incident step a projection's health calls for: open one, close the open one, or nothing. */
export function incidentStep(
  trouble: ProjectionTrouble | null,
  incident: Pick<Incident, 'closedAt'> | null,
): 'open' | 'close' | null {
  const open = incident !== null && incident.closedAt === null;
  if (trouble !== null && !open) return 'open';
  if (trouble === null && open) return 'close';
  return null;
}

/**
 * The DSI who get `kind`: `supervision` persons of CCI France and of the regional CCIs of `regionIds`
 * (all regions: null).
 */
export function dsiRecipients(
  directories: readonly CciDirectory[],
  reference: ReferenceData,
  regionIds: readonly string[] | null,
  kind: NoticeKind,
): Addressee[] {
  const regional = reference.ccis.filter(
    (c) =>
      c.kind === 'regional' &&
      (regionIds === null || (c.regionId !== null && regionIds.includes(c.regionId))),
  );
  return [reference.nationalCci(), ...regional].flatMap((cci) => recipientsOf(directories, cci.id, kind));
}

export type DeadLetterSummary = {
  unresolved: number;
  newest: { id: string; projector: string; reason: string; eventType: string | null; failedAt: string };
  regionIds: readonly string[] | null;
};

/**
 * The alerts due at `nowMs`: one per open incident, one "back to normal" per incident closed within
 * `recoveryNoticeMs` (long enough for a restarted instance to send it), and one when a new dead letter
 * is the newest not yet replayed.
 */
export function supervisionNotices(
  incidents: readonly Incident[],
  deadLetters: DeadLetterSummary | null,
  directories: readonly CciDirectory[],
  reference: ReferenceData,
  nowMs: number,
  settings: { recoveryNoticeMs: number },
): Notice[] {
  const everyDsi = (kind: NoticeKind) => dsiRecipients(directories, reference, null, kind);
  const notices = incidents.flatMap((incident) => {
    const { projector, openedAt, closedAt } = incident;
    if (closedAt === null) {
      return noticesTo(
        everyDsi('projection-alerte'),
        `alerte-projection:${projector}:${openedAt}`,
        {
          kind: 'projection-alerte',
          projector,
          trouble: incident.trouble,
          since: openedAt,
          lagSeconds: incident.lagSeconds,
          lagEvents: incident.lagEvents,
        },
        nowMs,
      );
    }
    if (nowMs - Date.parse(closedAt) > settings.recoveryNoticeMs) return [];
    return noticesTo(
      everyDsi('projection-retablie'),
      `retablie-projection:${projector}:${openedAt}`,
      { kind: 'projection-retablie', projector, since: openedAt, recoveredAt: closedAt },
      nowMs,
    );
  });
  if (deadLetters !== null && deadLetters.unresolved > 0) {
    const { id, ...newest } = deadLetters.newest;
    notices.push(
      ...noticesTo(
        dsiRecipients(directories, reference, deadLetters.regionIds, 'lettres-mortes'),
        `lettres-mortes:${id}`,
        { kind: 'lettres-mortes', unresolved: deadLetters.unresolved, newest },
        nowMs,
      ),
    );
  }
  return notices;
}
