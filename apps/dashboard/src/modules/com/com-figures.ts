import type {
  CciSummary,
  ComIndicatorView,
  CompletenessCounts,
  ReferenceView,
  RegionalView,
} from '../../api/read-api-types.js';

export type ComReference = ReferenceView['coms'][number];

/** Periods in time order: "2024-T4" before "2025", "2025" before "2025-T1"... by their end. */
export function periodEnd(period: string): string {
  const quarter = /^(\d{4})-T([1-4])$/.exec(period);
  if (quarter) {
    const endMonth = Number(quarter[2]) * 3;
    const lastDay = new Date(Date.UTC(Number(quarter[1]), endMonth, 0)).getUTCDate();
    return `${quarter[1] ?? ''}-${String(endMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
  }
  return `${period}-12-31`;
}

export function comparePeriods(a: string, b: string): number {
  return periodEnd(a).localeCompare(periodEnd(b)) || b.length - a.length;
}

export type YearPoint = {
  year: string;
  actual: number | null;
  target: number | null;
  /** Where the target comes from: set for the region, or the sum of its CCIs' targets. */
  targetSource: 'region' | 'ccis' | null;
};

/**
 * The indicator's yearly figures for the region against target. When the region has no target of its
 * own and the indicator adds up (a count of businesses), the CCIs' targets add up to the region's.
 */
export function yearlySeries(indicator: ComIndicatorView): YearPoint[] {
  return Object.entries(indicator.years)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([year, figures]) => {
      if (figures.region.target !== null)
        return { year, actual: figures.region.actual, target: figures.region.target, targetSource: 'region' };
      const targets = Object.values(figures.ccis)
        .map((c) => c.target)
        .filter((t): t is number => t !== null);
      const summed = indicator.aggregation === 'sum' && targets.length > 0;
      return {
        year,
        actual: figures.region.actual,
        target: summed ? targets.reduce((sum, t) => sum + t, 0) : null,
        targetSource: summed ? 'ccis' : null,
      };
    });
}

export type PeriodPoint = { period: string; value: number | null };

/** The region's value per period, from the first reported period to the last one that has ended. */
export function periodSeries(indicator: ComIndicatorView, until: string): PeriodPoint[] {
  const periods = Object.entries(indicator.periods)
    .filter(
      ([period]) =>
        periodEnd(period) <= until && period.includes('-T') === (indicator.frequency === 'quarterly'),
    )
    .sort(([a], [b]) => comparePeriods(a, b));
  const first = periods.findIndex(([, figures]) => figures.value !== null);
  return first === -1
    ? []
    : periods.slice(first).map(([period, figures]) => ({ period, value: figures.value }));
}

export type AttainmentRow = {
  cci: CciSummary;
  actual: number | null;
  target: number | null;
  attainment: number | null;
  /** The CCI's latest comment on a value of that year, as it wrote it. */
  comment: string | null;
};

/** Each territorial CCI's result for one year of an indicator, with its own words on it. */
export function attainmentRows(
  indicator: ComIndicatorView,
  year: string,
  ccis: readonly CciSummary[],
): AttainmentRow[] {
  const figures = indicator.years[year];
  return ccis
    .filter((cci) => cci.kind === 'territorial')
    .map((cci) => {
      const own = figures?.ccis[cci.id];
      const comments = Object.entries(indicator.reports[cci.id] ?? {})
        .filter(([period, report]) => period.startsWith(year) && report.comment !== null)
        .sort(([, a], [, b]) => a.lastRecordedAt.localeCompare(b.lastRecordedAt));
      return {
        cci,
        actual: own?.actual ?? null,
        target: own?.target ?? null,
        attainment: own?.attainment ?? null,
        comment: comments.at(-1)?.[1].comment ?? null,
      };
    });
}

export type CompletenessRow = { cci: CciSummary; cells: (CompletenessCounts & { period: string })[] };

/**
 * Expected, received and on-time reports per territorial CCI and period: every indicator of the COM at
 * the period's frequency is expected from every territorial CCI (as the national consolidation counts),
 * for the periods that have ended by `until`.
 */
export function completenessGrid(
  view: RegionalView,
  com: ComReference,
  until: string,
): { periods: string[]; rows: CompletenessRow[] } {
  const periods = com.reportingCalendar
    .map((entry) => entry.period)
    .filter((period) => periodEnd(period) < until)
    .filter((period) => com.indicators.some((i) => (i.frequency === 'quarterly') === period.includes('-T')))
    .sort(comparePeriods);
  const reported = new Map((view.com?.indicators ?? []).map((i) => [i.indicatorId, i]));
  const rows = view.ccis
    .filter((cci) => cci.kind === 'territorial')
    .map((cci) => ({
      cci,
      cells: periods.map((period) => {
        const expectedIndicators = com.indicators.filter(
          (i) => (i.frequency === 'quarterly') === period.includes('-T'),
        );
        const reports = expectedIndicators
          .map((i) => reported.get(i.id)?.reports[cci.id]?.[period])
          .filter((r) => r !== undefined);
        return {
          period,
          expected: expectedIndicators.length,
          received: reports.length,
          onTime: reports.filter((r) => r.onTime === true).length,
        };
      }),
    }));
  return { periods, rows };
}

/** The indicators of an axis, those with figures first, in the COM's order. */
export function indicatorsOfAxis(
  com: ComReference,
  axisId: string,
  views: readonly ComIndicatorView[],
): { id: string; label: string; unitId: string; view: ComIndicatorView | null }[] {
  return com.indicators
    .filter((i) => i.axisId === axisId)
    .map((i) => ({
      id: i.id,
      label: i.label,
      unitId: i.unitId,
      view: views.find((v) => v.indicatorId === i.id) ?? null,
    }))
    .sort((a, b) => Number(b.view !== null) - Number(a.view !== null));
}
