import type { Admin, Kafka } from 'kafkajs';

import { PartitionHealth, type PartitionStatus } from './partition-health.js';

/**
 * What a runner knows of its partitions for its status report: the log's end of each (asked of the
 * broker through an admin client connected at the first report), and from it and the checkpoints the
 * lag, throughput and state of each partition assigned to it.
 */
export class PartitionMeasure {
  private admin: Admin | null = null;
  private logEnds = new Map<number, number>();
  private readonly health: PartitionHealth;

  constructor(
    private readonly kafka: Kafka,
    private readonly topic: string,
    stallAfterMs: number,
  ) {
    this.health = new PartitionHealth(stallAfterMs);
  }

  async fetchLogEnds(): Promise<void> {
    if (!this.admin) {
      const admin = this.kafka.admin();
      await admin.connect();
      this.admin = admin;
    }
    const offsets = await this.admin.fetchTopicOffsets(this.topic);
    this.logEnds = new Map(offsets.map((o) => [o.partition, Number(o.high)]));
  }

  /** The assigned partitions' health, measured against the log ends last fetched. */
  statuses(
    assigned: readonly number[],
    checkpoints: ReadonlyMap<number, number>,
    lastTimestamps: ReadonlyMap<number, number>,
  ): PartitionStatus[] {
    return this.health.update(
      assigned.map((partition) => ({
        partition,
        offset: checkpoints.get(partition) ?? 0,
        highWatermark: this.logEnds.get(partition) ?? 0,
        lastAppliedTimestamp: lastTimestamps.get(partition) ?? null,
      })),
      Date.now(),
    );
  }

  async disconnect(): Promise<void> {
    await this.admin?.disconnect();
    this.admin = null;
  }
}
