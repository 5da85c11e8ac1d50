import type { DomainEvent } from '../events/envelope.js';
import type { DecidedBy } from '../events/fields.js';
import {
  indicatorForCci,
  provenanceOf,
  ProjectionError,
  withEntry,
  type Projection,
  type Provenance,
} from './projection.js';

/**
 * The audit of the COM indicators: every value reported or corrected, every review, every target and
 * trajectory set, with who recorded it, when and why. One document per aggregate, so per cell of the
 * COM progress (`indicator-audit:<regionId>:<indicatorId>:<cciId>:<subject>`, the subject being
 * `report:<period>`, `target:<year>` or `trajectory`): entries are only ever added to it, and an event
 * rewrites a document of a few entries, not the indicator's whole history. The COM progress keeps the
 * current state; the audit drawer and the "as of" views read here.
 */

export type ReportHistoryEntry = Provenance & {
  kind: 'reported' | 'corrected';
  value: number;
  previousValue: number | null;
  unitId: string;
  comment: string | null;
  reason: string | null;
};

/** The region's review of a declaration: validated (with the value it validated) or sent back (with its comment). */
export type ReviewHistoryEntry = Provenance & {
  kind: 'validated' | 'sent-back';
  declaredVersion: number;
  value: number | null;
  comment: string | null;
};

export type TargetHistoryEntry = Provenance & {
  target: number;
  rationale: string | null;
  /** The body that decided it, null when unknown (events before it was recorded included). */
  decidedBy: DecidedBy;
};

export type TrajectoryHistoryEntry = Provenance & {
  baseline: { year: number; value: number };
  finalTarget: number;
  rationale: string | null;
  decidedBy: DecidedBy;
};

type AuditOf = { regionId: string; indicatorId: string; cciId: string };
export type ReportAudit = AuditOf & {
  kind: 'report';
  period: string;
  history: ReportHistoryEntry[];
  reviews: ReviewHistoryEntry[];
};
export type TargetAudit = AuditOf & { kind: 'target'; year: string; history: TargetHistoryEntry[] };
export type TrajectoryAudit = AuditOf & { kind: 'trajectory'; history: TrajectoryHistoryEntry[] };
export type IndicatorAudit = ReportAudit | TargetAudit | TrajectoryAudit;

/** What an audit is of, within one CCI's row of an indicator. */
export type AuditSubject =
  { kind: 'report'; period: string } | { kind: 'target'; year: string } | { kind: 'trajectory' };

export function indicatorAuditId(
  regionId: string,
  indicatorId: string,
  cciId: string,
  subject: AuditSubject,
): string {
  const prefix = `indicator-audit:${regionId}:${indicatorId}:${cciId}`;
  switch (subject.kind) {
    case 'report':
      return `${prefix}:report:${subject.period}`;
    case 'target':
      return `${prefix}:target:${subject.year}`;
    case 'trajectory':
      return `${prefix}:trajectory`;
  }
}

/** An audit document's id, from what it says it is of. */
export function idOfIndicatorAudit(audit: IndicatorAudit): string {
  const subject: AuditSubject =
    audit.kind === 'report'
      ? { kind: 'report', period: audit.period }
      : audit.kind === 'target'
        ? { kind: 'target', year: audit.year }
        : { kind: 'trajectory' };
  return indicatorAuditId(audit.regionId, audit.indicatorId, audit.cciId, subject);
}

/** The cell an event is about: its indicator, its CCI and its subject. */
function cellOf(event: DomainEvent): { indicatorId: string; cciId: string; subject: AuditSubject } | null {
  if (
    event.type === 'IndicatorReported' ||
    event.type === 'IndicatorReportCorrected' ||
    event.type === 'DeclarationValidated' ||
    event.type === 'DeclarationSentBack'
  ) {
    const { indicatorId, cciId, period } = event.payload;
    return { indicatorId, cciId, subject: { kind: 'report', period } };
  }
  if (event.type === 'IndicatorTargetSet') {
    const { indicatorId, cciId, year } = event.payload;
    return { indicatorId, cciId, subject: { kind: 'target', year: String(year) } };
  }
  if (event.type === 'IndicatorTrajectorySet') {
    const { indicatorId, cciId } = event.payload;
    return { indicatorId, cciId, subject: { kind: 'trajectory' } };
  }
  return null;
}

