import type { ActionStatus } from '../decisions/aggregate-state.js';
import type { DomainEvent } from '../events/envelope.js';
import type { Delegate } from '../events/fields.js';
import type { CalendarDate } from '../reference/calendar-date.js';
import type { ModeId } from '../reference/ids.js';
import { periodHasEnded } from '../reference/period.js';
import type { Indicator, ReferenceData } from '../reference/reference-data.js';
import { combinedValue, sortedEntries, yearFigures, type YearFigures } from './aggregation.js';
import { addStatusCounts, countStatus, emptyStatusCounts, type StatusCounts } from './action-progress.js';
import type { ReviewStatus } from './com-progress.js';
import { targetNumbers } from './indicator-figures.js';
import {
  combineDeclarationFigures,
  indicatorDeclarationFigures,
  type CampaignCounts,
  type IndicatorDeclarationFigures,
  type CompletenessCounts,
  type PendingFigures,
  type RegionIndicatorFigures,
} from './declaration-figures.js';
import {
  indicatorForCci,
  knownRegion,
  laterOf,
  ProjectionError,
  regionOfCci,
  writable,
  type Projection,
  type WorkingCopies,
} from './projection.js';
import {
  emptyGapCounts,
  emptyModeCounts,
  gapStatus,
  sromDistribution,
  type GapCounts,
  type ModeCounts,
  type ModeTarget,
} from './regional-srom-matrix.js';

/**
 * The national consolidation that CCI France reads. The national projector keeps one compact document
 * per region (`national-region:<regionId>`: current values only, no history) built from the same events
 * as the regional read models, and France's totals are consolidated from those documents. The
 * reconciliation compares these totals with the sum of the regional read models, which a different
 * projector builds: two independent computations that must agree.
 *
 * The indicators' figures count what the regions **validated**, and nothing else: a declaration
 * awaiting review is counted apart (`pending`), a sent-back one not at all. Each period's campaign
 * counts and each campaign's closing are kept per region. Drafts never come here.
 */

type CompactCell = {
  version: number;
  mode: ModeId | null;
  delegate: Delegate | null;
  target: ModeTarget | null;
};
type CompactReport = {
  version: number;
  value: number;
  firstRecordedAt: string;
  onTime: boolean | null;
  status: ReviewStatus;
  validatedValue: number | null;
};
/** A campaign the region closed: when, how many declarations were missing, and the CCIs it is reopened for. */
export type CampaignClosure = {
  version: number;
  closedAt: string;
  missing: number;
  reopenedFor: string[];
};
type CompactTarget = { version: number; target: number };
type CompactAction = {
  version: number;
  status: ActionStatus;
  totem: boolean;
  functionId: string | null;
  axisId: string | null;
  ownerCciId: string;
};

/** Completeness over the periods ended on a day, with the shares a reader compares regions by. */
export type EndedReporting = CompletenessCounts & {
  /** Received over expected; null when nothing was expected yet. */
  receivedShare: number | null;
  /** On time over received; null when nothing was received. */
  onTimeShare: number | null;
};

/** Sums a completeness record (per period) over the periods that have ended on `day`. */
export function endedReporting(
  completeness: Record<string, CompletenessCounts>,
  day: CalendarDate,
): EndedReporting {
  const total = { expected: 0, received: 0, onTime: 0 };
  for (const [period, counts] of sortedEntries(completeness)) {
    if (!periodHasEnded(period, day)) continue;
    total.expected += counts.expected;
    total.received += counts.received;
    total.onTime += counts.onTime;
  }
  return {
    ...total,
    receivedShare: total.expected === 0 ? null : total.received / total.expected,
    onTimeShare: total.received === 0 ? null : total.onTime / total.received,
  };
}

export type NationalRegionSummary = {
  regionId: string;
  sromCells: Record<string, Record<string, CompactCell>>;
  /**
   * reports[comId][indicatorId][cciId][period]. Keyed by COM first so that a report copies the maps of
   * one COM's indicators, not those of every COM the region ever had (336 keys in the bench's region
   * of 24 one-year COMs, where this copy took a third of the national replay).
   */
  reports: Record<string, Record<string, Record<string, Record<string, CompactReport>>>>;
  /** targets[comId][indicatorId][cciId][year] */
  targets: Record<string, Record<string, Record<string, Record<string, CompactTarget>>>>;
  actions: Record<string, CompactAction>;
  convention: { comId: string; version: number; signedOn: string | null; signedOnText: string } | null;
  /** closures[period]: the campaigns the region closed. */
  closures: Record<string, CampaignClosure>;
  srom: { distribution: Record<string, ModeCounts>; gaps: GapCounts };
  /** Validated declarations only. */
  indicators: Record<string, RegionIndicatorFigures>;
  completeness: Record<string, CompletenessCounts>;
  /** pending[indicatorId][year]: declared, awaiting the region's review. */
  pending: Record<string, Record<string, PendingFigures>>;
  campaigns: Record<string, CampaignCounts>;
  actionCounts: StatusCounts;
  totems: number;
  lastRecordedAt: string | null;
};

