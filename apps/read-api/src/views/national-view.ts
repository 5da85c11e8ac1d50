import {
  actionProgressAsOf,
  campaignClosureAsOf,
  comProgressAsOf,
  consolidateDeclarationFigures,
  consolidateNational,
  copConsolidation,
  endedReporting,
  modeTotals,
  nationalCampaignRows,
  networkRegionIds,
  regionalSromMatrixAsOf,
  regionCampaignFiguresFromRegionalModels,
  regionCampaignRows,
  regionFiguresFromRegionalModels,
  regionFiguresOfNationalSummary,
  type CalendarDate,
  type CampaignClosure,
  type CampaignCounts,
  type PendingFigures,
  type ReferenceData,
  type RegionFigures,
} from '@cci/domain';
import type { StoredProjectorStatus } from '@cci/read-model-store';

import { parisCalendarDate, parisDate, parisTime } from './paris-time.js';
import type { NationalSource } from './read-models.js';
import { projectorState, regionSummary } from './regional-view.js';
import type { NationalRegionRow, NationalView } from './view-schemas.js';

/** A region's campaigns as the consolidation keeps them: counts per period, closings, what awaits review. */
type RegionCampaigns = {
  campaigns: Record<string, CampaignCounts>;
  closures: Record<string, CampaignClosure>;
  pending: Record<string, Record<string, PendingFigures>>;
};

function row(
  figures: RegionFigures,
  campaigns: RegionCampaigns,
  reference: ReferenceData,
  lastRecordedAt: string | null,
  at: { nowMs: number; day: CalendarDate },
): NationalRegionRow | null {
  const region = reference.region(figures.regionId);
  if (!region) return null;
  const { day } = at;
  return {
    ...figures,
    pending: campaigns.pending,
    campaigns: regionCampaignRows(campaigns.campaigns, campaigns.closures, at),
    region: regionSummary(region, reference),
    ccis: reference.ccisOfRegion(region.id).length,
    lastRecordedAt,
    comId: reference.comInForce(region.id, day)?.id ?? null,
    modes: modeTotals(figures.srom.distribution),
    reporting: endedReporting(figures.completeness, day),
  };
}

/**
 * The national view: one row per region and France's totals. Now, from the national projector's
 * summaries; "as of" a date, from the regional read models as they stood then (the national
 * summaries keep no history), consolidated the same way. The indicators count validated declarations
 * only; what awaits review is `pending`, apart; each region's campaigns and France's per period.
 */
export function buildNationalView(
  source: NationalSource,
  reference: ReferenceData,
  context: { now: number; statuses: readonly StoredProjectorStatus[] },
): NationalView {
  let rows: NationalRegionRow[];
  let asOf: string | null = null;
  if ('summaries' in source) {
    const at = { nowMs: context.now, day: parisCalendarDate(context.now) };
    rows = source.summaries
      .map((s) => row(regionFiguresOfNationalSummary(s), s, reference, s.lastRecordedAt, at))
      .filter((r): r is NationalRegionRow => r !== null);
  } else {
    asOf = source.asOf.date;
    const instant = source.asOf.instantMs;
    rows = [...source.regional]
      .map(([regionId, models]) => {
        const matrix = regionalSromMatrixAsOf(models.matrix, instant, reference);
        const actions = actionProgressAsOf(models.actions, instant, reference);
        const coms = models.coms.map((doc) => comProgressAsOf(doc, instant, reference));
        const regional = {
          matrices: new Map([[`srom-matrix:${regionId}`, matrix]]),
          coms: new Map(coms.map((c) => [`com-progress:${regionId}:${c.indicatorId}`, c])),
          actions: new Map([[`action-progress:${regionId}`, actions]]),
        };
        const figures = regionFiguresFromRegionalModels(regionId, regional, reference);
        const closures: Record<string, CampaignClosure> = {};
        for (const doc of source.campaigns.get(regionId) ?? []) {
          const closure = campaignClosureAsOf(doc, instant);
          if (closure) closures[doc.period] = closure;
        }
        const campaigns = {
          ...regionCampaignFiguresFromRegionalModels(regionId, regional, reference),
          closures,
        };
        const last =
          [matrix.lastRecordedAt, actions.lastRecordedAt, ...coms.map((c) => c.lastRecordedAt)]
            .filter((a): a is string => a !== null)
            .sort()
            .at(-1) ?? null;
        return row(figures, campaigns, reference, last, { nowMs: instant, day: source.asOf.date });
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
    totals: {
      ...consolidateNational(rows, reference),
      pending: consolidateDeclarationFigures(
        rows.map((r) => ({ regionId: r.regionId, pending: r.pending, campaigns: {} })),
        reference,
      ).pending,
      campaigns: nationalCampaignRows(rows),
      cop: copConsolidation(rows, networkRegionIds(reference), reference),
    },
  };
}
