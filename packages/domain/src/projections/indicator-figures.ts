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

/** Targets as the figures take them, targets[cciId][year], from target cells that carry more. */
export function targetNumbers(
  cells: Record<string, Record<string, { target: number }>>,
): Record<string, Record<string, number>> {
  const targets: Record<string, Record<string, number>> = {};
  for (const [cciId, row] of Object.entries(cells)) {
    const values: Record<string, number> = {};
    for (const [year, cell] of Object.entries(row)) values[year] = cell.target;
    targets[cciId] = values;
  }
  return targets;
}

/** What an indicator's figures are computed from: its current values and targets. */
export type IndicatorFiguresInput = {
  comId: string;
  regionId: string;
  aggregation: Aggregation;
  frequency: ReportingFrequency;
  values: Record<string, Record<string, { value: number; onTime: boolean | null }>>;
  targets: Record<string, Record<string, number>>;
};

/** The figures of one indicator, from its current values and targets (shared with the national consolidation). */
export function indicatorFigures(
  input: IndicatorFiguresInput,
  reference: ReferenceData,
): { years: IndicatorYears; periods: Record<string, PeriodFigures> } {
  const cciIds = cciIdsOf(input);
  return { years: yearsOf(input, cciIds, reference), periods: periodsOf(input, cciIds, reference) };
}

/** The yearly figures alone: what a consolidation of values reads, without the periods' completeness. */
export function indicatorYears(input: IndicatorFiguresInput, reference: ReferenceData): IndicatorYears {
  return yearsOf(input, cciIdsOf(input), reference);
}

/** Each period's figures and completeness alone, without the yearly figures. */
export function indicatorPeriods(
  input: IndicatorFiguresInput,
  reference: ReferenceData,
): Record<string, PeriodFigures> {
  return periodsOf(input, cciIdsOf(input), reference);
}

/** The CCIs with a value or a target, sorted: the order their figures combine in. */
function cciIdsOf(input: IndicatorFiguresInput): string[] {
  const cciIds = Object.keys(input.values);
  for (const cciId in input.targets) if (!(cciId in input.values)) cciIds.push(cciId);
  return cciIds.sort();
}

function yearsOf(
  input: IndicatorFiguresInput,
  cciIds: readonly string[],
  reference: ReferenceData,
): IndicatorYears {
  const { aggregation } = input;
  const com = reference.com(input.comId);
  const years: IndicatorYears = {};
  if (!com) return years;
  const regional = reference.regionalCci(input.regionId);
  // Each CCI's values by year in period order, from one pass over its periods.
  const valuesByYear = new Map<string, Map<number, number[]>>();
  for (const cciId of cciIds) {
    const byYear = new Map<number, number[]>();
    const reported: { parsed: ParsedPeriod; value: number }[] = [];
    const row = input.values[cciId] ?? {};
    for (const period in row) {
      const parsed = parsePeriod(period);
      const cell = row[period];
      if (parsed && cell) reported.push({ parsed, value: cell.value });
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
  for (let year = com.years.from; year <= com.years.to; year += 1) {
    const yearKey = String(year);
    const ccis: Record<string, YearFigures> = {};
    let anyCci = false;
    const cciActuals: number[] = [];
    for (const cciId of cciIds) {
      const values = valuesByYear.get(cciId)?.get(year);
      const actual = values === undefined ? null : yearValue(aggregation, values);
      const target = input.targets[cciId]?.[yearKey] ?? null;
      if (actual !== null || target !== null) {
        ccis[cciId] = yearFigures(actual, target);
        anyCci = true;
      }
      if (actual !== null) cciActuals.push(actual);
    }
    const regionTarget = regional ? (input.targets[regional.id]?.[yearKey] ?? null) : null;
    const regionActual = combinedValue(aggregation, cciActuals);
    if (regionActual !== null || regionTarget !== null || anyCci) {
      years[yearKey] = { region: yearFigures(regionActual, regionTarget), ccis };
    }
  }
  return years;
}

function periodsOf(
  input: IndicatorFiguresInput,
  cciIds: readonly string[],
  reference: ReferenceData,
): Record<string, PeriodFigures> {
  const territorial = reference.territorialCciIds(input.regionId);
  const periods: Record<string, PeriodFigures> = {};
  for (const period of periodsAt(reference.reportingPeriods(input.comId), input.frequency)) {
    const values: number[] = [];
    for (const cciId of cciIds) {
      const cell = input.values[cciId]?.[period];
      if (cell !== undefined) values.push(cell.value);
    }
    let received = 0;
    let onTime = 0;
    const missing: string[] = [];
    for (const cciId of territorial) {
      const cell = input.values[cciId]?.[period];
      if (cell === undefined) missing.push(cciId);
      else {
        received += 1;
        if (cell.onTime === true) onTime += 1;
      }
    }
    periods[period] = {
      value: combinedValue(input.aggregation, values),
      expected: territorial.length,
      received,
      onTime,
      missing,
    };
  }
  return periods;
}