export const nationalRegionId = (regionId: string) => `national-region:${regionId}`;

function regionOfEvent(event: DomainEvent, reference: ReferenceData): string | null {
  switch (event.type) {
    case 'ProcessModeChanged':
    case 'ProcessModeTargetSet':
      return regionOfCci(reference, event.payload.cciId);
    case 'IndicatorReported':
    case 'IndicatorReportCorrected':
    case 'IndicatorTargetSet':
    case 'IndicatorTrajectorySet':
    case 'DeclarationValidated':
    case 'DeclarationSentBack':
      return indicatorForCci(reference, event.payload.indicatorId, event.payload.cciId).regionId;
    case 'CampaignClosed':
    case 'CampaignReopenedForCci':
      return knownRegion(reference, event.payload.regionId);
    case 'IndicatorValueDrafted':
    case 'SromAnnualReviewRecorded':
    case 'AnnualReportPresented':
    case 'PersonInvited':
    case 'PersonRolesChanged':
    case 'PersonRemoved':
    case 'NoticePreferencesChanged':
    case 'MachineKeyIssued':
    case 'MachineKeyRevoked':
      return null;
    case 'ActionPlanned':
      if (regionOfCci(reference, event.payload.ownerCciId) !== event.payload.regionId) {
        throw new ProjectionError(
          `La CCI « ${event.payload.ownerCciId} » n'est pas dans la région « ${event.payload.regionId} ».`,
        );
      }
      return event.payload.regionId;
    case 'ActionStarted':
    case 'ActionCompleted':
    case 'ActionAbandoned':
    case 'ObjectivesConventionSigned':
      return knownRegion(reference, event.payload.regionId);
  }
}

/** Values kept per COM, indicator, CCI, then period or year. */
type ByComIndicatorCci<V> = Record<string, Record<string, Record<string, Record<string, V>>>>;

/**
 * A CCI's row of an indicator, made writable with every record on its way; `tree` is what the
 * document keeps in place of the one given.
 */
function writableRow<V>(
  given: ByComIndicatorCci<V>,
  comId: string,
  indicatorId: string,
  cciId: string,
  copies: WorkingCopies | undefined,
): { tree: ByComIndicatorCci<V>; row: Record<string, V> } {
  const tree = writable(given, copies);
  const byIndicator = (tree[comId] = writable(tree[comId] ?? {}, copies));
  const byCci = (byIndicator[indicatorId] = writable(byIndicator[indicatorId] ?? {}, copies));
  const row = (byCci[cciId] = writable(byCci[cciId] ?? {}, copies));
  return { tree, row };
}

function withReport(
  doc: NationalRegionSummary,
  {
    comId,
    indicatorId,
    cciId,
    period,
  }: { comId: string; indicatorId: string; cciId: string; period: string },
  report: CompactReport,
  copies: WorkingCopies | undefined,
): NationalRegionSummary {
  const next = writable(doc, copies);
  const { tree, row } = writableRow(doc.reports, comId, indicatorId, cciId, copies);
  next.reports = tree;
  row[period] = report;
  return next;
}

