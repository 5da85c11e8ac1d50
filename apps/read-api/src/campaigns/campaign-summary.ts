import {
  campaignStatusAt,
  lateDeclarations,
  missingDeclarations,
  periodLabel,
  type Actor,
  type CampaignCounts,
  type CampaignProgress,
  type ReferenceData,
} from '@cci/domain';

import { cciSummary } from '../views/regional-view.js';
import type { CciSummary } from '../views/view-schemas.js';
import type { CampaignActorView, CampaignSummaryView } from './campaign-schemas.js';

/** A CCI the reference data names, or its bare id when it no longer knows it. */
export function cciOf(reference: ReferenceData, cciId: string): CciSummary {
  const cci = reference.cci(cciId);
  return cci ? cciSummary(cci) : { id: cciId, name: cciId, kind: 'territorial', regionId: null };
}

export function actorView(reference: ReferenceData, actor: Actor): CampaignActorView {
  return { cci: cciOf(reference, actor.cciId), person: actor.person };
}

/** Counts with the declarations late at the view's instant. */
export function countsAt(counts: CampaignCounts, nowMs: number): CampaignCounts & { late: number } {
  return { ...counts, late: lateDeclarations(counts, nowMs) };
}

/** A campaign as its list and its review show it: status, deadline, counts, closing, reopenings. */
export function campaignSummary(
  doc: CampaignProgress,
  reference: ReferenceData,
  nowMs: number,
): CampaignSummaryView {
  const order = reference.ccisOfRegion(doc.regionId).map((c) => c.id);
  const rank = (cciId: string) => (order.includes(cciId) ? order.indexOf(cciId) : order.length);
  return {
    regionId: doc.regionId,
    period: doc.period,
    label: periodLabel(doc.period),
    status: campaignStatusAt(doc, nowMs).status,
    deadline: doc.deadline,
    periodEnd: doc.periodEnd,
    counts: countsAt(doc.counts, nowMs),
    missing: missingDeclarations(doc.counts),
    closing: doc.closing ? { ...doc.closing, closedBy: actorView(reference, doc.closing.closedBy) } : null,
    reopenedFor: Object.entries(doc.reopenedFor)
      .sort(([a], [b]) => rank(a) - rank(b))
      .map(([cciId, reopening]) => ({
        cci: cciOf(reference, cciId),
        reason: reopening.reason,
        at: reopening.at,
        by: actorView(reference, reopening.by),
      })),
    reopenings: doc.reopenings,
  };
}
