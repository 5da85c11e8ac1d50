import type { AnnualReportSnapshot } from '../events/annual-report-snapshot.js';
import type { DomainEvent } from '../events/envelope.js';
import { knownRegion, laterOf, type Projection } from './projection.js';
import { authorDisplayName } from '../events/author.js';

/**
 * A region's annual cycle for one year (`annual-report:<regionId>:<year>`): the Bureau's review of the
 * SROM as last recorded, and every edition of the report presented to the Assemblée générale with the
 * figures it carried, so that an edition reopens exactly as it was presented.
 */

type RecordedBy = { cciId: string; person: string | null; recordedAt: string };

export type AnnualReportEdition = RecordedBy & {
  edition: number;
  presentedOn: string;
  bodyId: string;
  deliberation: string;
  snapshot: AnnualReportSnapshot;
};

export type AnnualReportCycle = {
  regionId: string;
  year: number;
  version: number;
  review: (RecordedBy & { reviewedOn: string; bodyId: string; summary: string }) | null;
  /** editions["1"], editions["2"]...: each as presented. */
  editions: Record<string, AnnualReportEdition>;
  lastRecordedAt: string | null;
};

export const annualReportId = (regionId: string, year: number) => `annual-report:${regionId}:${year}`;

function recordedBy(event: DomainEvent): RecordedBy {
  return { cciId: event.recordedBy, person: authorDisplayName(event.author), recordedAt: event.recordedAt };
}

export const annualReport: Projection<AnnualReportCycle> = {
  name: 'annual-report',
  version: 1,
  handles: ['SromAnnualReviewRecorded', 'AnnualReportPresented'],
  documentIds(event, reference) {
    switch (event.type) {
      case 'SromAnnualReviewRecorded':
      case 'AnnualReportPresented':
        return [annualReportId(knownRegion(reference, event.payload.regionId), event.payload.year)];
      case 'ProcessModeChanged':
      case 'PersonInvited':
      case 'PersonRolesChanged':
      case 'PersonRemoved':
      case 'NoticePreferencesChanged':
      case 'MachineKeyIssued':
      case 'IndicatorTrajectorySet':
      case 'MachineKeyRevoked':
      case 'ProcessModeTargetSet':
      case 'ActionPlanned':
      case 'ActionStarted':
      case 'ActionCompleted':
      case 'ActionAbandoned':
      case 'IndicatorTargetSet':
      case 'IndicatorReported':
      case 'IndicatorReportCorrected':
      case 'ObjectivesConventionSigned':
      case 'IndicatorValueDrafted':
      case 'DeclarationValidated':
      case 'DeclarationSentBack':
      case 'CampaignClosed':
      case 'CampaignReopenedForCci':
        return [];
    }
  },
  initial(documentId) {
    const [, regionId = '', year = ''] = documentId.split(':');
    return { regionId, year: Number(year), version: 0, review: null, editions: {}, lastRecordedAt: null };
  },
  evolve(doc, event) {
    if (event.type !== 'SromAnnualReviewRecorded' && event.type !== 'AnnualReportPresented') return doc;
    if (event.aggregateVersion <= doc.version) return doc;
    const moved = {
      ...doc,
      version: event.aggregateVersion,
      lastRecordedAt: laterOf(doc.lastRecordedAt, event.recordedAt),
    };
    if (event.type === 'SromAnnualReviewRecorded') {
      const { reviewedOn, bodyId, summary } = event.payload;
      return { ...moved, review: { ...recordedBy(event), reviewedOn, bodyId, summary } };
    }
    const { edition, presentedOn, bodyId, deliberation, snapshot } = event.payload;
    return {
      ...moved,
      editions: {
        ...doc.editions,
        [String(edition)]: { ...recordedBy(event), edition, presentedOn, bodyId, deliberation, snapshot },
      },
    };
  },
  summarize: (doc) => doc,
};
