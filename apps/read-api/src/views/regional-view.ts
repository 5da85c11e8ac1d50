import {
  actionOrder,
  actionProgressAsOf,
  axesWithIndicators,
  comProgressAsOf,
  completenessGrid,
  gapStatus,
  milestoneRows,
  parsePeriod,
  periodHasEnded,
  periodLabel,
  periodSeries,
  regionalSromMatrixAsOf,
  sromDistribution,
  stepsReached,
  targetMilestoneOf,
  yearlySeries,
  type CalendarDate,
  type ComIndicatorProgress,
  type Cci,
  type ObjectivesConvention,
  type ReferenceData,
  type Region,
  type SromCycle,
} from '@cci/domain';
import { projectionState } from '@cci/projector';
import { stillAlive, type StoredProjectorStatus } from '@cci/read-model-store';

import type { RegionalModels } from './read-models.js';
import { parisCalendarDate, parisDate } from './paris-time.js';
import { projectionFreshness } from './projection-freshness.js';
import type {
  ActionProgressView,
  CciSummary,
  ComIndicatorView,
  ConventionView,
  Freshness,
  ProjectionState,
  RegionalIndicatorChange,
  RegionalView,
  RegionSummary,
  SromMatrixView,
} from './view-schemas.js';

export function regionSummary(region: Region, reference: ReferenceData): RegionSummary {
  return {
    id: region.id,
    name: region.name,
    inseeCode: region.inseeCode,
    establishments: reference.regionCoverage(region.id)?.establishments ?? null,
  };
}

export function cciSummary(cci: Cci): CciSummary {
  return { id: cci.id, name: cci.name, kind: cci.kind, regionId: cci.regionId };
}

/**
 * A projector's state from its live instances' reports (an instance silent for the product's
 * `INSTANCE_SILENT_AFTER_MS` is gone): stalled if one is, unknown if none reports.
 */
export function projectorState(
  statuses: readonly StoredProjectorStatus[],
  now: number,
): { state: ProjectionState; lastAppliedAt: string | null } {
  const live = statuses.filter((s) => stillAlive(s.heartbeatAt, now));
  const lastAppliedAt =
    statuses
      .map((s) => (s.lastAppliedAt ? new Date(s.lastAppliedAt).toISOString() : null))
      .filter((at): at is string => at !== null)
      .sort()
      .at(-1) ?? null;
  if (live.length === 0) return { state: statuses.length === 0 ? 'unknown' : 'stopped', lastAppliedAt };
  return { state: projectionState(live.map((s) => s.state)), lastAppliedAt };
}

/**
 * The read models without their histories (the audit endpoints serve them), with the figures the pages
 * show computed from them: the milestones table, each indicator's years and periods, the actions in
 * order. `day` is the calendar day the view stands at, which decides the periods that have ended.
 */
function servedModels(
  models: RegionalModels,
  reference: ReferenceData,
  context: {
    day: CalendarDate;
    cciIds: readonly string[];
    territorialCciIds: readonly string[];
    sromCycle: SromCycle;
  },
): Pick<RegionalView, 'matrix' | 'actions'> & { indicators: ComIndicatorView[] } {
  // The view measures gaps to its SROM cycle's projection; the stored cells, to the one set last.
  const projectionId = targetMilestoneOf(context.sromCycle).id;
  const cells = Object.fromEntries(
    Object.entries(models.matrix.cells).map(([mp, row]) => [
      mp,
      Object.fromEntries(
        Object.entries(row).map(([cci, { history, ...cell }]) => [
          cci,
          {
            ...cell,
            gap: gapStatus(cell.current, cell.milestones[projectionId] ?? null),
            changes: history.length,
          },
        ]),
      ),
    ]),
  );
  const matrix: SromMatrixView = {
    ...models.matrix,
    ...sromDistribution(
      models.matrix.regionId,
      (mp, cci) => {
        const cell = cells[mp]?.[cci];
        return cell ? { mode: cell.current?.mode ?? null, gap: cell.gap } : undefined;
      },
      reference,
    ),
    milestoneRows: milestoneRows(models.matrix.cells, reference, context.cciIds, context.sromCycle),
    cells,
  };
  const indicators: ComIndicatorView[] = models.coms
    .map((doc) => ({
      ...doc,
      label: reference.indicator(doc.indicatorId)?.label ?? doc.indicatorId,
      // The region's review of each cell (status, reviews) is not in this view's document yet: the
      // campaign views will serve it.
      reports: Object.fromEntries(
        Object.entries(doc.reports).map(([cci, row]) => [
          cci,
          Object.fromEntries(
            Object.entries(row).map(
              ([
                period,
                { history: _h, reviews: _r, status: _s, validatedValue: _v, sentBackComment: _c, ...cell },
              ]) => [period, cell],
            ),
          ),
        ]),
      ),
      targets: Object.fromEntries(
        Object.entries(doc.targets).map(([cci, row]) => [
          cci,
          Object.fromEntries(Object.entries(row).map(([year, { history: _h, ...cell }]) => [year, cell])),
        ]),
      ),
      trajectories: Object.fromEntries(
        Object.entries(doc.trajectories).map(([cci, { history, ...cell }]) => [
          cci,
          { ...cell, decidedBy: history.at(-1)?.decidedBy ?? null, revisions: history.length },
        ]),
      ),
      yearly: yearlySeries(doc, context.territorialCciIds),
      series: periodSeries(doc, context.day),
    }))
    .sort((a, b) => orderOfIndicator(reference, a.indicatorId) - orderOfIndicator(reference, b.indicatorId));
  const actions: ActionProgressView = {
    ...models.actions,
    actions: Object.fromEntries(
      Object.entries(models.actions.actions).map(([id, { history: _h, ...action }]) => [
        id,
        { ...action, stepsReached: stepsReached(action) },
      ]),
    ),
    order: actionOrder(models.actions.actions),
  };
  return { matrix, actions, indicators };
}

