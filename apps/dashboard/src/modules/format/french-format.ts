/**
 * Dates, numbers and periods as a French reader expects them. Business dates ("2017-12-31") are calendar
 * dates, not instants: they are formatted in UTC so that no time zone moves them to the day before.
 * Instants (when a fact was recorded) are shown in Paris time, the network's.
 */

const calendarDate = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
const shortCalendarDate = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeZone: 'UTC' });
const instant = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});
const clock = new Intl.DateTimeFormat('fr-FR', { timeStyle: 'medium', timeZone: 'Europe/Paris' });
const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2017-12-31" or an instant → "31 décembre 2017". */
export function formatCalendarDate(value: string): string {
  const day = CALENDAR_DATE.test(value) ? `${value}T00:00:00Z` : value;
  return calendarDate.format(new Date(Date.parse(day)));
}

/** "2017-12-31" → "31/12/2017", for dense tables. */
export function formatShortDate(value: string): string {
  const day = CALENDAR_DATE.test(value) ? `${value}T00:00:00Z` : value;
  return shortCalendarDate.format(new Date(Date.parse(day)));
}

/** An instant → "23 novembre 2026 à 15:20", in Paris time. */
export function formatInstant(value: string): string {
  return instant.format(new Date(value));
}

/** An instant → "15:20:04", in Paris time. */
export function formatClock(value: string | number): string {
  return clock.format(new Date(value));
}

/** 2520 → "2 520"; 12.5 → "12,5". */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? integer.format(value) : decimal.format(value);
}

/** 0.9852 → "99 %". */
export function formatPercent(ratio: number): string {
  return percent.format(ratio);
}

const smallPercent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumSignificantDigits: 2 });

/** A share that may be well under 1 %: 0.00086 → "0,086 %"; 0.5 → "50 %". */
export function formatShare(ratio: number): string {
  return smallPercent.format(ratio);
}

/** "2024-T3" → "T3 2024"; "2024" → "2024". */
export function formatPeriod(period: string): string {
  const quarter = /^(\d{4})-T([1-4])$/.exec(period);
  return quarter ? `T${quarter[2] ?? ''} ${quarter[1] ?? ''}` : period;
}

/** 125 → "2 min 5 s"; 3 700 → "1 h 1 min". */
export function formatDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  if (total < 60) return `${total} s`;
  const minutes = Math.floor(total / 60);
  if (minutes < 60) return total % 60 === 0 ? `${minutes} min` : `${minutes} min ${total % 60} s`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}

/** "1 CCI" / "2 CCI" and the like: French plural of a count and a noun. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(count)} ${count > 1 ? plural : singular}`;
}

const parisDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Paris as "2026-11-23": the day the read API's `asOf` dates are counted in. */
export function parisToday(now: Date = new Date()): string {
  return parisDay.format(now);
}
