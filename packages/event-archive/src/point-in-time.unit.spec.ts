import { describe, expect, it } from '@jest/globals';

import type { ArchivedMessage } from './archived-message.js';
import { upToInstant } from './point-in-time.js';

const at = (offset: number, iso: string): ArchivedMessage => ({
  offset,
  timestamp: Date.parse(iso),
  key: null,
  value: Buffer.from(String(offset)),
  headers: [],
});

describe('the point-in-time cut of a partition', () => {
  const partition = [
    at(0, '2026-12-05T08:00:00.000Z'),
    at(1, '2026-12-05T09:00:00.000Z'),
    at(2, '2026-12-05T09:00:00.001Z'),
    at(3, '2026-12-05T10:00:00.000Z'),
  ];

  it('keeps the messages at or before the instant and says the cut is reached', () => {
    const { kept, cutReached } = upToInstant(partition, Date.parse('2026-12-05T09:00:00.000Z'));
    expect(kept.map((m) => m.offset)).toEqual([0, 1]);
    expect(cutReached).toBe(true);
  });

  it('keeps everything when the instant is after the last message', () => {
    expect(upToInstant(partition, Date.parse('2026-12-06T00:00:00.000Z'))).toEqual({
      kept: partition,
      cutReached: false,
    });
  });

  it('keeps nothing when the instant is before the first message', () => {
    expect(upToInstant(partition, Date.parse('2026-12-05T07:59:59.999Z')).kept).toEqual([]);
  });

  it('stops at the first later message, even if an earlier timestamp follows: a prefix, never a hole', () => {
    const steppedBack = [...partition.slice(0, 3), at(3, '2026-12-05T08:30:00.000Z')];
    const { kept } = upToInstant(steppedBack, Date.parse('2026-12-05T09:00:00.000Z'));
    expect(kept.map((m) => m.offset)).toEqual([0, 1]);
  });
});
