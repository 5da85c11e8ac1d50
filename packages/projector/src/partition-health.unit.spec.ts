import { describe, expect, it } from '@jest/globals';

import {
  PartitionHealth,
  projectionState,
  projectorState,
  type PartitionStatus,
} from './partition-health.js';

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
});

const partition = (partition: number, state: PartitionStatus['state']): PartitionStatus => ({
  partition,
  offset: 1,
  highWatermark: state === 'caught-up' ? 1 : 9,
  lagEvents: state === 'caught-up' ? 0 : 8,
  lagSeconds: state === 'caught-up' ? 0 : 40,
  eventsPerSecond: 0,
  state,
});

describe("a projector instance's state", () => {
  const running = { stopping: false, held: false };

  it('is starting until the group gave it partitions and it measured them against the log', () => {
    expect(projectorState({ ...running, assigned: null, measured: null, partitions: [] })).toBe('starting');
    expect(projectorState({ ...running, assigned: [0, 1], measured: null, partitions: [] })).toBe('starting');
    // A new assignment, not yet measured: the statuses it has are another assignment's.
    expect(
      projectorState({
        ...running,
        assigned: [0, 1],
        measured: [0],
        partitions: [partition(0, 'caught-up')],
      }),
    ).toBe('starting');
  });

  it('says so when the group gave it no partition, rather than claiming to be up to date', () => {
    expect(projectorState({ ...running, assigned: [], measured: [], partitions: [] })).toBe('unassigned');
  });

  it('is up to date only when every assigned partition is, stalled when one is', () => {
    const state = (...states: PartitionStatus['state'][]) =>
      projectorState({
        ...running,
        assigned: states.map((_, i) => i),
        measured: states.map((_, i) => i),
        partitions: states.map((s, i) => partition(i, s)),
      });
    expect(state('caught-up', 'caught-up')).toBe('caught-up');
    expect(state('caught-up', 'catching-up')).toBe('catching-up');
    expect(state('catching-up', 'stalled')).toBe('stalled');
  });

  it('is paused while a rebuild holds it, and stopped once it stops', () => {
    const measured = { assigned: [0], measured: [0], partitions: [partition(0, 'caught-up')] };
    expect(projectorState({ stopping: false, held: true, ...measured })).toBe('paused');
    expect(projectorState({ stopping: true, held: false, ...measured })).toBe('stopped');
  });
});

describe("a projection's state, from its instances'", () => {
  it('is up to date only when every instance holding partitions is, the worst state winning', () => {
    expect(projectionState(['caught-up', 'unassigned', 'caught-up'])).toBe('caught-up');
    expect(projectionState(['caught-up', 'starting'])).toBe('starting');
    expect(projectionState(['catching-up', 'starting'])).toBe('starting');
    expect(projectionState(['caught-up', 'catching-up'])).toBe('catching-up');
    expect(projectionState(['paused', 'caught-up'])).toBe('paused');
    expect(projectionState(['stalled', 'paused'])).toBe('stalled');
  });

  it('says no partition is held when no instance holds one', () => {
    expect(projectionState(['unassigned', 'unassigned'])).toBe('unassigned');
  });
});
