import {
  campaignDeclaration,
  campaignIndicators,
  campaignLockedFor,
  cciCampaignCounts,
  declarationChange,
  previousPeriodValue,
  shiftPeriod,
  type CampaignDeclaration,
  type CampaignProgress,
  type Indicator,
  type ReferenceData,
  type Region,
} from '@cci/domain';

import { regionSummary } from '../views/regional-view.js';
import type { CampaignReviewView } from './campaign-schemas.js';
import { actorView, campaignSummary, cciOf, countsAt } from './campaign-summary.js';

type Reviewed = CampaignReviewView['ccis'][number]['declarations'][number];

/** A declaration's value and review, as the Saisie and the Revue both show it. */
export function declarationValue(cell: CampaignDeclaration, reference: ReferenceData) {
  const actor = (a: CampaignDeclaration['declaredBy']) => (a === null ? null : actorView(reference, a));
  return {
    version: cell.version,
    declaredVersion: cell.declaredVersion,
    state: cell.state,
    value: cell.value,
    unitId: cell.unitId,
    comment: cell.comment,
    declaredAt: cell.declaredAt,
    declaredBy: actor(cell.declaredBy),
    late: cell.late,
    validatedAt: cell.validatedAt,
    validatedBy: actor(cell.validatedBy),
    sentBackAt: cell.sentBackAt,
    sentBackBy: actor(cell.sentBackBy),
    sentBackComment: cell.sentBackComment,
  };
}

/** The value declared for the previous period, from that period's campaign, named by its period. */
export function previousPeriodOf(
  doc: CampaignProgress,
  previous: CampaignProgress | null,
  cciId: string,
  indicatorId: string,
) {
  const period = shiftPeriod(doc.period, -1);
  const value = previousPeriodValue(previous, cciId, indicatorId);
  return period !== null && value !== null ? { period, value } : null;
}

function reviewed(
  doc: CampaignProgress,
  previous: CampaignProgress | null,
  cciId: string,
  indicator: Indicator,
  reference: ReferenceData,
): Reviewed {
  const cell = campaignDeclaration(doc, cciId, indicator);
  return {
    ...declarationValue(cell, reference),
    indicatorId: indicator.id,
    target: doc.targets[cciId]?.[indicator.id]?.target ?? null,
    previousPeriod: previousPeriodOf(doc, previous, cciId, indicator.id),
    previousDeclaration: cell.previousDeclaration,
    change: declarationChange(cell),
  };
}

/**
 * A region's review of one period, from its campaign document (and the previous period's, for the
 * values declared then): the campaign (status, counts, closing, reopenings and their history), then
 * each CCI's declarations in the COM's order, with what changed since the previous declaration, the
 * previous period's value and the year's target.
 */
export function buildCampaignReview(
  doc: CampaignProgress,
  previous: CampaignProgress | null,
  region: Region,
  reference: ReferenceData,
  nowMs: number,
): CampaignReviewView {
  const indicators = campaignIndicators(reference, region.id, doc.period);
  const territorial = reference
    .ccisOfRegion(region.id)
    .filter((c) => c.kind === 'territorial')
    .map((c) => c.id);
  const others = Object.keys(doc.declarations)
    .filter((cciId) => !territorial.includes(cciId))
    .sort();
  return {
    region: regionSummary(region, reference),
    generatedAt: new Date(nowMs).toISOString(),
    campaign: {
      ...campaignSummary(doc, reference, nowMs),
      history: doc.history.map((entry) => ({
        kind: entry.kind,
        at: entry.at,
        by: actorView(reference, entry.by),
        cci: entry.cciId === null ? null : cciOf(reference, entry.cciId),
        reason: entry.reason,
        missing: entry.missing,
      })),
    },
    indicators: indicators.map((i) => ({
      indicatorId: i.id,
      label: i.label,
      axisId: i.axisId,
      unitId: i.unitId,
    })),
    ccis: [...territorial, ...others].map((cciId) => ({
      cci: cciOf(reference, cciId),
      counts: countsAt(cciCampaignCounts(doc, cciId, reference), nowMs),
      locked: campaignLockedFor(doc, cciId),
      declarations: indicators
        .filter((i) => territorial.includes(cciId) || doc.declarations[cciId]?.[i.id] !== undefined)
        .map((i) => reviewed(doc, previous, cciId, i, reference)),
    })),
  };
}
