import {
  actionProgressAsOf,
  comProgressAsOf,
  consolidateNational,
  endedReporting,
  modeTotals,
  regionalSromMatrixAsOf,
  regionFiguresFromRegionalModels,
  regionFiguresOfNationalSummary,
  type CalendarDate,
  type ReferenceData,
  type RegionFigures,
} from '@cci/domain';
import type { StoredProjectorStatus } from '@cci/read-model-store';

import { parisCalendarDate, parisDate, parisTime } from './paris-time.js';
import type { NationalSource } from './read-models.js';
import { projectorState, regionSummary } from './regional-view.js';
import type { NationalRegionRow, NationalView } from './view-schemas.js';

function row(
  figures: RegionFigures,
  reference: ReferenceData,
  lastRecordedAt: string | null,
  day: CalendarDate,
): NationalRegionRow | null {
  const region = reference.region(figures.regionId);
  if (!region) return null;
  return {
    ...figures,
    region: regionSummary(region),
    ccis: reference.ccisOfRegion(region.id).length,
    lastRecordedAt,
    comId: reference.comOfRegion(region.id)?.id ?? null,
    modes: modeTotals(figures.srom.distribution),
    reporting: endedReporting(figures.completeness, day),
  };
}

/**
 * The national view: one row per region and France's totals. Now, from the national projector's
 * summaries; "as of" a date, from the regional read models as they stood then (the national
 * summaries keep no history), consolidated the same way.
 */
export function buildNationalView(
  source: NationalSource,
  reference: ReferenceData,
  context: { now: number; statuses: readonly StoredProjectorStatus[] },
): NationalView {
  let rows: NationalRegionRow[];
  let asOf: string | null = null;
  if ('summaries' in source) {
    const today = parisCalendarDate(context.now);
    rows = source.summaries
      .map((s) => row(regionFiguresOfNationalSummary(s), reference, s.lastRecordedAt, today))
      .filter((r): r is NationalRegionRow => r !== null);
  } else {
    asOf = source.asOf.date;
    const instant = source.asOf.instantMs;
    rows = [...source.regional]
      .map(([regionId, models]) => {
        const matrix = regionalSromMatrixAsOf(models.matrix, instant, reference);
        const actions = actionProgressAsOf(models.actions, instant, reference);
        const coms = models.coms.map((doc) => comProgressAsOf(doc, instant, reference));
        const figures = regionFiguresFromRegionalModels(
          regionId,
          {
            matrices: new Map([[`srom-matrix:${regionId}`, matrix]]),
            coms: new Map(coms.map((c) => [`com-progress:${regionId}:${c.indicatorId}`, c])),
            actions: new Map([[`action-progress:${regionId}`, actions]]),
          },
          reference,
        );
        const last =
          [matrix.lastRecordedAt, actions.lastRecordedAt, ...coms.map((c) => c.lastRecordedAt)]
            .filter((a): a is string => a !== null)
            .sort()
            .at(-1) ?? null;
        return row(figures, reference, last, source.asOf.date);
      })
      .filter((r): r is NationalRegionRow => r !== null);
  }
  rows.sort((a, b) => a.region.name.localeCompare(b.region.name, 'fr'));
  const projector = projectorState(context.statuses, context.now);
  const upToDateAt =
    projector.state === 'caught-up' ? new Date(context.now).toISOString() : projector.lastAppliedAt;
  const message =
    asOf !== null
      ? `vue nationale au ${parisDate(`${asOf}T12:00:00Z`)}`
      : projector.state === 'caught-up' && upToDateAt
        ? `consolidation nationale à jour à ${parisTime(upToDateAt)}`
        : projector.state === 'unknown' || projector.state === 'stopped'
          ? 'état de la consolidation nationale inconnu'
          : 'consolidation nationale en cours de mise à jour';
  return {
    asOf,
    generatedAt: new Date(context.now).toISOString(),
    freshness: { state: projector.state, upToDateAt, message },
    regions: rows,
    totals: consolidateNational(rows, reference),
  };
}
