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
 * The declarations a region's campaign expects for a period: each territorial CCI of the region, for
 * each indicator of the period's COM reported at the period's frequency (quarterly indicators for
 * "2024-T3", yearly ones for "2024"). The regional CCI declares nothing of its own in a campaign.
 * Sorted by CCI then indicator.
 */
export function expectedDeclarations(
  reference: ReferenceData,
  regionId: string,
  period: string,
): { cci: Cci; indicator: Indicator }[] {
  const parsed = parsePeriod(period);
  const campaign = campaignCom(reference, regionId, period);
  if (!parsed || !campaign) return [];
  const frequency = periodFrequency(parsed);
  const indicators = reference
    .indicatorsOfRegion(regionId)
    .filter((i) => i.comId === campaign.com.id && i.frequency === frequency)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  return reference
    .ccisOfRegion(regionId)
    .filter((c) => c.kind === 'territorial')
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .flatMap((cci) => indicators.map((indicator) => ({ cci, indicator })));
}
