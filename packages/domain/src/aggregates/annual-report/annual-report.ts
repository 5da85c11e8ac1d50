import type { EventOfType } from '../../events/envelope.js';

export type AnnualReportEvent = EventOfType<'SromAnnualReviewRecorded' | 'AnnualReportPresented'>;

/**
 * A region's annual cycle for one year (`annual-report:<regionId>:<year>`): the Bureau's review of
 * the SROM (recorded again to amend it) and the report presented to the Assemblée générale, edition
 * after edition. An edition, once presented, never changes: presenting again is the next edition.
 */
export type AnnualReportState = {
  kind: 'annual-report';
  version: number;
  review: { reviewedOn: string; bodyId: string; summary: string } | null;
  editions: { edition: number; presentedOn: string }[];
  lastOccurredAt: string | null;
};

export function initialAnnualReportState(): AnnualReportState {
  return { kind: 'annual-report', version: 0, review: null, editions: [], lastOccurredAt: null };
}

export function evolveAnnualReport(state: AnnualReportState, event: AnnualReportEvent): AnnualReportState {
  const moved = { ...state, version: event.aggregateVersion, lastOccurredAt: event.occurredAt };
  switch (event.type) {
    case 'SromAnnualReviewRecorded': {
      const { reviewedOn, bodyId, summary } = event.payload;
      return { ...moved, review: { reviewedOn, bodyId, summary } };
    }
    case 'AnnualReportPresented': {
      const { edition, presentedOn } = event.payload;
      return { ...moved, editions: [...state.editions, { edition, presentedOn }] };
    }
  }
}
