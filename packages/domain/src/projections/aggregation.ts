import type { Aggregation } from '../reference/ids.js';

/**
 * How an indicator's values roll up, per its catalogue entry:
 * - sum (flows: companies helped...): the periods of a year add up, and so do CCIs and regions;
 * - average (rates: satisfaction...): the mean of the periods, and the mean across CCIs and regions;
 * - latest (stocks: staff trained to date...): the year's latest period, summed across CCIs and regions.
 * Values are combined in a fixed order (by period, by CCI id) so that a total never depends on the
 * order in which the reports arrived.
 */

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** A CCI's value for a year, from its reported periods of that year, in chronological order. */
export function yearValue(aggregation: Aggregation, chronologicalValues: number[]): number | null {
  if (chronologicalValues.length === 0) return null;
  switch (aggregation) {
    case 'sum':
      return chronologicalValues.reduce((a, b) => a + b, 0);
    case 'average':
      return mean(chronologicalValues);
    case 'latest':
      return chronologicalValues.at(-1) ?? null;
  }
}

/** Several CCIs' (or regions') values combined, given in a stable order. */
export function combinedValue(aggregation: Aggregation, values: number[]): number | null {
  if (values.length === 0) return null;
  return aggregation === 'average' ? mean(values) : values.reduce((a, b) => a + b, 0);
}

export type YearFigures = { actual: number | null; target: number | null; attainment: number | null };

export function yearFigures(actual: number | null, target: number | null): YearFigures {
  return {
    actual,
    target,
    attainment: actual !== null && target !== null && target > 0 ? actual / target : null,
  };
}

/** Sorted entries of a record, so that combinations happen in the same order everywhere. */
export function sortedEntries<V>(record: Record<string, V>): [string, V][] {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
