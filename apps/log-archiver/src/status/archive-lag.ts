/** How far one partition's archive is behind its log. */
export type PartitionLag = { events: number; seconds: number };

/**
 * `events`: messages in the log not archived yet. `seconds`: 0 when none; otherwise the time since the
 * partition was last known to be fully archived, an upper bound of the oldest waiting message's age
 * (it was appended after that moment). What a cluster lost now would lose of the archive.
 */
export function partitionLag({
  logStart,
  logEnd,
  nextToArchive,
  caughtUpAtMs,
  nowMs,
}: {
  logStart: number;
  logEnd: number;
  nextToArchive: number;
  caughtUpAtMs: number;
  nowMs: number;
}): PartitionLag {
  const events = Math.max(0, logEnd - Math.max(nextToArchive, logStart));
  return { events, seconds: events === 0 ? 0 : Math.max(0, (nowMs - caughtUpAtMs) / 1000) };
}
