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

/**
 * What a projector instance says about itself, never more than it knows: `starting` until it has its
 * partitions from the group and has measured them against the log's ends (`measured` is the assignment
 * its partition statuses were computed for), `unassigned` when the group gave it no partition (more
 * instances than partitions), then from its partitions: `stalled` if any is, `caught-up` only when
 * every assigned partition's checkpoint has reached the end of the log as it stood when measured,
 * `catching-up` otherwise. `paused` (a rebuild asked) and `stopped` come first.
 */
export type ProjectorState = 'starting' | 'unassigned' | PartitionState | 'paused' | 'stopped';

export function projectorState(instance: {
  stopping: boolean;
  held: boolean;
  /** The partitions the group gave this instance; null before it joined. */
  assigned: readonly number[] | null;
  measured: readonly number[] | null;
  partitions: readonly PartitionStatus[];
}): ProjectorState {
  if (instance.held) return 'paused';
  if (instance.stopping) return 'stopped';
  const { assigned, measured } = instance;
  if (assigned === null || assigned.join() !== measured?.join()) return 'starting';
  if (assigned.length === 0) return 'unassigned';
  if (instance.partitions.some((p) => p.state === 'stalled')) return 'stalled';
  return instance.partitions.every((p) => p.state === 'caught-up') ? 'caught-up' : 'catching-up';
}

/** The most telling first: a stalled instance makes the projection stalled, however the others fare. */
const PROJECTION_STATES: readonly ProjectorState[] = [
  'stalled',
  'paused',
  'stopped',
  'starting',
  'catching-up',
  'caught-up',
];

/**
 * A projection's state from the states of its instances (each holds some partitions): instances the
 * group gave nothing to do not count; up to date only when every other one is.
 */
export function projectionState(instances: readonly ProjectorState[]): ProjectorState {
  const holding = new Set<ProjectorState>(instances.filter((state) => state !== 'unassigned'));
  if (holding.size === 0) return 'unassigned';
  return PROJECTION_STATES.find((state) => holding.has(state)) ?? 'starting';
}
