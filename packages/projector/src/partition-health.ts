export type PartitionState = 'caught-up' | 'catching-up' | 'stalled';

export type PartitionStatus = {
  partition: number;
  /** Next offset to apply (the checkpoint). */
  offset: number;
  highWatermark: number;
  lagEvents: number;
  lagSeconds: number;
  eventsPerSecond: number;
  state: PartitionState;
};

export type PartitionSample = {
  partition: number;
  offset: number;
  highWatermark: number;
  /** Timestamp (ms) of the last message applied in this partition, if any. */
  lastAppliedTimestamp: number | null;
};

/**
 * Health in business terms, per partition: caught up (nothing left to apply), catching up (behind but
 * moving) or stalled (behind, and not one event applied for `stallAfterMs` while events wait). Also
 * the lag in events and in seconds, and the throughput over the last sampling interval.
 */
export class PartitionHealth {
  private readonly lastMove = new Map<number, { offset: number; at: number }>();
  private readonly lastSample = new Map<number, { offset: number; at: number }>();

  constructor(private readonly stallAfterMs: number) {}

  update(samples: readonly PartitionSample[], now: number): PartitionStatus[] {
    return samples.map((s) => {
      const moved = this.lastMove.get(s.partition);
      if (moved?.offset !== s.offset) this.lastMove.set(s.partition, { offset: s.offset, at: now });
      const previous = this.lastSample.get(s.partition);
      this.lastSample.set(s.partition, { offset: s.offset, at: now });
      const elapsed = previous ? (now - previous.at) / 1000 : 0;
      const eventsPerSecond =
        previous && elapsed > 0 ? Math.max(0, (s.offset - previous.offset) / elapsed) : 0;
      const lagEvents = Math.max(0, s.highWatermark - s.offset);
      const idleFor = now - (this.lastMove.get(s.partition)?.at ?? now);
      const state: PartitionState =
        lagEvents === 0 ? 'caught-up' : idleFor >= this.stallAfterMs ? 'stalled' : 'catching-up';
      const lagSeconds =
        lagEvents === 0 || s.lastAppliedTimestamp === null
          ? 0
          : Math.max(0, (now - s.lastAppliedTimestamp) / 1000);
      return {
        partition: s.partition,
        offset: s.offset,
        highWatermark: s.highWatermark,
        lagEvents,
        lagSeconds,
        eventsPerSecond,
        state,
      };
    });
  }
}

/** The projector's state from its partitions': stalled if any is, caught up if all are. */
export function overallState(partitions: readonly PartitionStatus[]): PartitionState {
  if (partitions.some((p) => p.state === 'stalled')) return 'stalled';
  return partitions.every((p) => p.state === 'caught-up') ? 'caught-up' : 'catching-up';
}