function evolveCompact(
  doc: NationalRegionSummary,
  event: DomainEvent,
  reference: ReferenceData,
  copies: WorkingCopies | undefined,
): NationalRegionSummary | null {
  const version = event.aggregateVersion;
  switch (event.type) {
    case 'ProcessModeChanged':
    case 'ProcessModeTargetSet': {
      const { cciId, macroProcessId } = event.payload;
      const row = doc.sromCells[macroProcessId] ?? {};
      const cell = row[cciId] ?? { version: 0, mode: null, delegate: null, target: null };
      if (version <= cell.version) return null;
      const next = writable(doc, copies);
      const sromCells = (next.sromCells = writable(doc.sromCells, copies));
      const cells = (sromCells[macroProcessId] = writable(row, copies));
      cells[cciId] =
        event.type === 'ProcessModeChanged'
          ? { ...cell, version, mode: event.payload.to, delegate: event.payload.delegate }
          : { ...cell, version, target: { mode: event.payload.mode, delegate: event.payload.delegate } };
      return next;
    }
    case 'IndicatorReported':
    case 'IndicatorReportCorrected': {
      const { indicatorId, cciId, period, value } = event.payload;
      const { comId } = indicatorForCci(reference, indicatorId, cciId);
      const byIndicator = doc.reports[comId] ?? {};
      const byCci = byIndicator[indicatorId] ?? {};
      const row = byCci[cciId] ?? {};
      const report = row[period];
      if (report && version <= report.version) return null;
      const firstRecordedAt = report?.firstRecordedAt ?? event.recordedAt;
      const deadline = reference.reportingDeadline(comId, period);
      const next: CompactReport = {
        version,
        value,
        firstRecordedAt,
        onTime: deadline === undefined ? null : Date.parse(firstRecordedAt) <= Date.parse(deadline),
        status: 'declaree',
        validatedValue: null,
      };
      return withReport(doc, { comId, indicatorId, cciId, period }, next, copies);
    }
    case 'DeclarationValidated':
    case 'DeclarationSentBack': {
      const { indicatorId, cciId, period } = event.payload;
      const { comId } = indicatorForCci(reference, indicatorId, cciId);
      const byIndicator = doc.reports[comId] ?? {};
      const byCci = byIndicator[indicatorId] ?? {};
      const row = byCci[cciId] ?? {};
      const report = row[period];
      if (!report)
        throw new ProjectionError(
          `Revue d'une déclaration jamais reçue : ${cciId}, ${indicatorId}, ${period}.`,
        );
      if (version <= report.version) return null;
      const next: CompactReport =
        event.type === 'DeclarationValidated'
          ? { ...report, version, status: 'validee', validatedValue: event.payload.value }
          : { ...report, version, status: 'renvoyee', validatedValue: null };
      return withReport(doc, { comId, indicatorId, cciId, period }, next, copies);
    }
    case 'CampaignClosed':
    case 'CampaignReopenedForCci': {
      const { period } = event.payload;
      const closure = doc.closures[period];
      if (closure && version <= closure.version) return null;
      const next: CampaignClosure =
        event.type === 'CampaignClosed'
          ? { version, closedAt: event.recordedAt, missing: event.payload.missing, reopenedFor: [] }
          : {
              ...(closure ?? { closedAt: event.recordedAt, missing: 0 }),
              version,
              reopenedFor: [...new Set([...(closure?.reopenedFor ?? []), event.payload.cciId])].sort(),
            };
      return { ...doc, closures: { ...doc.closures, [period]: next } };
    }
    case 'IndicatorValueDrafted':
    case 'SromAnnualReviewRecorded':
    case 'AnnualReportPresented':
    case 'PersonInvited':
    case 'PersonRolesChanged':
    case 'PersonRemoved':
    case 'NoticePreferencesChanged':
    case 'MachineKeyIssued':
    case 'MachineKeyRevoked':
    case 'IndicatorTrajectorySet':
      // A trajectory names its region (regionOfEvent), so that the region has its summary as its
      // regional documents exist, but carries no figure the national view consolidates.
      return null;
    case 'IndicatorTargetSet': {
      const { indicatorId, cciId, target } = event.payload;
      const year = String(event.payload.year);
      const { comId } = indicatorForCci(reference, indicatorId, cciId);
      const byIndicator = doc.targets[comId] ?? {};
      const byCci = byIndicator[indicatorId] ?? {};
      const row = byCci[cciId] ?? {};
      if ((row[year]?.version ?? 0) >= version) return null;
      const next = writable(doc, copies);
      const written = writableRow(doc.targets, comId, indicatorId, cciId, copies);
      next.targets = written.tree;
      written.row[year] = { version, target };
      return next;
    }
    case 'ActionPlanned': {
      const p = event.payload;
      if (doc.actions[p.actionId]) return null;
      const action: CompactAction = {
        version,
        status: 'planned',
        totem: p.totem,
        functionId: p.functionId,
        axisId: p.axisId,
        ownerCciId: p.ownerCciId,
      };
      return { ...doc, actions: { ...doc.actions, [p.actionId]: action } };
    }
    case 'ActionStarted':
    case 'ActionCompleted':
    case 'ActionAbandoned': {
      const action = doc.actions[event.payload.actionId];
      if (!action)
        throw new ProjectionError(
          `Étape de l'action « ${event.payload.actionId} », qui n'a jamais été planifiée.`,
        );
      if (version <= action.version) return null;
      const status: ActionStatus =
        event.type === 'ActionStarted'
          ? 'started'
          : event.type === 'ActionCompleted'
            ? 'completed'
            : 'abandoned';
      return {
        ...doc,
        actions: { ...doc.actions, [event.payload.actionId]: { ...action, version, status } },
      };
    }
    case 'ObjectivesConventionSigned': {
      if (doc.convention) return null;
      const p = event.payload;
      return {
        ...doc,
        convention: { comId: p.comId, version, signedOn: p.signedOn, signedOnText: p.signedOnText },
      };
    }
  }
}

