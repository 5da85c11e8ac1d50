import type { ArchivedMessage } from './archived-message.js';

/**
 * The messages of one partition, in offset order, to restore for a point in time: each one up to the
 * first whose timestamp is after `instantMs`, and none after it even if an earlier timestamp follows
 * (a producer's clock may step back). A partition stays a prefix of its log, so no aggregate's history
 * gets a hole. `cutReached` tells the caller to stop reading the partition.
 */
export function upToInstant(
  records: readonly ArchivedMessage[],
  instantMs: number,
): { kept: readonly ArchivedMessage[]; cutReached: boolean } {
  const cut = records.findIndex((record) => record.timestamp > instantMs);
  return cut === -1
    ? { kept: records, cutReached: false }
    : { kept: records.slice(0, cut), cutReached: true };
}
