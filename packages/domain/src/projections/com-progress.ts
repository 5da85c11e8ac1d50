import { businessTime, type DomainEvent, type EventOfType } from '../events/envelope.js';
import type { DecidedBy } from '../events/fields.js';
import type { Aggregation, ReportingFrequency } from '../reference/ids.js';
import type { ReferenceData } from '../reference/reference-data.js';
import {
  indicatorAuditId,
  type AuditSubject,
  type IndicatorAudit,
  type ReportHistoryEntry,
  type ReviewHistoryEntry,
  type TargetHistoryEntry,
  type TrajectoryHistoryEntry,
} from './indicator-audit.js';
import { indicatorFigures, type IndicatorYears, type PeriodFigures } from './indicator-figures.js';
import { indicatorForCci, laterOf, ProjectionError, type Projection, type Provenance } from './projection.js';

/**
 * Regional COM progress, one document per region and indicator (`com-progress:<regionId>:<indicatorId>`):
 * the value each CCI declared per period as it stands (corrections counted, the region's review:
 * validated, sent back), the annual targets and trajectories, the figures per year (actual, target,
 * attainment) per CCI and for the region, and per period the region's value and the reporting
 * completeness (expected, received, on time) against the deadline the reporting calendar sets. The
 * region's figures count every declared value; the national consolidation counts validated ones only.
 * Drafts never come here: the region does not see them. Who recorded each value and why, and every
 * earlier value, are in the indicator's audit (`indicator-audit.ts`): a report rewrites the current
 * state here and one small audit there.
 */

/** A declaration as the region sees it; a value reported before campaigns existed is déclarée. */
export type ReviewStatus = 'declaree' | 'validee' | 'renvoyee';

/**
 * When a cell changed: what an "as of" view needs to keep the cell as it is, leave it out, or rebuild
 * it from its audit (`indicator-audit.ts`).
 */
export type CellSpan = {
  /** Business time of the cell's earliest value. */
  firstAt: string;
  /** Business time of its latest change of any kind (a review included). */
  lastAt: string;
  /** When its latest change of any kind was recorded. */
  lastRecordedAt: string;
};

export type ReportCell = {
  /** The latest version of the declaration this model saw (drafts are not seen). */
  version: number;
  value: number;
  comment: string | null;
  status: ReviewStatus;
  /** The validated value, while the declaration stays validated. */
  validatedValue: number | null;
  /** The region's comment, while the declaration stays sent back. */
  sentBackComment: string | null;
  /** When the platform first received a value for this period: what "on time" is judged on. */
  firstRecordedAt: string;
  lastRecordedAt: string;
  deadline: string | null;
  onTime: boolean | null;
  corrections: number;
  span: CellSpan;
};

export type TargetCell = { version: number; target: number; span: CellSpan };

/** The frame of a CCI's yearly targets: where it starts from and where the COM's last year must end. */
export type TrajectoryCell = {
  version: number;
  baseline: { year: number; value: number };
  finalTarget: number;
  /** The body that decided the latest revision. */
  decidedBy: DecidedBy;
  revisions: number;
  span: CellSpan;
};

export type ComIndicatorProgress = {
  regionId: string;
  comId: string;
  indicatorId: string;
  axisId: string;
  unitId: string;
  aggregation: Aggregation;
  frequency: ReportingFrequency;
  /** reports[cciId][period] */
  reports: Record<string, Record<string, ReportCell>>;
  /** targets[cciId][year]: a target set on the regional CCI is the region's target. */
  targets: Record<string, Record<string, TargetCell>>;
  /** trajectories[cciId]: the baseline and final target framing the yearly targets, with each revision. */
  trajectories: Record<string, TrajectoryCell>;
  /** years[year]: the region's figures and each CCI's. */
  years: IndicatorYears;
  /** periods[period], for every period of the reporting calendar at the indicator's frequency. */
  periods: Record<string, PeriodFigures>;
  lastRecordedAt: string | null;
};