const NO_ROWS: Record<string, never> = Object.freeze({});

/**
 * Each indicator's figures, remembered by the identity of its reports and targets rows: `evolve`
 * copies only the rows an event changes, so a summary after a batch computes again the indicators the
 * batch touched, not the region's whole history (a region of 24 one-year COMs spent 45 ms per
 * summary before). Keyed by the reference data and the indicator too; a document read from the
 * database has rows of its own, computed once.
 */
const remembered = new WeakMap<
  ReferenceData,
  WeakMap<object, WeakMap<object, WeakMap<object, IndicatorDeclarationFigures>>>
>();

function rememberedIndicatorFigures(
  reference: ReferenceData,
  indicator: Indicator,
  reports: object,
  targets: object,
  compute: () => IndicatorDeclarationFigures,
): IndicatorDeclarationFigures {
  const byIndicator = getOrSet(remembered, reference, () => new WeakMap());
  const byReports = getOrSet(byIndicator, indicator, () => new WeakMap());
  const byTargets = getOrSet(byReports, reports, () => new WeakMap());
  return getOrSet(byTargets, targets, compute);
}

function getOrSet<K extends object, V>(map: WeakMap<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

function compactIndicatorFigures(
  regionId: string,
  territorial: readonly string[],
  indicator: Indicator,
  doc: NationalRegionSummary,
  reference: ReferenceData,
): IndicatorDeclarationFigures {
  // A compact report is a declaration cell with its version and first recording besides.
  const cells = doc.reports[indicator.comId]?.[indicator.id] ?? {};
  const targets = targetNumbers(doc.targets[indicator.comId]?.[indicator.id] ?? {});
  return indicatorDeclarationFigures(regionId, territorial, { indicator, cells, targets }, reference);
}

export const nationalRegionSummary: Projection<NationalRegionSummary> = {
  name: 'national-region-summary',
  version: 4,
  handles: [
    'ProcessModeChanged',
    'ProcessModeTargetSet',
    'IndicatorReported',
    'IndicatorReportCorrected',
    'IndicatorTargetSet',
    'IndicatorTrajectorySet',
    'DeclarationValidated',
    'DeclarationSentBack',
    'CampaignClosed',
    'CampaignReopenedForCci',
    'ActionPlanned',
    'ActionStarted',
    'ActionCompleted',
    'ActionAbandoned',
    'ObjectivesConventionSigned',
  ],
  documentIds(event, reference) {
    const regionId = regionOfEvent(event, reference);
    return regionId === null ? [] : [nationalRegionId(regionId)];
  },
  initial(documentId) {
    return {
      regionId: documentId.slice('national-region:'.length),
      sromCells: {},
      reports: {},
      targets: {},
      actions: {},
      convention: null,
      closures: {},
      srom: { distribution: {}, gaps: emptyGapCounts() },
      indicators: {},
      completeness: {},
      pending: {},
      campaigns: {},
      actionCounts: emptyStatusCounts(),
      totems: 0,
      lastRecordedAt: null,
    };
  },
  evolve(doc, event, reference, copies) {
    const evolved = evolveCompact(doc, event, reference, copies);
    if (!evolved) return doc;
    const next = writable(evolved, copies);
    next.lastRecordedAt = laterOf(doc.lastRecordedAt, event.recordedAt);
    return next;
  },
  summarize(doc, reference) {
    const srom = sromDistribution(
      doc.regionId,
      (mp, cci) => {
        const cell = doc.sromCells[mp]?.[cci];
        return cell
          ? {
              mode: cell.mode,
              gap: gapStatus(cell.mode ? { mode: cell.mode, delegate: cell.delegate } : null, cell.target),
            }
          : undefined;
      },
      reference,
    );
    const territorial = reference.territorialCciIds(doc.regionId);
    const declarations = combineDeclarationFigures(
      reference
        .indicatorsOfRegion(doc.regionId)
        .map((indicator) =>
          rememberedIndicatorFigures(
            reference,
            indicator,
            doc.reports[indicator.comId]?.[indicator.id] ?? NO_ROWS,
            doc.targets[indicator.comId]?.[indicator.id] ?? NO_ROWS,
            () => compactIndicatorFigures(doc.regionId, territorial, indicator, doc, reference),
          ),
        ),
    );
    let actionCounts = emptyStatusCounts();
    let totems = 0;
    for (const [, action] of sortedEntries(doc.actions)) {
      actionCounts = countStatus(actionCounts, action.status);
      if (action.totem) totems += 1;
    }
    return { ...doc, srom, ...declarations, actionCounts, totems };
  },
};

/** France's totals, in the shape the national view and the reconciliation use. */
export type NationalTotals = {
  srom: { distribution: Record<string, ModeCounts>; gaps: GapCounts };
  /** indicators[indicatorId]: combined over the regions that follow it, per year. */
  indicators: Record<string, { axisId: string; regionIds: string[]; years: Record<string, YearFigures> }>;
  completeness: Record<string, CompletenessCounts>;
  actions: StatusCounts;
  totems: number;
};

export type RegionFigures = {
  regionId: string;
  srom: { distribution: Record<string, ModeCounts>; gaps: GapCounts };
  indicators: Record<string, RegionIndicatorFigures>;
  completeness: Record<string, CompletenessCounts>;
  actionCounts: StatusCounts;
  totems: number;
};

/** Consolidates regions' figures into France's totals (the same code sums national and regional read models). */
export function consolidateNational(
  regions: readonly RegionFigures[],
  reference: ReferenceData,
): NationalTotals {
  const ordered = [...regions].sort((a, b) => (a.regionId < b.regionId ? -1 : 1));
  const distribution: Record<string, ModeCounts> = {};
  const gaps = emptyGapCounts();
  const completeness: Record<string, CompletenessCounts> = {};
  let actions = emptyStatusCounts();
  let totems = 0;
  const perIndicator = new Map<
    string,
    { axisId: string; regions: [string, Record<string, YearFigures>][] }
  >();
  for (const region of ordered) {
    for (const [fn, counts] of Object.entries(region.srom.distribution)) {
      const total = distribution[fn] ?? emptyModeCounts();
      for (const mode of Object.keys(total) as (keyof ModeCounts)[]) total[mode] += counts[mode];
      distribution[fn] = total;
    }
    for (const status of Object.keys(gaps) as (keyof GapCounts)[]) gaps[status] += region.srom.gaps[status];
    for (const [period, c] of Object.entries(region.completeness)) {
      const total = completeness[period] ?? { expected: 0, received: 0, onTime: 0 };
      completeness[period] = {
        expected: total.expected + c.expected,
        received: total.received + c.received,
        onTime: total.onTime + c.onTime,
      };
    }
    actions = addStatusCounts(actions, region.actionCounts);
    totems += region.totems;
    for (const [indicatorId, figures] of Object.entries(region.indicators)) {
      const entry = perIndicator.get(indicatorId) ?? { axisId: figures.axisId, regions: [] };
      entry.regions.push([region.regionId, figures.years]);
      perIndicator.set(indicatorId, entry);
    }
  }
  const indicators: NationalTotals['indicators'] = {};
  for (const [indicatorId, { axisId, regions: regionYears }] of [...perIndicator].sort(([a], [b]) =>
    a < b ? -1 : 1,
  )) {
    const aggregation = reference.indicator(indicatorId)?.aggregation ?? 'sum';
    const yearsSet = new Set(regionYears.flatMap(([, years]) => Object.keys(years)));
    const years: Record<string, YearFigures> = {};
    for (const year of [...yearsSet].sort()) {
      const actuals = regionYears
        .map(([, y]) => y[year]?.actual ?? null)
        .filter((v): v is number => v !== null);
      const targets = regionYears
        .map(([, y]) => y[year]?.target ?? null)
        .filter((v): v is number => v !== null);
      years[year] = yearFigures(combinedValue(aggregation, actuals), combinedValue(aggregation, targets));
    }
    indicators[indicatorId] = { axisId, regionIds: regionYears.map(([id]) => id), years };
  }
  return { srom: { distribution, gaps }, indicators, completeness, actions, totems };
}
