import type { CalendarDate } from '../reference/calendar-date.js';
import { comparePeriods, parsePeriod, periodFrequency, periodHasEnded } from '../reference/period.js';
import type { ComAxis, ReferenceData } from '../reference/reference-data.js';
import { sortedEntries, yearFigures, type YearFigures } from './aggregation.js';
import type { ComIndicatorProgress } from './com-progress.js';
import type { CompletenessCounts } from './declaration-figures.js';

/**
 * The COM's figures as its pages show them, from a region's COM progress documents: each indicator's
 * years against target with each territorial CCI's attainment, its periods in order, the axes with
 * their indicators, and the reporting completeness per CCI and ended period. "Ended" is judged on the
 * calendar day the view stands at.
 */

/** Where a region's yearly target comes from: set for the region, or the sum of its CCIs' targets. */
export type TargetSource = 'region' | 'ccis';

export type CciYearFigures = YearFigures & {
  cciId: string;
  /** The CCI's latest comment on a value of that year, as it wrote it. */
  comment: string | null;
};

export type YearPoint = YearFigures & {
  year: string;
  targetSource: TargetSource | null;
  /** Each territorial CCI, in the region's order, reported or not. */
  ccis: CciYearFigures[];
};

export type PeriodPoint = { period: string; value: number | null };

export type CompletenessCell = CompletenessCounts & { period: string };

export type CompletenessGrid = {
  /** The reporting calendar's periods that have ended, in order. */
  periods: string[];
  rows: { cciId: string; cells: CompletenessCell[] }[];
};

export type AxisIndicators = ComAxis & {
  /** The axis's indicators, those with figures first, each group in the COM's order. */
  indicators: { indicatorId: string; label: string; unitId: string; reported: boolean }[];
};

/**
 * The region's target for a year: its own when set; otherwise, when the indicator adds up (a count of
 * businesses), the sum of its CCIs' targets; otherwise none.
 */
function regionTarget(
  progress: ComIndicatorProgress,
  figures: ComIndicatorProgress['years'][string],
): { target: number | null; targetSource: TargetSource | null } {
  if (figures.region.target !== null) return { target: figures.region.target, targetSource: 'region' };
  const targets = sortedEntries(figures.ccis)
    .map(([, cci]) => cci.target)
    .filter((target): target is number => target !== null);
  if (progress.aggregation !== 'sum' || targets.length === 0) return { target: null, targetSource: null };
  return { target: targets.reduce((sum, target) => sum + target, 0), targetSource: 'ccis' };
}

function latestComment(progress: ComIndicatorProgress, cciId: string, year: string): string | null {
  const commented = Object.entries(progress.reports[cciId] ?? {})
    .filter(([period, report]) => String(parsePeriod(period)?.year) === year && report.comment !== null)
    .sort(([, a], [, b]) => a.lastRecordedAt.localeCompare(b.lastRecordedAt));
  return commented.at(-1)?.[1].comment ?? null;
}

/** The indicator's years in order: the region against its target, and each territorial CCI against its own. */
export function yearlySeries(
  progress: ComIndicatorProgress,
  territorialCciIds: readonly string[],
): YearPoint[] {
  return sortedEntries(progress.years).map(([year, figures]) => {
    const { target, targetSource } = regionTarget(progress, figures);
    return {
      year,
      ...yearFigures(figures.region.actual, target),
      targetSource,
      ccis: territorialCciIds.map((cciId) => ({
        cciId,
        ...(figures.ccis[cciId] ?? yearFigures(null, null)),
        comment: latestComment(progress, cciId, year),
      })),
    };
  });
}

/** The region's value per period, in order, from the first reported period to the last one ended on `day`. */
export function periodSeries(progress: ComIndicatorProgress, day: CalendarDate): PeriodPoint[] {
  const ended = Object.entries(progress.periods)
    .filter(([period]) => periodHasEnded(period, day))
    .sort(([a], [b]) => comparePeriods(a, b));
  const first = ended.findIndex(([, figures]) => figures.value !== null);
  return first === -1
    ? []
    : ended.slice(first).map(([period, figures]) => ({ period, value: figures.value }));
}

/**
 * Expected, received and on-time reports per territorial CCI and ended period: every indicator of the
 * COM at the period's frequency is expected from every territorial CCI, as the national consolidation
 * counts.
 */
export function completenessGrid(
  reference: ReferenceData,
  comId: string,
  territorialCciIds: readonly string[],
  progresses: readonly ComIndicatorProgress[],
  day: CalendarDate,
): CompletenessGrid {
  const com = reference.com(comId);
  const indicators = com
    ? reference.indicatorsOfRegion(com.regionId).filter((indicator) => indicator.comId === comId)
    : [];
  const byId = new Map(progresses.map((progress) => [progress.indicatorId, progress]));
  const expectedAt = reference
    .reportingPeriods(comId)
    .filter(({ period }) => periodHasEnded(period, day))
    .map(({ period }) => {
      const parsed = parsePeriod(period);
      const frequency = parsed ? periodFrequency(parsed) : null;
      return { period, expected: indicators.filter((indicator) => indicator.frequency === frequency) };
    })
    .filter(({ expected }) => expected.length > 0);
  return {
    periods: expectedAt.map(({ period }) => period),
    rows: territorialCciIds.map((cciId) => ({
      cciId,
      cells: expectedAt.map(({ period, expected }) => {
        const reports = expected
          .map((indicator) => byId.get(indicator.id)?.reports[cciId]?.[period])
          .filter((report) => report !== undefined);
        return {
          period,
          expected: expected.length,
          received: reports.length,
          onTime: reports.filter((report) => report.onTime === true).length,
        };
      }),
    })),
  };
}

/** The COM's axes in order, each with its indicators, those with figures first. */
export function axesWithIndicators(
  reference: ReferenceData,
  comId: string,
  reportedIndicatorIds: ReadonlySet<string>,
): AxisIndicators[] {
  const com = reference.com(comId);
  if (!com) return [];
  const indicators = reference.indicatorsOfRegion(com.regionId).filter((i) => i.comId === comId);
  return com.axes.map((axis) => ({
    ...axis,
    indicators: indicators
      .filter((indicator) => indicator.axisId === axis.id)
      .map((indicator) => ({
        indicatorId: indicator.id,
        label: indicator.label,
        unitId: indicator.unitId,
        reported: reportedIndicatorIds.has(indicator.id),
      }))
      .sort((a, b) => Number(b.reported) - Number(a.reported)),
  }));
}
