import type { EventOfType } from '../../events/envelope.js';

export type DeclarationEvent = EventOfType<
  | 'IndicatorReported'
  | 'IndicatorReportCorrected'
  | 'IndicatorValueDrafted'
  | 'DeclarationValidated'
  | 'DeclarationSentBack'
>;

/**
 * Where a CCI's figure for one indicator and period stands (`indicator-report:<cci>:<indicator>:<period>`):
 * à déclarer (nothing declared, maybe a draft), déclarée, validée or renvoyée by the region. A figure
 * reported before campaigns existed is simply déclarée.
 */
export type DeclarationStatus = 'a-declarer' | 'declaree' | 'validee' | 'renvoyee';

export type Figure = { value: number; unitId: string; comment: string | null };

export type DeclarationState = {
  kind: 'declaration';
  /** Every event counts, drafts included: the version a CCI's `expectedVersion` names. */
  version: number;
  status: DeclarationStatus;
  /** The declared figure and the version of the event that declared it (what the region validates). */
  declared: (Figure & { version: number }) | null;
  /** The CCI's draft, which the region does not see; a declaration consumes it. */
  draft: Figure | null;
  /** The region's comment when it sent the declaration back, until the CCI declares again. */
  sentBackComment: string | null;
  /** When the latest event occurred: a later one never occurs before it, so business time follows versions. */
  lastOccurredAt: string | null;
};

export function initialDeclarationState(): DeclarationState {
  return {
    kind: 'declaration',
    version: 0,
    status: 'a-declarer',
    declared: null,
    draft: null,
    sentBackComment: null,
    lastOccurredAt: null,
  };
}

export function evolveDeclaration(state: DeclarationState, event: DeclarationEvent): DeclarationState {
  const moved = { ...state, version: event.aggregateVersion, lastOccurredAt: event.occurredAt };
  switch (event.type) {
    case 'IndicatorReported':
    case 'IndicatorReportCorrected': {
      const { value, unitId, comment } = event.payload;
      return {
        ...moved,
        status: 'declaree',
        declared: { version: event.aggregateVersion, value, unitId, comment },
        draft: null,
        sentBackComment: null,
      };
    }
    case 'IndicatorValueDrafted': {
      const { value, unitId, comment } = event.payload;
      return { ...moved, draft: { value, unitId, comment } };
    }
    case 'DeclarationValidated':
      return { ...moved, status: 'validee', sentBackComment: null };
    case 'DeclarationSentBack':
      return { ...moved, status: 'renvoyee', sentBackComment: event.payload.comment };
  }
}

export function sameFigure(a: Figure | null, b: Figure): boolean {
  return a !== null && a.value === b.value && a.unitId === b.unitId && a.comment === b.comment;
}
