import { describe, expect, it } from '@jest/globals';

import { overallState, PartitionHealth } from './partition-health.js';

describe('projection health in business terms', () => {
  it('is caught up with nothing left, catching up while moving, stalled when behind and still', () => {
    const health = new PartitionHealth(30_000);
    const at = (now: number, offset: number, high: number) =>
      health.update(
        [{ partition: 0, offset, highWatermark: high, lastAppliedTimestamp: now - 2_000 }],
        now,
      )[0]!;
    expect(at(0, 10, 10)).toMatchObject({ state: 'caught-up', lagEvents: 0, lagSeconds: 0 });
    expect(at(1_000, 20, 50)).toMatchObject({
      state: 'catching-up',
      lagEvents: 30,
      lagSeconds: 2,
      eventsPerSecond: 10,
    });
    expect(at(20_000, 20, 60).state).toBe('catching-up');
    expect(at(31_500, 20, 70)).toMatchObject({ state: 'stalled', lagEvents: 50 });
    expect(at(32_000, 70, 70).state).toBe('caught-up');
  });

  it('says the projector is stalled when one partition is', () => {
    expect(
      overallState([
        {
          partition: 0,
          offset: 1,
          highWatermark: 1,
          lagEvents: 0,
          lagSeconds: 0,
          eventsPerSecond: 0,
          state: 'caught-up',
        },
        {
          partition: 1,
          offset: 1,
          highWatermark: 9,
          lagEvents: 8,
          lagSeconds: 40,
          eventsPerSecond: 0,
          state: 'stalled',
        },
      ]),
    ).toBe('stalled');
  });
});
