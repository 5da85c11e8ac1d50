import type { CalendarDate } from '../reference/calendar-date.js';
import { comparePeriods, parsePeriod, periodDays, periodHasEnded } from '../reference/period.js';
import { sortedEntries } from './aggregation.js';
import { campaignStatusAt, type CampaignStatus } from './campaign-progress.js';
import type { CampaignCounts } from './declaration-figures.js';
import type { CampaignClosure } from './national-consolidation.js';

/**
 * The campaigns as the national view lists them: per region and period, the counts the consolidation
 * keeps, the status and the late declarations at the view's instant, and the closing; then, per
 * period, the sums over the regions. Only the periods ended on the view's day, and any other that
 * already has a declaration, are listed.
 */

export type CampaignRow = CampaignCounts & {
  period: string;
  status: CampaignStatus;
  /** Expected declarations still missing after the deadline, at the view's instant. */
  late: number;
  closedAt: string | null;
  /** How many declarations were not validated when the region closed the campaign. */
  missingAtClosing: number | null;
  /** The CCIs the closed period is reopened for. */
  reopenedFor: string[];
};

export type NationalCampaignRow = Omit<CampaignCounts, 'deadline'> & {
  period: string;
  late: number;
  /** The regions whose COM calendar has the period. */
  regionIds: string[];
  closedRegionIds: string[];
};

/** A region's campaigns, newest first, from its consolidated counts and closings. */
export function regionCampaignRows(
  campaigns: Record<string, CampaignCounts>,
  closures: Record<string, CampaignClosure>,
  at: { nowMs: number; day: CalendarDate },
): CampaignRow[] {
  const rows: CampaignRow[] = [];
  for (const [period, counts] of sortedEntries(campaigns)) {
    const parsed = parsePeriod(period);
    if (!parsed || !(periodHasEnded(period, at.day) || counts.declared > 0)) continue;
    const closure = closures[period] ?? null;
    const { status, late } = campaignStatusAt(
      { periodEnd: periodDays(parsed).last, closing: closure, counts },
      at.nowMs,
    );
    rows.push({
      ...counts,
      period,
      status,
      late,
      closedAt: closure?.closedAt ?? null,
      missingAtClosing: closure?.missing ?? null,
      reopenedFor: closure?.reopenedFor ?? [],
    });
  }
  return rows.sort((a, b) => comparePeriods(b.period, a.period));
}

/** France's campaigns per period, newest first: the regions' rows summed. */
export function nationalCampaignRows(
  regions: readonly { regionId: string; campaigns: readonly CampaignRow[] }[],
): NationalCampaignRow[] {
  const byPeriod = new Map<string, NationalCampaignRow>();
  for (const region of [...regions].sort((a, b) => (a.regionId < b.regionId ? -1 : 1))) {
    for (const row of region.campaigns) {
      const total = byPeriod.get(row.period) ?? {
        period: row.period,
        expected: 0,
        declared: 0,
        awaitingValidation: 0,
        validated: 0,
        sentBack: 0,
        notDeclared: 0,
        declaredLate: 0,
        late: 0,
        regionIds: [],
        closedRegionIds: [],
      };
      byPeriod.set(row.period, {
        ...total,
        expected: total.expected + row.expected,
        declared: total.declared + row.declared,
        awaitingValidation: total.awaitingValidation + row.awaitingValidation,
        validated: total.validated + row.validated,
        sentBack: total.sentBack + row.sentBack,
        notDeclared: total.notDeclared + row.notDeclared,
        declaredLate: total.declaredLate + row.declaredLate,
        late: total.late + row.late,
        regionIds: [...total.regionIds, region.regionId],
        closedRegionIds:
          row.status === 'cloturee' ? [...total.closedRegionIds, region.regionId] : total.closedRegionIds,
      });
    }
  }
  return [...byPeriod.values()].sort((a, b) => comparePeriods(b.period, a.period));
}
