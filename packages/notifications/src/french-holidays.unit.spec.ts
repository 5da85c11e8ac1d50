import { describe, expect, it } from '@jest/globals';

import { easterSunday, frenchPublicHolidays, isFrenchPublicHoliday } from './french-holidays.js';

describe('French public holidays', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('Easter Sunday %i is %s', (year, day) => {
    expect(easterSunday(year)).toBe(day);
  });

  it('lists the eleven days of 2026, the moving ones from Easter (5 April)', () => {
    expect(frenchPublicHolidays(2026)).toEqual([
      { day: '2026-01-01', name: "Jour de l'an" },
      { day: '2026-04-06', name: 'Lundi de Pâques' },
      { day: '2026-05-01', name: 'Fête du Travail' },
      { day: '2026-05-08', name: 'Victoire 1945' },
      { day: '2026-05-14', name: 'Ascension' },
      { day: '2026-05-25', name: 'Lundi de Pentecôte' },
      { day: '2026-07-14', name: 'Fête nationale' },
      { day: '2026-08-15', name: 'Assomption' },
      { day: '2026-11-01', name: 'Toussaint' },
      { day: '2026-11-11', name: 'Armistice 1918' },
      { day: '2026-12-25', name: 'Noël' },
    ]);
  });

  it('tells a holiday from the day before and after', () => {
    expect(isFrenchPublicHoliday('2027-05-06')).toBe(true); // Ascension 2027
    expect(isFrenchPublicHoliday('2027-05-05')).toBe(false);
    expect(isFrenchPublicHoliday('2027-05-07')).toBe(false);
    expect(isFrenchPublicHoliday('2025-06-09')).toBe(true); // Lundi de Pentecôte 2025
  });
});
