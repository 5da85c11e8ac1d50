import { describe, expect, it } from '@jest/globals';

import { replayPace } from './progress.js';

describe("a rebuild's replay pace", () => {
  it('takes the first rate as it is, and the time left at that rate', () => {
    expect(replayPace(0, { at: 0, done: 0 }, { at: 2_000, done: 1_000 }, 5_000)).toEqual({
      done: 1_000,
      eventsPerSecond: 500,
      etaSeconds: 8,
    });
  });

  it('smooths a new rate with the one known so far, 70 % the old and 30 % the new', () => {
    const pace = replayPace(500, { at: 2_000, done: 1_000 }, { at: 3_000, done: 2_000 }, 5_000);
    expect(pace.eventsPerSecond).toBeCloseTo(650);
    expect(pace.etaSeconds).toBeCloseTo(3_000 / 650);
  });

  it('knows no time left while nothing moved yet, and counts no more than the total', () => {
    expect(replayPace(0, { at: 0, done: 0 }, { at: 1_000, done: 0 }, 5_000)).toEqual({
      done: 0,
      eventsPerSecond: 0,
      etaSeconds: null,
    });
    expect(replayPace(0, { at: 5, done: 0 }, { at: 5, done: 10 }, 5_000).eventsPerSecond).toBe(0);
    expect(replayPace(100, { at: 0, done: 4_000 }, { at: 1_000, done: 6_000 }, 5_000)).toMatchObject({
      done: 5_000,
      etaSeconds: 0,
    });
  });
});
