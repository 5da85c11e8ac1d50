import type { EventOfType } from '../events/envelope.js';
import { indicatorForCci, laterOf, writable, type Projection } from './projection.js';
import { authorDisplayName } from '../events/author.js';

/**
 * A CCI's own entry sheet for one period (`declaration-drafts:<cciId>:<period>`), which only that CCI
 * reads: per indicator, the draft it keeps (which the region does not see) and the declaration's
 * latest version, drafts included, which its next command names as `expectedVersion`. A declaration
 * consumes the draft.
 */

export type DraftEntry = {
  version: number;
  draft: {
    value: number;
    unitId: string;
    comment: string | null;
    draftedAt: string;
    person: string | null;
  } | null;
};

export type DeclarationDrafts = {
  cciId: string;
  period: string;
  /** indicators[indicatorId] */
  indicators: Record<string, DraftEntry>;
  lastRecordedAt: string | null;
};

export const declarationDraftsId = (cciId: string, period: string) => `declaration-drafts:${cciId}:${period}`;

/** The CCI whose entry sheet a document is, from its id; null for another document. */
export function declarationDraftsOwner(documentId: string): string | null {
  const [kind, cciId] = documentId.split(':');
  return kind === 'declaration-drafts' && cciId ? cciId : null;
}

type DeclarationEvent = EventOfType<
  | 'IndicatorReported'
  | 'IndicatorReportCorrected'
  | 'IndicatorValueDrafted'
  | 'DeclarationValidated'
  | 'DeclarationSentBack'
>;

function evolveEntry(entry: DraftEntry, event: DeclarationEvent): DraftEntry {
  const version = event.aggregateVersion;
  switch (event.type) {
    case 'IndicatorValueDrafted': {
      const { value, unitId, comment } = event.payload;
      return {
        version,
        draft: {
          value,
          unitId,
          comment,
          draftedAt: event.recordedAt,
          person: authorDisplayName(event.author),
        },
      };
    }
    case 'IndicatorReported':
    case 'IndicatorReportCorrected':
      return { version, draft: null };
    case 'DeclarationValidated':
    case 'DeclarationSentBack':
      return { ...entry, version };
  }
}

export const declarationDrafts: Projection<DeclarationDrafts> = {
  name: 'declaration-drafts',
  version: 1,
  handles: [
    'IndicatorReported',
    'IndicatorReportCorrected',
    'IndicatorValueDrafted',
    'DeclarationValidated',
    'DeclarationSentBack',
  ],
  documentIds(event, reference) {
    switch (event.type) {
      case 'IndicatorReported':
      case 'IndicatorReportCorrected':
      case 'IndicatorValueDrafted':
      case 'DeclarationValidated':
      case 'DeclarationSentBack':
        indicatorForCci(reference, event.payload.indicatorId, event.payload.cciId);
        return [declarationDraftsId(event.payload.cciId, event.payload.period)];
      case 'ProcessModeChanged':
      case 'ProcessModeTargetSet':
      case 'ActionPlanned':
      case 'ActionStarted':
      case 'ActionCompleted':
      case 'ActionAbandoned':
      case 'IndicatorTargetSet':
      case 'ObjectivesConventionSigned':
      case 'CampaignClosed':
      case 'CampaignReopenedForCci':
      case 'SromAnnualReviewRecorded':
      case 'AnnualReportPresented':
      case 'PersonInvited':
      case 'PersonRolesChanged':
      case 'PersonRemoved':
      case 'NoticePreferencesChanged':
      case 'MachineKeyIssued':
      case 'IndicatorTrajectorySet':
      case 'MachineKeyRevoked':
        return [];
    }
  },
  initial(documentId) {
    const [, cciId = '', period = ''] = documentId.split(':');
    return { cciId, period, indicators: {}, lastRecordedAt: null };
  },
  evolve(doc, event, _reference, copies) {
    switch (event.type) {
      case 'IndicatorReported':
      case 'IndicatorReportCorrected':
      case 'IndicatorValueDrafted':
      case 'DeclarationValidated':
      case 'DeclarationSentBack': {
        const { indicatorId } = event.payload;
        const entry = doc.indicators[indicatorId] ?? { version: 0, draft: null };
        if (event.aggregateVersion <= entry.version) return doc;
        const next = writable(doc, copies);
        const indicators = (next.indicators = writable(doc.indicators, copies));
        indicators[indicatorId] = evolveEntry(entry, event);
        next.lastRecordedAt = laterOf(doc.lastRecordedAt, event.recordedAt);
        return next;
      }
      case 'ProcessModeChanged':
      case 'ProcessModeTargetSet':
      case 'ActionPlanned':
      case 'ActionStarted':
      case 'ActionCompleted':
      case 'ActionAbandoned':
      case 'IndicatorTargetSet':
      case 'ObjectivesConventionSigned':
      case 'CampaignClosed':
      case 'CampaignReopenedForCci':
      case 'SromAnnualReviewRecorded':
      case 'AnnualReportPresented':
      case 'PersonInvited':
      case 'PersonRolesChanged':
      case 'PersonRemoved':
      case 'NoticePreferencesChanged':
      case 'MachineKeyIssued':
      case 'IndicatorTrajectorySet':
      case 'MachineKeyRevoked':
        return doc;
    }
  },
  summarize: (doc) => doc,
};
