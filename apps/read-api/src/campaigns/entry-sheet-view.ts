import {
  campaignDeclaration,
  campaignIndicators,
  campaignLockedFor,
  campaignStatusAt,
  cciCampaignCounts,
  periodLabel,
  type CampaignProgress,
  type Cci,
  type DeclarationDrafts,
  type ReferenceData,
  type Region,
} from '@cci/domain';

import { cciSummary, regionSummary } from '../views/regional-view.js';
import type { EntrySheetView } from './campaign-schemas.js';
import { declarationValue, previousPeriodOf } from './campaign-review-view.js';
import { actorView, countsAt } from './campaign-summary.js';

/**
 * A CCI's Saisie page for one period, from its region's campaign documents (the period's, and the
 * previous period's for the values declared then) and its own entry sheet: each indicator to declare
 * with its unit, the year's target, the previous period's value, the declaration and the region's
 * send-back comment, the draft the region does not see, and the version the CCI's next command names;
 * the campaign's status, deadline, and whether the period is locked for it.
 */
export function buildEntrySheet(
  cci: Cci,
  region: Region,
  doc: CampaignProgress,
  previous: CampaignProgress | null,
  drafts: DeclarationDrafts | null,
  reference: ReferenceData,
  nowMs: number,
): EntrySheetView {
  const reopened = doc.reopenedFor[cci.id];
  return {
    cci: cciSummary(cci),
    region: regionSummary(region, reference),
    period: doc.period,
    label: periodLabel(doc.period),
    generatedAt: new Date(nowMs).toISOString(),
    campaign: {
      status: campaignStatusAt(doc, nowMs).status,
      deadline: doc.deadline,
      periodEnd: doc.periodEnd,
      locked: campaignLockedFor(doc, cci.id),
      closedAt: doc.closing?.closedAt ?? null,
      closedBy: doc.closing ? actorView(reference, doc.closing.closedBy) : null,
      reopened: reopened ? { ...reopened, by: actorView(reference, reopened.by) } : null,
    },
    counts: countsAt(cciCampaignCounts(doc, cci.id, reference), nowMs),
    indicators: campaignIndicators(reference, region.id, doc.period).map((indicator) => {
      const cell = campaignDeclaration(doc, cci.id, indicator);
      const entry = drafts?.indicators[indicator.id];
      return {
        ...declarationValue(cell, reference),
        indicatorId: indicator.id,
        label: indicator.label,
        axisId: indicator.axisId,
        target: doc.targets[cci.id]?.[indicator.id]?.target ?? null,
        previousPeriod: previousPeriodOf(doc, previous, cci.id, indicator.id),
        draft: entry?.draft ?? null,
        // The two documents are written apart: the later of the versions they know is the current one.
        expectedVersion: Math.max(entry?.version ?? 0, cell.version),
      };
    }),
  };
}
