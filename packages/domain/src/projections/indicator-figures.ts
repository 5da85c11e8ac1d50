import type { Aggregation, ReportingFrequency } from '../reference/ids.js';
import { parsePeriod, periodFrequency, type ParsedPeriod } from '../reference/period.js';
import type { ReferenceData, ReportingPeriod } from '../reference/reference-data.js';
import { combinedValue, yearFigures, yearValue, type YearFigures } from './aggregation.js';

export type PeriodFigures = {
  value: number | null;
  expected: number;
  received: number;
  onTime: number;
  /** Territorial CCIs that have not reported this period. */
  missing: string[];
};

/** years[year]: the region's figures and each CCI's. */
export type IndicatorYears = Record<string, { region: YearFigures; ccis: Record<string, YearFigures> }>;

const periodsByFrequency = new WeakMap<readonly ReportingPeriod[], Map<ReportingFrequency, string[]>>();

/** The periods of a reporting calendar at one frequency, worked out once per calendar. */
function periodsAt(calendar: readonly ReportingPeriod[], frequency: ReportingFrequency): readonly string[] {
  let byFrequency = periodsByFrequency.get(calendar);
  if (byFrequency === undefined) {
    byFrequency = new Map();
    periodsByFrequency.set(calendar, byFrequency);
  }
  let periods = byFrequency.get(frequency);
  if (periods === undefined) {
    periods = calendar
      .map(({ period }) => period)
      .filter((period) => {
        const parsed = parsePeriod(period);
        return parsed !== null && periodFrequency(parsed) === frequency;
      });
    byFrequency.set(frequency, periods);
  }
  return periods;
}

/** The figures of one indicator, from its current values and targets (shared with the national consolidation). */
export function indicatorFigures(
  input: {
    comId: string;
    regionId: string;
    aggregation: Aggregation;
    frequency: ReportingFrequency;
    values: Record<string, Record<string, { value: number; onTime: boolean | null }>>;
    targets: Record<string, Record<string, number>>;
  },
  reference: ReferenceData,
): { years: IndicatorYears; periods: Record<string, PeriodFigures> } {
  const { aggregation } = input;
  const regional = reference.regionalCci(input.regionId);
  const territorial = reference.territorialCciIds(input.regionId);
  const com = reference.com(input.comId);
  const years: IndicatorYears = {};
  const cciIds = [...new Set([...Object.keys(input.values), ...Object.keys(input.targets)])].sort();
  // Each CCI's values by year in period order, from one pass over its periods.
  const valuesByYear = new Map<string, Map<number, number[]>>();
  for (const cciId of cciIds) {
    const byYear = new Map<number, number[]>();
    const reported: { parsed: ParsedPeriod; value: number }[] = [];
    for (const [period, cell] of Object.entries(input.values[cciId] ?? {})) {
      const parsed = parsePeriod(period);
      if (parsed) reported.push({ parsed, value: cell.value });
    }
    reported.sort(
      (a, b) => a.parsed.year - b.parsed.year || (a.parsed.quarter ?? 5) - (b.parsed.quarter ?? 5),
    );
    for (const { parsed, value } of reported) {
      const values = byYear.get(parsed.year);
      if (values) values.push(value);
      else byYear.set(parsed.year, [value]);
    }
    valuesByYear.set(cciId, byYear);
  }
  if (com) {
    for (let year = com.years.from; year <= com.years.to; year += 1) {
      const ccis: Record<string, YearFigures> = {};
      const cciActuals: number[] = [];
      for (const cciId of cciIds) {
        const actual = yearValue(aggregation, valuesByYear.get(cciId)?.get(year) ?? []);
        const target = input.targets[cciId]?.[String(year)] ?? null;
        if (actual !== null || target !== null) ccis[cciId] = yearFigures(actual, target);
        if (actual !== null) cciActuals.push(actual);
      }
      const regionTarget = regional ? (input.targets[regional.id]?.[String(year)] ?? null) : null;
      const regionActual = combinedValue(aggregation, cciActuals);
      if (regionActual !== null || regionTarget !== null || Object.keys(ccis).length > 0) {
        years[String(year)] = { region: yearFigures(regionActual, regionTarget), ccis };
      }
    }
  }
  const periods: Record<string, PeriodFigures> = {};
  const isTerritorial = new Set(territorial);
  for (const period of periodsAt(reference.reportingPeriods(input.comId), input.frequency)) {
    const values: number[] = [];
    const received = new Set<string>();
    let onTime = 0;
    for (const cciId of cciIds) {
      const cell = input.values[cciId]?.[period];
      if (cell === undefined) continue;
      values.push(cell.value);
      if (!isTerritorial.has(cciId)) continue;
      received.add(cciId);
      if (cell.onTime === true) onTime += 1;
    }
    periods[period] = {
      value: combinedValue(aggregation, values),
      expected: territorial.length,
      received: received.size,
      onTime,
      missing: territorial.filter((cciId) => !received.has(cciId)),
    };
  }
  return { years, periods };
}