export const comProgressId = (regionId: string, indicatorId: string) =>
  `com-progress:${regionId}:${indicatorId}`;

/** The span of a cell rebuilt from its audit's entries, as the cell would have kept it. */
function spanOf(values: readonly Provenance[], others: readonly Provenance[] = []): CellSpan {
  let firstAt: string | null = null;
  for (const e of values) if (firstAt === null || Date.parse(e.at) < Date.parse(firstAt)) firstAt = e.at;
  let lastAt: string | null = null;
  let lastRecordedAt: string | null = null;
  for (const e of [...values, ...others]) {
    lastAt = laterOf(lastAt, e.at);
    lastRecordedAt = laterOf(lastRecordedAt, e.recordedAt);
  }
  if (firstAt === null || lastAt === null || lastRecordedAt === null)
    throw new Error('a cell has at least one value');
  return { firstAt, lastAt, lastRecordedAt };
}

/** A cell's span after one more change; a value may be the earliest, a review never is. */
function spanAfter(span: CellSpan | undefined, event: DomainEvent, isValue: boolean): CellSpan {
  const at = new Date(businessTime(event)).toISOString();
  const firstAt =
    span === undefined || (isValue && Date.parse(at) < Date.parse(span.firstAt)) ? at : span.firstAt;
  return {
    firstAt,
    lastAt: laterOf(span?.lastAt ?? null, at),
    lastRecordedAt: laterOf(span?.lastRecordedAt ?? null, event.recordedAt),
  };
}

function onTime(firstRecordedAt: string, deadline: string | null): boolean | null {
  return deadline === null ? null : Date.parse(firstRecordedAt) <= Date.parse(deadline);
}

function reportCellFromAudit(
  history: ReportHistoryEntry[],
  reviews: ReviewHistoryEntry[],
  deadline: string | null,
): ReportCell {
  const first = history[0];
  const last = history.at(-1);
  if (!first || !last) throw new Error('a report cell has at least one history entry');
  const review = reviews.at(-1);
  const reviewed = review !== undefined && review.version > last.version ? review : null;
  return {
    version: Math.max(last.version, review?.version ?? 0),
    value: last.value,
    comment: last.comment,
    status: reviewed === null ? 'declaree' : reviewed.kind === 'validated' ? 'validee' : 'renvoyee',
    validatedValue: reviewed?.kind === 'validated' ? reviewed.value : null,
    sentBackComment: reviewed?.kind === 'sent-back' ? reviewed.comment : null,
    firstRecordedAt: first.recordedAt,
    lastRecordedAt: last.recordedAt,
    deadline,
    onTime: onTime(first.recordedAt, deadline),
    corrections: history.filter((e) => e.kind === 'corrected').length,
    span: spanOf(history, reviews),
  };
}

function targetCellFromAudit(history: TargetHistoryEntry[]): TargetCell {
  const last = history.at(-1);
  if (!last) throw new Error('a target cell has at least one history entry');
  return { version: last.version, target: last.target, span: spanOf(history) };
}

function trajectoryCellFromAudit(history: TrajectoryHistoryEntry[]): TrajectoryCell {
  const last = history.at(-1);
  if (!last) throw new Error('a trajectory cell has at least one history entry');
  return {
    version: last.version,
    baseline: last.baseline,
    finalTarget: last.finalTarget,
    decidedBy: last.decidedBy,
    revisions: history.length,
    span: spanOf(history),
  };
}

function indicatorOf(reference: ReferenceData, indicatorId: string) {
  const indicator = reference.indicator(indicatorId);
  if (!indicator) throw new ProjectionError(`Indicateur inconnu : « ${indicatorId} ».`);
  return indicator;
}

/**
 * A cell keeps the latest version of its aggregate it saw: an aggregate's events come in order (one
 * partition), so an event at or below that version is one already applied.
 */
const seen = (cell: { version: number } | undefined, event: DomainEvent) =>
  cell !== undefined && event.aggregateVersion <= cell.version;

