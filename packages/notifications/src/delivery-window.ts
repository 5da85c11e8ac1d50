import { isFrenchPublicHoliday } from './french-holidays.js';
import { addDays, parisDay, parisHour, parisInstant } from './paris-time.js';

/** When people may be written to: outside the quiet hours (Paris clock), never on a public holiday. */
export type QuietHours = { fromHour: number; untilHour: number };

export const DEFAULT_QUIET_HOURS: QuietHours = { fromHour: 20, untilHour: 8 };

function quiet(instantMs: number, hours: QuietHours): boolean {
  const hour = parisHour(instantMs);
  return hours.fromHour > hours.untilHour
    ? hour >= hours.fromHour || hour < hours.untilHour
    : hour >= hours.fromHour && hour < hours.untilHour;
}

/**
 * The first instant at or after `dueMs` when a notice to a person may go: `dueMs` itself when it falls
 * in working hours of a working day, otherwise the end of the quiet hours on the next day that is not a
 * public holiday. The DSI's alerts do not come through here: they go at once.
 */
export function deliveryTime(dueMs: number, hours: QuietHours = DEFAULT_QUIET_HOURS): number {
  const day = parisDay(dueMs);
  if (!isFrenchPublicHoliday(day) && !quiet(dueMs, hours)) return dueMs;
  // Before the morning's end of quiet hours, today's morning; otherwise the next morning.
  let candidate = parisHour(dueMs) < hours.untilHour ? day : addDays(day, 1);
  while (isFrenchPublicHoliday(candidate)) candidate = addDays(candidate, 1);
  return parisInstant(candidate, hours.untilHour);
}

/** Monday to Friday, not a public holiday: the days a digest may go. */
export function isWorkingDay(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isFrenchPublicHoliday(day);
}

/** The first working day at or after `day`. */
export function workingDayFrom(day: string): string {
  let candidate = day;
  while (!isWorkingDay(candidate)) candidate = addDays(candidate, 1);
  return candidate;
}
