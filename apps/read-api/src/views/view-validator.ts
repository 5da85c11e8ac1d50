import { createHash } from 'node:crypto';

import type { ReferenceData } from '@cci/domain';
import type { GenerationRevisions } from '@cci/read-model-store';

import { parisCalendarDate } from './paris-time.js';
import type { ProjectionState } from './view-schemas.js';

/**
 * Where the calendar stands for a view's rules at an instant: the Paris day decides which periods have
 * ended, the UTC day when a campaign opens (the day after its period, `campaignStatusAt`), and each
 * reporting deadline passed turns missing declarations into late ones.
 */
export type CalendarPosition = { parisDay: string; utcDay: string; deadlinesPassed: number };

export function calendarPosition(deadlines: readonly number[], instantMs: number): CalendarPosition {
  let deadlinesPassed = 0;
  for (const deadline of deadlines) if (deadline < instantMs) deadlinesPassed += 1;
  return {
    parisDay: parisCalendarDate(instantMs),
    utcDay: new Date(instantMs).toISOString().slice(0, 10),
    deadlinesPassed,
  };
}

/** Every reporting deadline of the reference data's COM calendars, as instants. */
export function reportingDeadlines(reference: ReferenceData): number[] {
  return reference.coms.flatMap((com) =>
    reference.reportingPeriods(com.id).map((p) => Date.parse(p.deadline)),
  );
}

/**
 * Everything a view's body is made of but the instant it was built: the read models' revisions (in
 * their generation), the query parameters, the calendar position, and the freshness banner's state
 * (with the time it shows unless the projection is caught up, when the banner shows the time of the
 * request). The caller is absent: a view reads the same for everyone allowed to read it, and access
 * is checked before any validator is compared.
 */
export type ViewIngredients = {
  /** This process: a restart may bring new code or new reference data, which make other bodies. */
  edition: string;
  view: 'regional' | 'national';
  /** The part of the view asked for alone (an indicator's id), or null for the whole view. */
  part: string | null;
  regionId: string | null;
  /** The COM cycle asked for, when not the one in force. */
  cycle: string | null;
  /** The SROM cycle asked for, when not the one in force. */
  sromCycle: string | null;
  asOf: string | null;
  calendar: CalendarPosition;
  freshness: { state: ProjectionState; shownAt: string | null };
  models: Record<string, GenerationRevisions>;
};

/**
 * The view's entity tag. Weak (`W/`): two bodies with the same ingredients carry the same figures but
 * not the same bytes, since each says when it was built (`generatedAt`, and "à jour à 10 h 32" once
 * caught up) and leaves Brotli, gzip or plain; a strong tag would promise identical bytes.
 * `If-None-Match` compares tags weakly, so a weak tag revalidates the same way.
 */
export function viewValidator(ingredients: ViewIngredients): string {
  const models = Object.entries(ingredients.models).sort(([a], [b]) => (a < b ? -1 : 1));
  const digest = createHash('sha256')
    .update(JSON.stringify({ ...ingredients, models }))
    .digest('base64url');
  return `W/"${digest.slice(0, 27)}"`;
}