function evolveReport(
  doc: ComIndicatorProgress,
  event: EventOfType<'IndicatorReported' | 'IndicatorReportCorrected'>,
  reference: ReferenceData,
): ComIndicatorProgress {
  const p = event.payload;
  const row = doc.reports[p.cciId] ?? {};
  const cell = row[p.period];
  if (seen(cell, event)) return doc;
  const deadline = reference.reportingDeadline(doc.comId, p.period) ?? null;
  const firstRecordedAt = cell?.firstRecordedAt ?? event.recordedAt;
  const updated: ReportCell = {
    version: event.aggregateVersion,
    value: p.value,
    comment: p.comment,
    status: 'declaree',
    validatedValue: null,
    sentBackComment: null,
    firstRecordedAt,
    lastRecordedAt: event.recordedAt,
    deadline,
    onTime: onTime(firstRecordedAt, deadline),
    corrections: (cell?.corrections ?? 0) + (event.type === 'IndicatorReportCorrected' ? 1 : 0),
    span: spanAfter(cell?.span, event, true),
  };
  return {
    ...doc,
    reports: { ...doc.reports, [p.cciId]: { ...row, [p.period]: updated } },
    lastRecordedAt: laterOf(doc.lastRecordedAt, event.recordedAt),
  };
}

function evolveReview(
  doc: ComIndicatorProgress,
  event: EventOfType<'DeclarationValidated' | 'DeclarationSentBack'>,
): ComIndicatorProgress {
  const p = event.payload;
  const row = doc.reports[p.cciId] ?? {};
  const cell = row[p.period];
  if (!cell) {
    throw new ProjectionError(
      `Revue d'une déclaration jamais reçue : ${p.cciId}, ${p.indicatorId}, ${p.period}.`,
    );
  }
  if (seen(cell, event)) return doc;
  const updated: ReportCell = {
    ...cell,
    version: event.aggregateVersion,
    status: event.type === 'DeclarationValidated' ? 'validee' : 'renvoyee',
    validatedValue: event.type === 'DeclarationValidated' ? event.payload.value : null,
    sentBackComment: event.type === 'DeclarationSentBack' ? event.payload.comment : null,
    span: spanAfter(cell.span, event, false),
  };
  return {
    ...doc,
    reports: { ...doc.reports, [p.cciId]: { ...row, [p.period]: updated } },
    lastRecordedAt: laterOf(doc.lastRecordedAt, event.recordedAt),
  };
}

function evolveTarget(
  doc: ComIndicatorProgress,
  event: EventOfType<'IndicatorTargetSet'>,
): ComIndicatorProgress {
  const p = event.payload;
  const row = doc.targets[p.cciId] ?? {};
  const year = String(p.year);
  const cell = row[year];
  if (seen(cell, event)) return doc;
  const updated: TargetCell = {
    version: event.aggregateVersion,
    target: p.target,
    span: spanAfter(cell?.span, event, true),
  };
  return {
    ...doc,
    targets: { ...doc.targets, [p.cciId]: { ...row, [year]: updated } },
    lastRecordedAt: laterOf(doc.lastRecordedAt, event.recordedAt),
  };
}

function evolveTrajectory(
  doc: ComIndicatorProgress,
  event: EventOfType<'IndicatorTrajectorySet'>,
): ComIndicatorProgress {
  const p = event.payload;
  const cell = doc.trajectories[p.cciId];
  if (seen(cell, event)) return doc;
  const updated: TrajectoryCell = {
    version: event.aggregateVersion,
    baseline: p.baseline,
    finalTarget: p.finalTarget,
    decidedBy: p.decidedBy,
    revisions: (cell?.revisions ?? 0) + 1,
    span: spanAfter(cell?.span, event, true),
  };
  return {
    ...doc,
    trajectories: { ...doc.trajectories, [p.cciId]: updated },
    lastRecordedAt: laterOf(doc.lastRecordedAt, event.recordedAt),
  };
}

