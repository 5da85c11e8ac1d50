/** A partition of the event topic as the broker's metadata describes it. */
export type PartitionReplicas = { leader: number; replicas: readonly number[]; isr: readonly number[] };

/**
 * Whether the broker can acknowledge an append with acks=all on every partition: each has a leader
 * and at least `min.insync.replicas` replicas in sync. A leader alone is not enough: with too few
 * replicas in sync the broker refuses every append (NOT_ENOUGH_REPLICAS) while its metadata still shows
 * one. Like the broker, no more replicas are asked for than a partition has (a topic may set more).
 */
export function partitionsTakeWrites(
  partitions: readonly PartitionReplicas[],
  minInsyncReplicas: number,
): boolean {
  return (
    partitions.length > 0 &&
    partitions.every((p) => p.leader >= 0 && p.isr.length >= Math.min(minInsyncReplicas, p.replicas.length))
  );
}