function reportEntry(event: DomainEvent): ReportHistoryEntry | null {
  if (event.type !== 'IndicatorReported' && event.type !== 'IndicatorReportCorrected') return null;
  const p = event.payload;
  return {
    ...provenanceOf(event),
    kind: event.type === 'IndicatorReported' ? 'reported' : 'corrected',
    value: p.value,
    previousValue: event.type === 'IndicatorReportCorrected' ? event.payload.previousValue : null,
    unitId: p.unitId,
    comment: p.comment,
    reason: event.type === 'IndicatorReportCorrected' ? event.payload.reason : null,
  };
}

function reviewEntry(event: DomainEvent): ReviewHistoryEntry | null {
  if (event.type !== 'DeclarationValidated' && event.type !== 'DeclarationSentBack') return null;
  return {
    ...provenanceOf(event),
    kind: event.type === 'DeclarationValidated' ? 'validated' : 'sent-back',
    declaredVersion: event.payload.declaredVersion,
    value: event.type === 'DeclarationValidated' ? event.payload.value : null,
    comment: event.type === 'DeclarationSentBack' ? event.payload.comment : null,
  };
}

function evolveReportAudit(audit: ReportAudit, event: DomainEvent): ReportAudit {
  const reported = reportEntry(event);
  if (reported) {
    const history = withEntry(audit.history, reported);
    return history ? { ...audit, history } : audit;
  }
  const reviewed = reviewEntry(event);
  if (!reviewed) return audit;
  if (audit.history.length === 0) {
    throw new ProjectionError(
      `Revue d'une déclaration jamais reçue : ${audit.cciId}, ${audit.indicatorId}, ${audit.period}.`,
    );
  }
  const reviews = withEntry(audit.reviews, reviewed);
  return reviews ? { ...audit, reviews } : audit;
}

export const indicatorAudit: Projection<IndicatorAudit> = {
  name: 'indicator-audit',
  version: 1,
  handles: [
    'IndicatorReported',
    'IndicatorReportCorrected',
    'IndicatorTargetSet',
    'IndicatorTrajectorySet',
    'DeclarationValidated',
    'DeclarationSentBack',
  ],
  documentIds(event, reference) {
    const cell = cellOf(event);
    if (cell === null) return [];
    const indicator = indicatorForCci(reference, cell.indicatorId, cell.cciId);
    return [indicatorAuditId(indicator.regionId, indicator.id, cell.cciId, cell.subject)];
  },
  initial(documentId) {
    const [, regionId = '', indicatorId = '', cciId = '', kind, key = ''] = documentId.split(':');
    const of = { regionId, indicatorId, cciId };
    if (kind === 'report') return { ...of, kind, period: key, history: [], reviews: [] };
    if (kind === 'target') return { ...of, kind, year: key, history: [] };
    return { ...of, kind: 'trajectory', history: [] };
  },
  evolve(audit, event) {
    switch (audit.kind) {
      case 'report':
        return evolveReportAudit(audit, event);
      case 'target': {
        if (event.type !== 'IndicatorTargetSet') return audit;
        const p = event.payload;
        const entry = {
          ...provenanceOf(event),
          target: p.target,
          rationale: p.rationale ?? null,
          decidedBy: p.decidedBy,
        };
        const history = withEntry(audit.history, entry);
        return history ? { ...audit, history } : audit;
      }
      case 'trajectory': {
        if (event.type !== 'IndicatorTrajectorySet') return audit;
        const p = event.payload;
        const entry = {
          ...provenanceOf(event),
          baseline: p.baseline,
          finalTarget: p.finalTarget,
          rationale: p.rationale ?? null,
          decidedBy: p.decidedBy,
        };
        const history = withEntry(audit.history, entry);
        return history ? { ...audit, history } : audit;
      }
    }
  },
  summarize: (audit) => audit,
};
