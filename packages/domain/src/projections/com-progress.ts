import type { DomainEvent, EventOfType } from '../events/envelope.js';
import type { DecidedBy } from '../events/fields.js';
import type { Aggregation, ReportingFrequency } from '../reference/ids.js';
import type { ReferenceData } from '../reference/reference-data.js';
import {
  indicatorFigures,
  targetNumbers,
  type IndicatorYears,
  type PeriodFigures,
} from './indicator-figures.js';
import {
  indicatorForCci,
  laterOf,
  provenanceOf,
  ProjectionError,
  withEntry,
  writable,
  type Projection,
  type Provenance,
  type WorkingCopies,
} from './projection.js';

/**
 * Regional COM progress, one document per region and indicator (`com-progress:<regionId>:<indicatorId>`):
 * the values each CCI declared per period with their history of corrections and comments and the
 * region's reviews (validated, sent back), the annual targets, the figures per year (actual, target,
 * attainment) per CCI and for the region, and per period the region's value and the reporting
 * completeness (expected, received, on time) against the deadline the reporting calendar sets. The
 * region's figures count every declared value; the national consolidation counts validated ones only.
 * Drafts never come here: the region does not see them.
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

/** A declaration as the region sees it; a value reported before campaigns existed is déclarée. */
export type ReviewStatus = 'declaree' | 'validee' | 'renvoyee';

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
  history: ReportHistoryEntry[];
  reviews: ReviewHistoryEntry[];
};

export type TargetHistoryEntry = Provenance & {
  target: number;
  rationale: string | null;
  /** The body that decided it, null when unknown (events before it was recorded included). */
  decidedBy: DecidedBy;
};
export type TargetCell = { version: number; target: number; history: TargetHistoryEntry[] };

export type TrajectoryHistoryEntry = Provenance & {
  baseline: { year: number; value: number };
  finalTarget: number;
  rationale: string | null;
  decidedBy: DecidedBy;
};
/** The frame of a CCI's yearly targets: where it starts from and where the COM's last year must end. */
export type TrajectoryCell = {
  version: number;
  baseline: { year: number; value: number };
  finalTarget: number;
  history: TrajectoryHistoryEntry[];
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

function reportCellFromHistory(
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
    onTime: deadline === null ? null : Date.parse(first.recordedAt) <= Date.parse(deadline),
    corrections: history.filter((e) => e.kind === 'corrected').length,
    history,
    reviews,
  };
}

function targetCellFromHistory(history: TargetHistoryEntry[]): TargetCell {
  const last = history.at(-1);
  if (!last) throw new Error('a target cell has at least one history entry');
  return { version: last.version, target: last.target, history };
}

function trajectoryCellFromHistory(history: TrajectoryHistoryEntry[]): TrajectoryCell {
  const last = history.at(-1);
  if (!last) throw new Error('a trajectory cell has at least one history entry');
  return { version: last.version, baseline: last.baseline, finalTarget: last.finalTarget, history };
}

function indicatorOf(reference: ReferenceData, indicatorId: string) {
  const indicator = reference.indicator(indicatorId);
  if (!indicator) throw new ProjectionError(`Indicateur inconnu : « ${indicatorId} ».`);
  return indicator;
}

/** `doc` with a report cell set, and the event's time as its latest. */
function withReportCell(
  doc: ComIndicatorProgress,
  cciId: string,
  period: string,
  cell: ReportCell,
  event: DomainEvent,
  copies: WorkingCopies | undefined,
): ComIndicatorProgress {
  const next = writable(doc, copies);
  const reports = (next.reports = writable(doc.reports, copies));
  const row = (reports[cciId] = writable(reports[cciId] ?? {}, copies));
  row[period] = cell;
  next.lastRecordedAt = laterOf(doc.lastRecordedAt, event.recordedAt);
  return next;
}

function evolveReport(
  doc: ComIndicatorProgress,
  event: DomainEvent,
  reference: ReferenceData,
  copies: WorkingCopies | undefined,
): ComIndicatorProgress {
  if (event.type !== 'IndicatorReported' && event.type !== 'IndicatorReportCorrected') return doc;
  const p = event.payload;
  const entry: ReportHistoryEntry = {
    ...provenanceOf(event),
    kind: event.type === 'IndicatorReported' ? 'reported' : 'corrected',
    value: p.value,
    previousValue: event.type === 'IndicatorReportCorrected' ? event.payload.previousValue : null,
    unitId: p.unitId,
    comment: p.comment,
    reason: event.type === 'IndicatorReportCorrected' ? event.payload.reason : null,
  };
  const row = doc.reports[p.cciId] ?? {};
  const cell = row[p.period];
  const history = withEntry(cell?.history ?? [], entry);
  if (!history) return doc;
  const deadline = reference.reportingDeadline(doc.comId, p.period) ?? null;
  const next = reportCellFromHistory(history, cell?.reviews ?? [], deadline);
  return withReportCell(doc, p.cciId, p.period, next, event, copies);
}