function orderOfIndicator(reference: ReferenceData, indicatorId: string): number {
  const indicator = reference.indicator(indicatorId);
  if (!indicator) return Number.MAX_SAFE_INTEGER;
  return reference.indicatorsOfRegion(indicator.regionId).findIndex((i) => i.id === indicatorId);
}

/** The last quarter of a COM's calendar that has ended on `day`. */
function latestEndedQuarter(reference: ReferenceData, comId: string, day: CalendarDate): string | null {
  const ended = reference
    .reportingPeriods(comId)
    .map((p) => p.period)
    .filter((period) => parsePeriod(period)?.quarter !== null && periodHasEnded(period, day));
  return ended.at(-1) ?? null;
}

function freshness(
  reference: ReferenceData,
  regionId: string,
  com: ObjectivesConvention | undefined,
  coms: readonly ComIndicatorProgress[],
  lastRecordedAt: string | null,
  projector: { state: ProjectionState; lastAppliedAt: string | null },
  now: number,
  asOf: string | null,
  day: CalendarDate,
): Freshness {
  const latestPeriod = com ? latestEndedQuarter(reference, com.id, day) : null;
  const missingIds = new Set<string>();
  if (latestPeriod) {
    const territorial = reference.ccisOfRegion(regionId).filter((c) => c.kind === 'territorial');
    const quarterly = reference
      .indicatorsOfRegion(regionId)
      .filter((i) => i.comId === com?.id && i.frequency === 'quarterly');
    for (const cci of territorial) {
      for (const indicator of quarterly) {
        const doc = coms.find((c) => c.indicatorId === indicator.id);
        if (!doc?.reports[cci.id]?.[latestPeriod]) missingIds.add(cci.id);
      }
    }
  }
  const missingReporters = [...missingIds]
    .map((id) => reference.cci(id))
    .filter((c): c is Cci => c !== undefined)
    .map(cciSummary);
  const upToDateAt = projector.state === 'caught-up' ? new Date(now).toISOString() : projector.lastAppliedAt;
  const parts: string[] = [];
  if (asOf !== null) parts.push(`vue au ${parisDate(`${asOf}T12:00:00Z`)}`);
  else parts.push(projectionFreshness(projector.state, upToDateAt));
  if (latestPeriod) {
    const label = periodLabel(latestPeriod);
    parts.push(
      missingReporters.length === 0
        ? `toutes les CCI ont transmis le ${label}`
        : `${missingReporters.length} CCI ${missingReporters.length === 1 ? "n'a" : "n'ont"} pas encore transmis le ${label}`,
    );
  }
  return {
    state: projector.state,
    upToDateAt,
    lastRecordedAt,
    latestPeriod,
    missingReporters,
    message: parts.join(' · '),
  };
}

/**
 * A region's whole view: the SROM matrix, a COM and its indicators, the actions, and how fresh it is. The
 * COM is the one in force on the view's day, or the cycle `comId` names (one of the region's COMs); the
 * SROM cycle (its milestones and the projection the table measures gaps to) likewise, or `sromCycleId`.
 */
