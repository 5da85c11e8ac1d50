import { describe, expect, it } from '@jest/globals';

import { partitionsTakeWrites, type PartitionReplicas } from './write-availability.js';

const threeReplicas = (isr: number[], leader = isr[0] ?? -1): PartitionReplicas => ({
  leader,
  replicas: [1, 2, 3],
  isr,
});

describe('whether the event topic takes acknowledged appends (the ingest API’s readiness)', () => {
  it('does when every partition has a leader and its min.insync.replicas in sync', () => {
    expect(partitionsTakeWrites([threeReplicas([1, 2, 3]), threeReplicas([2, 3])], 2)).toBe(true);
  });

  it('does not when a partition has a leader but fewer replicas in sync than min.insync.replicas', () => {
    expect(partitionsTakeWrites([threeReplicas([1, 2, 3]), threeReplicas([3])], 2)).toBe(false);
  });

  it('does not when a partition has no leader', () => {
    expect(partitionsTakeWrites([threeReplicas([1, 2, 3]), threeReplicas([], -1)], 1)).toBe(false);
  });

  it('does not when the topic has no partition (unknown to the broker)', () => {
    expect(partitionsTakeWrites([], 1)).toBe(false);
  });

  it('asks no more replicas than a partition has, as the broker does', () => {
    expect(partitionsTakeWrites([{ leader: 1, replicas: [1], isr: [1] }], 2)).toBe(true);
  });
});
