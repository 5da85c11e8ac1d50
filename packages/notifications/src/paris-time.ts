/**
 * Paris wall-clock time without a time-zone library: the platform's `Intl` knows the zone's rules
 * (summer time included), which is all the quiet hours and the reminders' days need.
 */

const TIME_ZONE = 'Europe/Paris';
const DAY_MS = 86_400_000;

const PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function partsOf(instantMs: number): { day: string; hour: number; minute: number } {
  const parts = PARTS.formatToParts(instantMs);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    day: `${part('year')}-${part('month')}-${part('day')}`,
    hour: Number(part('hour')),
    minute: Number(part('minute')),
  };
}

/** The calendar day (YYYY-MM-DD) an instant falls on in Paris. */
export function parisDay(instantMs: number): string {
  return partsOf(instantMs).day;
}

/** The hour (0 to 23) an instant shows on a Paris clock. */
export function parisHour(instantMs: number): number {
  return partsOf(instantMs).hour;
}

/** The offset of Paris from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function parisOffsetMinutes(instantMs: number): number {
  const { day, hour, minute } = partsOf(instantMs);
  const [year, month, date] = day.split('-').map(Number);
  const wallClock = Date.UTC(year ?? 0, (month ?? 1) - 1, date ?? 1, hour, minute);
  return Math.round((wallClock - Math.floor(instantMs / 60_000) * 60_000) / 60_000);
}

/** The instant a Paris clock shows `hour`:00 on `day`. */
export function parisInstant(day: string, hour: number): number {
  const [year, month, date] = day.split('-').map(Number);
  const asUtc = Date.UTC(year ?? 0, (month ?? 1) - 1, date ?? 1, hour);
  // The offset at the guess can differ from the offset at the answer on the days the clocks change.
  const guess = asUtc - parisOffsetMinutes(asUtc) * 60_000;
  return asUtc - parisOffsetMinutes(guess) * 60_000;
}

/** The calendar day `days` after `day` (negative: before). */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, date ?? 1) + days * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

/** "31 octobre 2026 à 23 h 59": an instant as a French message writes it, on the Paris clock. */
export function frenchInstant(instantMs: number): string {
  const { hour, minute } = partsOf(instantMs);
  return `${frenchDay(parisDay(instantMs))} à ${hour} h ${String(minute).padStart(2, '0')}`;
}

/** "1er novembre 2026", "31 octobre 2026". */
export function frenchDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const formatted = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, date ?? 1)).toLocaleDateString('fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return date === 1 ? formatted.replace(/^1 /, '1er ') : formatted;
}

/** The ISO 8601 week a calendar day belongs to, `2026-W41`: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(day: string): string {
  const monday = mondayOf(day);
  const thursday = addDays(monday, 3);
  const year = thursday.slice(0, 4);
  const week = Math.floor((Date.parse(thursday) - Date.parse(`${year}-01-01`)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday of the week a calendar day belongs to. */
export function mondayOf(day: string): string {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}