export function buildRegionalView(
  models: RegionalModels,
  reference: ReferenceData,
  context: {
    now: number;
    asOf: { date: string; instantMs: number } | null;
    statuses: readonly StoredProjectorStatus[];
    comId?: string | null;
    sromCycleId?: string | null;
  },
): RegionalView {
  const regionId = models.matrix.regionId;
  const region = reference.region(regionId);
  if (!region) throw new Error(`unknown region ${regionId}`);
  const { asOf } = context;
  const dated: RegionalModels = asOf
    ? {
        matrix: regionalSromMatrixAsOf(models.matrix, asOf.instantMs, reference),
        coms: models.coms.map((doc) => comProgressAsOf(doc, asOf.instantMs, reference)),
        actions: actionProgressAsOf(models.actions, asOf.instantMs, reference),
        conventions: models.conventions.filter(
          (c) => c.signature !== null && Date.parse(c.signature.at) <= asOf.instantMs,
        ),
      }
    : models;
  const day = asOf?.date ?? parisCalendarDate(context.now);
  const ccis = reference.ccisOfRegion(regionId);
  const territorialCciIds = ccis.filter((c) => c.kind === 'territorial').map((c) => c.id);
  const comInForce = reference.comInForce(regionId, day);
  const com = context.comId ? reference.com(context.comId) : comInForce;
  const sromCycleInForce = reference.sromCycleInForce(day);
  const sromCycle =
    (context.sromCycleId ? reference.sromCycle(context.sromCycleId) : undefined) ?? sromCycleInForce;
  const { matrix, actions, indicators } = servedModels(
    { ...dated, coms: dated.coms.filter((doc) => reference.indicator(doc.indicatorId)?.comId === com?.id) },
    reference,
    { day, cciIds: ccis.map((c) => c.id), territorialCciIds, sromCycle },
  );
  const signature = com ? dated.conventions.find((c) => c.comId === com.id)?.signature : undefined;
  const convention: ConventionView | null = com
    ? {
        comId: com.id,
        label: com.label,
        years: com.years,
        axes: com.axes,
        signature: signature
          ? {
              place: signature.place,
              signedOn: signature.signedOn,
              signedOnText: signature.signedOnText,
              signatories: signature.signatories,
              recordedAt: signature.recordedAt,
            }
          : null,
      }
    : null;
  const lastRecordedAt =
    [dated.matrix.lastRecordedAt, dated.actions.lastRecordedAt, ...dated.coms.map((c) => c.lastRecordedAt)]
      .filter((at): at is string => at !== null)
      .sort()
      .at(-1) ?? null;
  const now = asOf ? asOf.instantMs : context.now;
  return {
    region: regionSummary(region, reference),
    asOf: asOf?.date ?? null,
    generatedAt: new Date(context.now).toISOString(),
    freshness: freshness(
      reference,
      regionId,
      com,
      dated.coms,
      lastRecordedAt,
      projectorState(context.statuses, context.now),
      now,
      asOf?.date ?? null,
      day,
    ),
    ccis: ccis.map(cciSummary),
    srom: {
      cycle: { cycleId: sromCycle.id, label: sromCycle.label, years: sromCycle.years },
      cycles: reference.sromCycles.map((c) => ({
        cycleId: c.id,
        label: c.label,
        years: c.years,
        inForce: c.id === sromCycleInForce.id,
      })),
    },
    milestones: [...sromCycle.milestones],
    matrix,
    com:
      com && convention
        ? {
            convention,
            cycles: reference.comsOfRegion(regionId).map((c) => ({
              comId: c.id,
              label: c.label,
              years: c.years,
              inForce: c.id === comInForce?.id,
            })),
            indicators,
            axes: axesWithIndicators(reference, com.id, new Set(indicators.map((i) => i.indicatorId))),
            completeness: completenessGrid(reference, com.id, territorialCciIds, dated.coms, day),
          }
        : null,
    actions,
  };
}

/**
 * What a figure of one indicator changes in a region's view, taken from the view itself so that a
 * dashboard patching its copy with it holds what a whole refetch would give.
 */
export function regionalIndicatorChange(view: RegionalView, indicatorId: string): RegionalIndicatorChange {
  return {
    generatedAt: view.generatedAt,
    freshness: view.freshness,
    indicator: view.com?.indicators.find((i) => i.indicatorId === indicatorId) ?? null,
    completeness: view.com?.completeness ?? null,
  };
}