/** The targets' values by CCI and year; the reports' cells already carry what the figures read. */
function targetValues(doc: ComIndicatorProgress): Record<string, Record<string, number>> {
  const targets: Record<string, Record<string, number>> = {};
  for (const [cciId, row] of Object.entries(doc.targets)) {
    targets[cciId] = Object.fromEntries(Object.entries(row).map(([year, cell]) => [year, cell.target]));
  }
  return targets;
}

export const comProgress: Projection<ComIndicatorProgress> = {
  name: 'com-progress',
  version: 6,
  handles: [
    'IndicatorReported',
    'IndicatorReportCorrected',
    'IndicatorTargetSet',
    'IndicatorTrajectorySet',
    'DeclarationValidated',
    'DeclarationSentBack',
  ],
  documentIds(event, reference) {
    switch (event.type) {
      case 'IndicatorReported':
      case 'IndicatorReportCorrected':
      case 'IndicatorTargetSet':
      case 'IndicatorTrajectorySet':
      case 'DeclarationValidated':
      case 'DeclarationSentBack': {
        const indicator = indicatorForCci(reference, event.payload.indicatorId, event.payload.cciId);
        return [comProgressId(indicator.regionId, indicator.id)];
      }
      case 'IndicatorValueDrafted':
      case 'CampaignClosed':
      case 'CampaignReopenedForCci':
      case 'SromAnnualReviewRecorded':
      case 'AnnualReportPresented':
      case 'PersonInvited':
      case 'PersonRolesChanged':
      case 'PersonRemoved':
      case 'NoticePreferencesChanged':
      case 'MachineKeyIssued':
      case 'MachineKeyRevoked':
      case 'ProcessModeChanged':
      case 'ProcessModeTargetSet':
      case 'ActionPlanned':
      case 'ActionStarted':
      case 'ActionCompleted':
      case 'ActionAbandoned':
      case 'ObjectivesConventionSigned':
        return [];
    }
  },
  initial(documentId, reference) {
    const [, regionId = '', indicatorId = ''] = documentId.split(':');
    const indicator = indicatorOf(reference, indicatorId);
    return {
      regionId,
      comId: indicator.comId,
      indicatorId,
      axisId: indicator.axisId,
      unitId: indicator.unitId,
      aggregation: indicator.aggregation,
      frequency: indicator.frequency,
      reports: {},
      targets: {},
      trajectories: {},
      years: {},
      periods: {},
      lastRecordedAt: null,
    };
  },
  evolve(doc, event, reference) {
    if (event.type === 'IndicatorReported' || event.type === 'IndicatorReportCorrected')
      return evolveReport(doc, event, reference);
    if (event.type === 'DeclarationValidated' || event.type === 'DeclarationSentBack')
      return evolveReview(doc, event);
    if (event.type === 'IndicatorTargetSet') return evolveTarget(doc, event);
    if (event.type === 'IndicatorTrajectorySet') return evolveTrajectory(doc, event);
    return doc;
  },
  summarize(doc, reference) {
    return {
      ...doc,
      ...indicatorFigures({ ...doc, values: doc.reports, targets: targetValues(doc) }, reference),
    };
  },
};

/** How a cell stood at an instant: as it is now, not there yet, or changed since (its audit tells). */
function standing(span: CellSpan, instantMs: number): 'as-now' | 'absent' | 'changed-since' {
  if (Date.parse(span.lastAt) <= instantMs) return 'as-now';
  return Date.parse(span.firstAt) > instantMs ? 'absent' : 'changed-since';
}

/** Every cell of the document, with the id of its audit. */
function* cellsOf(doc: ComIndicatorProgress) {
  const audit = (cciId: string, subject: AuditSubject) =>
    indicatorAuditId(doc.regionId, doc.indicatorId, cciId, subject);
  for (const [cciId, row] of Object.entries(doc.reports))
    for (const [period, cell] of Object.entries(row))
      yield { cciId, span: cell.span, auditId: audit(cciId, { kind: 'report', period }) };
  for (const [cciId, row] of Object.entries(doc.targets))
    for (const [year, cell] of Object.entries(row))
      yield { cciId, span: cell.span, auditId: audit(cciId, { kind: 'target', year }) };
  for (const [cciId, cell] of Object.entries(doc.trajectories))
    yield { cciId, span: cell.span, auditId: audit(cciId, { kind: 'trajectory' }) };
}

