import { parsePeriod, periodFrequency } from '../../reference/period.js';
import type { Cci, Indicator, ObjectivesConvention, ReferenceData } from '../../reference/reference-data.js';

/**
 * The COM of a region whose reporting calendar has the period, with the period's deadline: what a
 * campaign belongs to. A region may have had several COMs; none has the period outside their years.
 */
export function campaignCom(
  reference: ReferenceData,
  regionId: string,
  period: string,
): { com: ObjectivesConvention; deadline: string } | null {
  for (const com of reference.coms) {
    if (com.regionId !== regionId) continue;
    const deadline = reference.reportingDeadline(com.id, period);
    if (deadline !== undefined) return { com, deadline };
  }
  return null;
}

/**
 * The indicators a region's campaign asks for: those of the period's COM reported at the period's
 * frequency (quarterly indicators for "2024-T3", yearly ones for "2024"), in the COM's order.
 */
export function campaignIndicators(reference: ReferenceData, regionId: string, period: string): Indicator[] {
  const parsed = parsePeriod(period);
  const campaign = campaignCom(reference, regionId, period);
  if (!parsed || !campaign) return [];
  const frequency = periodFrequency(parsed);
  return reference
    .indicatorsOfRegion(regionId)
    .filter((i) => i.comId === campaign.com.id && i.frequency === frequency);
}

/**
 * The declarations a region's campaign expects for a period: each territorial CCI of the region, for
 * each indicator of `campaignIndicators`. The regional CCI declares nothing of its own in a campaign.
 * Sorted by CCI then indicator.
 */
export function expectedDeclarations(
  reference: ReferenceData,
  regionId: string,
  period: string,
): { cci: Cci; indicator: Indicator }[] {
  const indicators = campaignIndicators(reference, regionId, period).sort((a, b) => (a.id < b.id ? -1 : 1));
  return reference
    .ccisOfRegion(regionId)
    .filter((c) => c.kind === 'territorial')
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .flatMap((cci) => indicators.map((indicator) => ({ cci, indicator })));
}

/** The periods of a region's COM calendars that have a campaign: those expecting a declaration. */
export function campaignPeriods(reference: ReferenceData, regionId: string): string[] {
  const periods = reference.coms
    .filter((com) => com.regionId === regionId)
    .flatMap((com) => reference.reportingPeriods(com.id).map(({ period }) => period));
  return [...new Set(periods)].filter(
    (period) => expectedDeclarations(reference, regionId, period).length > 0,
  );
}
