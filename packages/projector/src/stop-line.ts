import type { Consumer, EachBatchPayload } from 'kafkajs';

/**
 * Where a bounded replay (a rebuild's runner) stops applying, per partition: the offsets it must not
 * apply, which a rebuild moves further on once the live instances paused (`moveTo`). A live runner has
 * none.
 */
export class StopLine {
  private readonly offsets: Map<number, number>;

  constructor(
    offsets: ReadonlyMap<number, number>,
    private readonly topic: string,
  ) {
    this.offsets = new Map(offsets);
  }

  /** The first offset of the partition not to apply, if any. */
  of(partition: number): number | undefined {
    return this.offsets.get(partition);
  }

  /** Whether the batch starts at or past its partition's stop. */
  reachedBy(payload: EachBatchPayload): boolean {
    const stopAt = this.offsets.get(payload.batch.partition);
    return stopAt !== undefined && Number(payload.batch.firstOffset() ?? stopAt) >= stopAt;
  }

  /**
   * Pauses, in kafkajs, a partition whose batch starts at or past its stop, while another partition of
   * this instance is still being read: kafkajs hands batches over one at a time, so a partition waiting
   * in the runner's hold would stop every other one short of its own stop (a rebuild over a log larger
   * than one fetch never finished). The last partition read waits there instead: kafkajs's fetch loop
   * spins when every partition is paused. `moveTo` resumes them.
   */
  parks(consumer: Consumer, payload: EachBatchPayload, assigned: readonly number[]): boolean {
    const partition = payload.batch.partition;
    if (!this.reachedBy(payload)) return false;
    const paused = new Set(consumer.paused().flatMap((p) => (p.topic === this.topic ? p.partitions : [])));
    const othersRead = assigned.some((p) => p !== partition && !paused.has(p));
    if (othersRead) consumer.pause([{ topic: this.topic, partitions: [partition] }]);
    return othersRead;
  }

  /** Moves the stops further on: partitions parked at their former stop go on, one still at its stop is parked again. */
  moveTo(stopAt: ReadonlyMap<number, number>, consumer: Consumer | null): void {
    for (const [partition, offset] of stopAt) this.offsets.set(partition, offset);
    consumer?.resume([{ topic: this.topic, partitions: [...stopAt.keys()] }]);
  }
}
