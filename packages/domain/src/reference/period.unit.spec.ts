import { describe, expect, it } from '@jest/globals';

import { comparePeriods, parsePeriod, periodHasEnded, periodLastDay } from './period.js';

describe('reporting periods', () => {
  it('orders periods by their end, a year after its last quarter', () => {
    expect(['2025-T1', '2024', '2024-T4', '2024-T2'].sort(comparePeriods)).toEqual([
      '2024-T2',
      '2024-T4',
      '2024',
      '2025-T1',
    ]);
  });

  it('ends a quarter on its last day, and a year on 31 December', () => {
    expect(periodLastDay(parsePeriod('2024-T1')!)).toBe('2024-03-31');
    expect(periodLastDay(parsePeriod('2024-T2')!)).toBe('2024-06-30');
    expect(periodLastDay(parsePeriod('2024-T4')!)).toBe('2024-12-31');
    expect(periodLastDay(parsePeriod('2024')!)).toBe('2024-12-31');
  });

  it('counts a period as ended only once its last day has passed', () => {
    expect(periodHasEnded('2024-T1', '2024-03-31')).toBe(false);
    expect(periodHasEnded('2024-T1', '2024-04-01')).toBe(true);
    expect(periodHasEnded('2024', '2024-12-31')).toBe(false);
    expect(periodHasEnded('2024', '2025-01-01')).toBe(true);
    expect(periodHasEnded('trimestre 1', '2030-01-01')).toBe(false);
  });
});
