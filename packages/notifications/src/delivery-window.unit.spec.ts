import { describe, expect, it } from '@jest/globals';

import { deliveryTime } from './delivery-window.js';
import { parisInstant } from './paris-time.js';
import { paris } from './test/fixtures.js';

describe('when a notice to a person may go (quiet hours 20:00–08:00 Paris, public holidays)', () => {
  it('goes at once during working hours', () => {
    const at = paris('2026-10-27T14:30', 1);
    expect(deliveryTime(at)).toBe(at);
  });

  it('waits from 20:00 until 08:00 the next morning, and from midnight until 08:00 the same morning', () => {
    expect(deliveryTime(paris('2026-10-27T20:00', 1))).toBe(paris('2026-10-28T08:00', 1));
    expect(deliveryTime(paris('2026-10-27T19:59', 1))).toBe(paris('2026-10-27T19:59', 1));
    expect(deliveryTime(paris('2026-10-28T03:00', 1))).toBe(paris('2026-10-28T08:00', 1));
    expect(deliveryTime(paris('2026-10-28T08:00', 1))).toBe(paris('2026-10-28T08:00', 1));
  });

  it('skips public holidays: Toussaint 2026 (a Sunday) waits for Monday 2 November', () => {
    expect(deliveryTime(paris('2026-11-01T10:00', 1))).toBe(paris('2026-11-02T08:00', 1));
    expect(deliveryTime(paris('2026-10-31T22:00', 1))).toBe(paris('2026-11-02T08:00', 1));
  });

  it('skips Easter Monday and the evening before it', () => {
    expect(deliveryTime(paris('2026-04-05T21:00', 2))).toBe(paris('2026-04-07T08:00', 2));
  });

  it('keeps to the Paris clock across the change to winter time (25 October 2026)', () => {
    expect(parisInstant('2026-10-25', 8)).toBe(Date.parse('2026-10-25T07:00:00Z'));
    expect(parisInstant('2026-10-24', 8)).toBe(Date.parse('2026-10-24T06:00:00Z'));
    expect(deliveryTime(paris('2026-10-24T23:00', 2))).toBe(Date.parse('2026-10-25T07:00:00Z'));
  });

  it('follows other quiet hours when configured', () => {
    expect(deliveryTime(paris('2026-10-27T18:30', 1), { fromHour: 18, untilHour: 9 })).toBe(
      paris('2026-10-28T09:00', 1),
    );
  });
});
