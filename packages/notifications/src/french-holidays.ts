import { addDays } from './paris-time.js';

/**
 * The public holidays of metropolitan France (Code du travail, art. L3133-1), the Easter-based ones
 * computed: Easter Monday, Ascension Thursday (Easter + 39) and Whit Monday (Easter + 50). Alsace and
 * Moselle's two extra days are not here: no CCI of the reference data is there yet.
 */

/** Easter Sunday of a Gregorian year (the anonymous algorithm of Meeus, Jones and Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export type PublicHoliday = { day: string; name: string };

/** The year's eleven public holidays, in calendar order. */
export function frenchPublicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const fixed = (monthDay: string, name: string) => ({ day: `${String(year)}-${monthDay}`, name });
  return [
    fixed('01-01', "Jour de l'an"),
    { day: addDays(easter, 1), name: 'Lundi de Pâques' },
    fixed('05-01', 'Fête du Travail'),
    fixed('05-08', 'Victoire 1945'),
    { day: addDays(easter, 39), name: 'Ascension' },
    { day: addDays(easter, 50), name: 'Lundi de Pentecôte' },
    fixed('07-14', 'Fête nationale'),
    fixed('08-15', 'Assomption'),
    fixed('11-01', 'Toussaint'),
    fixed('11-11', 'Armistice 1918'),
    fixed('12-25', 'Noël'),
  ].sort((x, y) => x.day.localeCompare(y.day));
}

/** Whether a calendar day (YYYY-MM-DD) is a public holiday in metropolitan France. */
export function isFrenchPublicHoliday(day: string): boolean {
  return frenchPublicHolidays(Number(day.slice(0, 4))).some((holiday) => holiday.day === day);
}
