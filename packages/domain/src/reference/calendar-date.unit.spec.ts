import { describe, expect, it } from '@jest/globals';

import { calendarDateOf, isCalendarDate } from './calendar-date.js';

describe('a calendar date', () => {
  it('is a real day written AAAA-MM-JJ', () => {
    expect(['2024-02-29', '2015-05-29', '1999-12-31'].map(isCalendarDate)).toEqual([true, true, true]);
    expect(['2023-02-29', '2024-02-30', '2024-13-01', '2024-1-01', '29/05/2015'].map(isCalendarDate)).toEqual(
      [false, false, false, false, false],
    );
  });

  it('may lie in the first century: year 0086 is not 1986', () => {
    expect(isCalendarDate('0086-04-04')).toBe(true);
    expect(isCalendarDate('0000-02-29')).toBe(true);
    expect(isCalendarDate('0001-02-29')).toBe(false);
  });

  it("of an instant is Paris's: at 23:50 UTC in December, or 22:30 UTC in July, it is already the next day", () => {
    expect(calendarDateOf(new Date('2026-12-05T22:59:59Z'))).toBe('2026-12-05');
    expect(calendarDateOf(new Date('2026-12-05T23:50:00Z'))).toBe('2026-12-06');
    expect(calendarDateOf(new Date('2026-07-14T21:59:59Z'))).toBe('2026-07-14');
    expect(calendarDateOf(new Date('2026-07-14T22:30:00Z'))).toBe('2026-07-15');
  });
});
