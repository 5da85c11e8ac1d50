import type { Rejection } from '../../decisions/rejection.js';
import type { DecisionContext } from '../../decisions/writer.js';
import { aggregateIds } from '../../events/event-catalog.js';
import { periodLabel } from '../../reference/period.js';
import type { Cci, ReferenceData } from '../../reference/reference-data.js';
import { lockedFor } from './campaign.js';

/** The campaign a CCI's declaration for a period belongs to, or null for a CCI without a region. */
export function campaignIdOf(reference: ReferenceData, cciId: string, period: string): string | null {
  const regionId = reference.cci(cciId)?.regionId;
  return regionId === undefined || regionId === null ? null : aggregateIds.campaign(regionId, period);
}

/**
 * Refuses a change to a figure of a closed period (`periode-cloturee`, 409), unless the region has
 * reopened the period for this CCI. Read through the context's lookup: the write side locks the
 * campaign with the declaration, so a closing and a declaration never cross.
 */
export function periodLock(
  context: DecisionContext,
  cci: Cci,
  period: string,
  who: 'cci' | 'region',
): Rejection | null {
  const campaignId = campaignIdOf(context.reference, cci.id, period);
  const state = campaignId === null ? undefined : context.lookup(campaignId);
  if (!lockedFor(state?.kind === 'campaign' ? state : undefined, cci.id)) return null;
  const regional = cci.regionId === null ? undefined : context.reference.regionalCci(cci.regionId);
  const regionalName = regional?.name ?? 'la CCI régionale';
  return {
    kind: 'conflict',
    code: 'periode-cloturee',
    message:
      who === 'cci'
        ? `La période ${periodLabel(period)} est clôturée par ${regionalName} : ses chiffres ne peuvent plus changer. Pour corriger, demandez-lui de rouvrir la période pour ${cci.name}.`
        : `La période ${periodLabel(period)} est clôturée : rouvrez-la pour ${cci.name} avant de revoir ses déclarations.`,
    field: 'period',
  };
}
