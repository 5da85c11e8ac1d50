import type { CalendarDate } from './calendar-date.js';
import type { ReportingFrequency } from './ids.js';

/** A reporting period: a quarter ("2024-T3") or a year ("2024"). */
export type Period = string;

const QUARTER = /^(\d{4})-T([1-4])$/;
const YEAR = /^(\d{4})$/;

export type ParsedPeriod = Readonly<{ year: number; quarter: 1 | 2 | 3 | 4 | null }>;

/** Valid periods are at most five per year: the summaries parse the same few ones at every flush. */
const parsed = new Map<string, ParsedPeriod>();

export function parsePeriod(period: string): ParsedPeriod | null {
  const known = parsed.get(period);
  if (known !== undefined) return known;
  const quarter = QUARTER.exec(period);
  const year = quarter ? null : YEAR.exec(period);
  const result: ParsedPeriod | null = quarter
    ? { year: Number(quarter[1]), quarter: Number(quarter[2]) as 1 | 2 | 3 | 4 }
    : year
      ? { year: Number(year[1]), quarter: null }
      : null;
  if (result !== null) parsed.set(period, Object.freeze(result));
  return result;
}

export function periodFrequency(period: ParsedPeriod): ReportingFrequency {
  return period.quarter === null ? 'yearly' : 'quarterly';
}

export function formatPeriod(period: ParsedPeriod): Period {
  return period.quarter === null ? String(period.year) : `${period.year}-T${period.quarter}`;
}

/** "T3 2024", "année 2024": how the interface names a period. */
export function periodLabel(period: Period): string {
  const parsed = parsePeriod(period);
  if (!parsed) return period;
  return parsed.quarter === null ? `année ${parsed.year}` : `T${parsed.quarter} ${parsed.year}`;
}

/** Chronological order: quarters of a year, then the year itself (it closes after its last quarter). */
export function comparePeriods(a: Period, b: Period): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa || !pb) return a.localeCompare(b);
  return pa.year - pb.year || (pa.quarter ?? 5) - (pb.quarter ?? 5);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The first and last calendar days of a period (YYYY-MM-DD). */
export function periodDays(period: ParsedPeriod): { first: string; last: string } {
  const year = String(period.year).padStart(4, '0');
  if (period.quarter === null) return { first: `${year}-01-01`, last: `${year}-12-31` };
  const lastMonth = period.quarter * 3;
  const lastDay = new Date(Date.UTC(2001, lastMonth, 0)).getUTCDate();
  return { first: `${year}-${pad2(lastMonth - 2)}-01`, last: `${year}-${pad2(lastMonth)}-${pad2(lastDay)}` };
}

/** The period of the same frequency that comes `step` periods later (or earlier, when negative). */
export function shiftPeriod(period: Period, step: number): Period | null {
  const parsed = parsePeriod(period);
  if (!parsed) return null;
  if (parsed.quarter === null) return String(parsed.year + step);
  const index = parsed.year * 4 + parsed.quarter - 1 + step;
  return formatPeriod({ year: Math.floor(index / 4), quarter: ((index % 4) + 1) as 1 | 2 | 3 | 4 });
}

/** The last day of a period: 31 March for "2024-T1", 31 December for "2024" and "2024-T4". */
export function periodLastDay(period: ParsedPeriod): CalendarDate {
  return periodDays(period).last;
}

/**
 * Whether a period is over on `day`: only once its last day has passed, so that a view "as of" the
 * 31st of March, or today when today is that day, does not yet count the first quarter as ended.
 */
export function periodHasEnded(period: Period, day: CalendarDate): boolean {
  const parsed = parsePeriod(period);
  return parsed !== null && periodLastDay(parsed) < day;
}