/** The audits of every cell of the document, or of one CCI's: what the indicator's audit trail reads. */
export function indicatorAuditIds(doc: ComIndicatorProgress, cciId?: string): string[] {
  return [...cellsOf(doc)].filter((c) => cciId === undefined || c.cciId === cciId).map((c) => c.auditId);
}

/** The audits an "as of" view of the document reads: those of the cells that changed since the instant. */
export function auditsAsOf(doc: ComIndicatorProgress, instantMs: number): string[] {
  return [...cellsOf(doc)]
    .filter((c) => standing(c.span, instantMs) === 'changed-since')
    .map((c) => c.auditId);
}

/**
 * The indicator as it stood at an instant: values and targets known then, and their figures. A cell
 * that changed since is rebuilt from its audit, which `audits` must hold (`auditsAsOf` names them).
 */
export function comProgressAsOf(
  doc: ComIndicatorProgress,
  audits: ReadonlyMap<string, IndicatorAudit>,
  instantMs: number,
  reference: ReferenceData,
): ComIndicatorProgress {
  const kept = <E extends { at: string }>(history: E[]) =>
    history.filter((e) => Date.parse(e.at) <= instantMs);
  const auditOf = <K extends IndicatorAudit['kind']>(cciId: string, subject: AuditSubject & { kind: K }) => {
    const id = indicatorAuditId(doc.regionId, doc.indicatorId, cciId, subject);
    const audit = audits.get(id);
    if (audit?.kind !== subject.kind) throw new Error(`the "as of" view needs the audit ${id}`);
    return audit as Extract<IndicatorAudit, { kind: K }>;
  };
  let lastRecordedAt: string | null = null;
  const reports: ComIndicatorProgress['reports'] = {};
  for (const [cciId, row] of Object.entries(doc.reports)) {
    for (const [period, cell] of Object.entries(row)) {
      const standingAt = standing(cell.span, instantMs);
      if (standingAt === 'absent') continue;
      let asThen = cell;
      if (standingAt === 'changed-since') {
        const audit = auditOf(cciId, { kind: 'report', period });
        asThen = reportCellFromAudit(kept(audit.history), kept(audit.reviews), cell.deadline);
      }
      reports[cciId] = { ...reports[cciId], [period]: asThen };
      lastRecordedAt = laterOf(lastRecordedAt, asThen.span.lastRecordedAt);
    }
  }
  const targets: ComIndicatorProgress['targets'] = {};
  for (const [cciId, row] of Object.entries(doc.targets)) {
    for (const [year, cell] of Object.entries(row)) {
      const standingAt = standing(cell.span, instantMs);
      if (standingAt === 'absent') continue;
      const asThen =
        standingAt === 'as-now'
          ? cell
          : targetCellFromAudit(kept(auditOf(cciId, { kind: 'target', year }).history));
      targets[cciId] = { ...targets[cciId], [year]: asThen };
      lastRecordedAt = laterOf(lastRecordedAt, asThen.span.lastRecordedAt);
    }
  }
  const trajectories: ComIndicatorProgress['trajectories'] = {};
  for (const [cciId, cell] of Object.entries(doc.trajectories)) {
    const standingAt = standing(cell.span, instantMs);
    if (standingAt === 'absent') continue;
    const asThen =
      standingAt === 'as-now'
        ? cell
        : trajectoryCellFromAudit(kept(auditOf(cciId, { kind: 'trajectory' }).history));
    trajectories[cciId] = asThen;
    lastRecordedAt = laterOf(lastRecordedAt, asThen.span.lastRecordedAt);
  }
  return comProgress.summarize({ ...doc, reports, targets, trajectories, lastRecordedAt }, reference);
}
