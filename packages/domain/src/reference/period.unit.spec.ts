import { describe, expect, it } from '@jest/globals';

import {
  comparePeriods,
  parsePeriod,
  periodDays,
  periodHasEnded,
  periodLastDay,
  shiftPeriod,
} from './period.js';

describe('reporting periods', () => {
  it('orders periods by their end, a year after its last quarter', () => {
    expect(['2025-T1', '2024', '2024-T4', '2024-T2'].sort(comparePeriods)).toEqual([
      '2024-T2',
      '2024-T4',
      '2024',
      '2025-T1',
    ]);
  });

  it('know their first and last days', () => {
    expect(periodDays(parsePeriod('2024-T1')!)).toEqual({ first: '2024-01-01', last: '2024-03-31' });
    expect(periodDays(parsePeriod('2024-T2')!)).toEqual({ first: '2024-04-01', last: '2024-06-30' });
    expect(periodDays(parsePeriod('2024-T4')!)).toEqual({ first: '2024-10-01', last: '2024-12-31' });
    expect(periodDays(parsePeriod('2024')!)).toEqual({ first: '2024-01-01', last: '2024-12-31' });
    expect(periodLastDay(parsePeriod('2024-T2')!)).toBe('2024-06-30');
  });

  it('counts a period as ended only once its last day has passed', () => {
    expect(periodHasEnded('2024-T1', '2024-03-31')).toBe(false);
    expect(periodHasEnded('2024-T1', '2024-04-01')).toBe(true);
    expect(periodHasEnded('2024', '2024-12-31')).toBe(false);
    expect(periodHasEnded('2024', '2025-01-01')).toBe(true);
    expect(periodHasEnded('trimestre 1', '2030-01-01')).toBe(false);
  });

  it('step to the previous or next period of the same frequency, across years', () => {
    expect(shiftPeriod('2024-T1', -1)).toBe('2023-T4');
    expect(shiftPeriod('2023-T4', 1)).toBe('2024-T1');
    expect(shiftPeriod('2024-T2', 1)).toBe('2024-T3');
    expect(shiftPeriod('2024', -1)).toBe('2023');
    expect(shiftPeriod('T5', 1)).toBeNull();
  });
});
