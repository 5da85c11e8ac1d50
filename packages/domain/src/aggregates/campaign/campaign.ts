import type { EventOfType } from '../../events/envelope.js';

export type CampaignEvent = EventOfType<'CampaignClosed' | 'CampaignReopenedForCci'>;

/**
 * A region's campaign for one period of its COM's calendar (`campaign:<regionId>:<period>`). It has
 * no event until the region closes it: it is open once the period has ended (the calendar and the
 * clock say so), closed by `CampaignClosed`, and open again for one CCI by `CampaignReopenedForCci`
 * until the next closing.
 */
export type CampaignState = {
  kind: 'campaign';
  version: number;
  closed: boolean;
  /** The CCIs the closed period is reopened for, sorted; emptied by the next closing. */
  reopenedFor: string[];
  lastOccurredAt: string | null;
};

export function initialCampaignState(): CampaignState {
  return { kind: 'campaign', version: 0, closed: false, reopenedFor: [], lastOccurredAt: null };
}

export function evolveCampaign(state: CampaignState, event: CampaignEvent): CampaignState {
  const moved = { ...state, version: event.aggregateVersion, lastOccurredAt: event.occurredAt };
  switch (event.type) {
    case 'CampaignClosed':
      return { ...moved, closed: true, reopenedFor: [] };
    case 'CampaignReopenedForCci':
      return { ...moved, reopenedFor: [...new Set([...state.reopenedFor, event.payload.cciId])].sort() };
  }
}

/** Whether a CCI's figures of the campaign's period are locked: closed, and not reopened for it. */
export function lockedFor(campaign: CampaignState | undefined, cciId: string): boolean {
  return campaign !== undefined && campaign.closed && !campaign.reopenedFor.includes(cciId);
}
