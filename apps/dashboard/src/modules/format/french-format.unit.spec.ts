import { describe, expect, it } from '@jest/globals';

import {
  countOf,
  formatCalendarDate,
  formatDuration,
  formatInstant,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatShortDate,
  parisToday,
} from './french-format.js';

// Intl writes a narrow no-break space (U+202F) between thousands, a no-break space (U+00A0) before "%".
const nnbsp = '\u202F';
const nbsp = '\u00A0';

describe('French formatting', () => {
  it('writes business dates as calendar dates, never shifted by a time zone', () => {
    expect(formatCalendarDate('2017-12-31')).toBe('31 décembre 2017');
    expect(formatCalendarDate('2013-01-01')).toBe('1 janvier 2013');
    expect(formatShortDate('2015-05-29')).toBe('29/05/2015');
  });

  it('writes instants in Paris time', () => {
    expect(formatInstant('2026-11-23T14:20:04.017Z')).toBe('23 novembre 2026 à 15:20');
    expect(formatInstant('2025-07-10T08:00:00.000Z')).toBe('10 juillet 2025 à 10:00');
  });

  it('writes numbers and shares the French way', () => {
    expect(formatNumber(2520)).toBe(`2${nnbsp}520`);
    expect(formatNumber(12.5)).toBe('12,5');
    expect(formatPercent(0.9852941)).toBe(`99${nbsp}%`);
  });

  it('names periods as the reporting calendar does', () => {
    expect(formatPeriod('2024-T3')).toBe('T3 2024');
    expect(formatPeriod('2024')).toBe('2024');
  });

  it('writes durations and counts in words', () => {
    expect(formatDuration(42)).toBe('42 s');
    expect(formatDuration(125)).toBe('2 min 5 s');
    expect(formatDuration(3_720)).toBe('1 h 2 min');
    expect(countOf(1, 'action')).toBe('1 action');
    expect(countOf(3, 'action')).toBe('3 actions');
    expect(countOf(2, 'CCI', 'CCI')).toBe('2 CCI');
  });

  it("takes today's date in Paris, where the read API counts its dates", () => {
    expect(parisToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(parisToday(new Date('2026-07-01T12:00:00Z'))).toBe('2026-07-01');
  });
});
