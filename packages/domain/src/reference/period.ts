import type { CalendarDate } from './calendar-date.js';
import type { ReportingFrequency } from './ids.js';

/** A reporting period: a quarter ("2024-T3") or a year ("2024"). */
export type Period = string;

const QUARTER = /^(\d{4})-T([1-4])$/;
const YEAR = /^(\d{4})$/;

export type ParsedPeriod = { year: number; quarter: 1 | 2 | 3 | 4 | null };

export function parsePeriod(period: string): ParsedPeriod | null {
  const quarter = QUARTER.exec(period);
  if (quarter) return { year: Number(quarter[1]), quarter: Number(quarter[2]) as 1 | 2 | 3 | 4 };
  const year = YEAR.exec(period);
  if (year) return { year: Number(year[1]), quarter: null };
  return null;
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

const LAST_DAY_OF_QUARTER = { 1: '03-31', 2: '06-30', 3: '09-30', 4: '12-31' } as const;

/** The last day of a period: 31 March for "2024-T1", 31 December for "2024" and "2024-T4". */
export function periodLastDay(period: ParsedPeriod): CalendarDate {
  return `${String(period.year).padStart(4, '0')}-${LAST_DAY_OF_QUARTER[period.quarter ?? 4]}`;
}

/**
 * Whether a period is over on `day`: only once its last day has passed, so that a view "as of" the
 * 31st of March, or today when today is that day, does not yet count the first quarter as ended.
 */
export function periodHasEnded(period: Period, day: CalendarDate): boolean {
  const parsed = parsePeriod(period);
  return parsed !== null && periodLastDay(parsed) < day;
}