function evolveReview(
  doc: ComIndicatorProgress,
  event: DomainEvent,
  copies: WorkingCopies | undefined,
): ComIndicatorProgress {
  if (event.type !== 'DeclarationValidated' && event.type !== 'DeclarationSentBack') return doc;
  const p = event.payload;
  const row = doc.reports[p.cciId] ?? {};
  const cell = row[p.period];
  if (!cell) {
    throw new ProjectionError(
      `Revue d'une déclaration jamais reçue : ${p.cciId}, ${p.indicatorId}, ${p.period}.`,
    );
  }
  const entry: ReviewHistoryEntry = {
    ...provenanceOf(event),
    kind: event.type === 'DeclarationValidated' ? 'validated' : 'sent-back',
    declaredVersion: p.declaredVersion,
    value: event.type === 'DeclarationValidated' ? event.payload.value : null,
    comment: event.type === 'DeclarationSentBack' ? event.payload.comment : null,
  };
  const reviews = withEntry(cell.reviews, entry);
  if (!reviews) return doc;
  const next = reportCellFromHistory(cell.history, reviews, cell.deadline);
  return withReportCell(doc, p.cciId, p.period, next, event, copies);
}

function evolveTarget(
  doc: ComIndicatorProgress,
  event: DomainEvent,
  copies: WorkingCopies | undefined,
): ComIndicatorProgress {
  if (event.type !== 'IndicatorTargetSet') return doc;
  const p = event.payload;
  const entry: TargetHistoryEntry = {
    ...provenanceOf(event),
    target: p.target,
    rationale: p.rationale ?? null,
    decidedBy: p.decidedBy,
  };
  const row = doc.targets[p.cciId] ?? {};
  const year = String(p.year);
  const history = withEntry(row[year]?.history ?? [], entry);
  if (!history) return doc;
  const next = writable(doc, copies);
  const targets = (next.targets = writable(doc.targets, copies));
  const cells = (targets[p.cciId] = writable(row, copies));
  cells[year] = targetCellFromHistory(history);
  next.lastRecordedAt = laterOf(doc.lastRecordedAt, event.recordedAt);
  return next;
}

function evolveTrajectory(
  doc: ComIndicatorProgress,
  event: EventOfType<'IndicatorTrajectorySet'>,
): ComIndicatorProgress {
  const p = event.payload;
  const entry: TrajectoryHistoryEntry = {
    ...provenanceOf(event),
    baseline: p.baseline,
    finalTarget: p.finalTarget,
    rationale: p.rationale ?? null,
    decidedBy: p.decidedBy,
  };
  const history = withEntry(doc.trajectories[p.cciId]?.history ?? [], entry);
  if (!history) return doc;
  return {
    ...doc,
    trajectories: { ...doc.trajectories, [p.cciId]: trajectoryCellFromHistory(history) },
    lastRecordedAt: laterOf(doc.lastRecordedAt, event.recordedAt),
  };
}

export const comProgress: Projection<ComIndicatorProgress> = {
  name: 'com-progress',
  version: 5,
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
  evolve(doc, event, reference, copies) {
    if (event.type === 'IndicatorTargetSet') return evolveTarget(doc, event, copies);
    if (event.type === 'IndicatorTrajectorySet') return evolveTrajectory(doc, event);
    if (event.type === 'DeclarationValidated' || event.type === 'DeclarationSentBack')
      return evolveReview(doc, event, copies);
    return evolveReport(doc, event, reference, copies);
  },
  summarize(doc, reference) {
    return {
      ...doc,
      ...indicatorFigures({ ...doc, values: doc.reports, targets: targetNumbers(doc.targets) }, reference),
    };
  },
};

/** The indicator as it stood at an instant: values and targets known then, and their figures. */
export function comProgressAsOf(
  doc: ComIndicatorProgress,
  instantMs: number,
  reference: ReferenceData,
): ComIndicatorProgress {
  const kept = <E extends { at: string }>(history: E[]) =>
    history.filter((e) => Date.parse(e.at) <= instantMs);
  let lastRecordedAt: string | null = null;
  const reports: ComIndicatorProgress['reports'] = {};
  for (const [cciId, row] of Object.entries(doc.reports)) {
    for (const [period, cell] of Object.entries(row)) {
      const history = kept(cell.history);
      if (history.length === 0) continue;
      const reviews = kept(cell.reviews);
      reports[cciId] = {
        ...reports[cciId],
        [period]: reportCellFromHistory(history, reviews, cell.deadline),
      };
      for (const e of [...history, ...reviews]) lastRecordedAt = laterOf(lastRecordedAt, e.recordedAt);
    }
  }
  const targets: ComIndicatorProgress['targets'] = {};
  for (const [cciId, row] of Object.entries(doc.targets)) {
    for (const [year, cell] of Object.entries(row)) {
      const history = kept(cell.history);
      if (history.length === 0) continue;
      targets[cciId] = { ...targets[cciId], [year]: targetCellFromHistory(history) };
      for (const e of history) lastRecordedAt = laterOf(lastRecordedAt, e.recordedAt);
    }
  }
  const trajectories: ComIndicatorProgress['trajectories'] = {};
  for (const [cciId, cell] of Object.entries(doc.trajectories)) {
    const history = kept(cell.history);
    if (history.length === 0) continue;
    trajectories[cciId] = trajectoryCellFromHistory(history);
    for (const e of history) lastRecordedAt = laterOf(lastRecordedAt, e.recordedAt);
  }
  return comProgress.summarize({ ...doc, reports, targets, trajectories, lastRecordedAt }, reference);
}
