/** Offsets padded to 20 digits (an int64's width), so that a folder's segments sort in log order by name. */
const pad = (offset: number) => String(offset).padStart(20, '0');

/**
 * A segment's file name: topic, partition, first and last offset. The same offsets always give the same
 * name, so a segment written again after a crash replaces the first copy instead of doubling it.
 */
export function segmentFileName(topic: string, partition: number, firstOffset: number, lastOffset: number) {
  return `${topic}-${partition}-${pad(firstOffset)}-${pad(lastOffset)}.seg.gz`;
}

const SEGMENT_NAME = /^(.+)-(\d+)-(\d{20})-(\d{20})\.seg\.gz$/;

/** The offsets a segment's file name says it holds, or null for a name that is not a segment's. */
export function parseSegmentFileName(
  name: string,
): { topic: string; partition: number; firstOffset: number; lastOffset: number } | null {
  const match = SEGMENT_NAME.exec(name);
  if (!match) return null;
  const [, topic = '', partition = '', first = '', last = ''] = match;
  return { topic, partition: Number(partition), firstOffset: Number(first), lastOffset: Number(last) };
}
