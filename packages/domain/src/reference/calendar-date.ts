/** A calendar date written YYYY-MM-DD, as the business states it (an effective date, a due date). */
export type CalendarDate = string;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date: 2024-02-30 is refused, 2024-02-29 accepted. */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0 to 99 as 1900 to 1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const parisDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar date of an instant in Paris, where the network's days begin and end: from 23:00 UTC in
 * winter (22:00 in summer) it is already the next day, the day a person entering "today" means.
 */
export function calendarDateOf(instant: Date): CalendarDate {
  return parisDay.format(instant);
}

export function addYears(date: CalendarDate, years: number): CalendarDate {
  return `${String(Number(date.slice(0, 4)) + years).padStart(4, '0')}${date.slice(4)}`;
}

/** "29 mai 2015", "1er juin 2024": how the interface writes a calendar date. */
export function formatCalendarDate(date: CalendarDate): string {
  const [year, month, day] = date.split('-').map(Number);
  const formatted = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)).toLocaleDateString('fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return day === 1 ? formatted.replace(/^1 /, '1er ') : formatted;
}
