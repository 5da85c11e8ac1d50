import { describe, expect, it } from '@jest/globals';

import { partitionLag } from './archive-lag.js';

const now = Date.UTC(2026, 11, 5, 10);

describe('the archive lag of a partition', () => {
  it('is nothing when every message of the log is archived', () => {
    expect(
      partitionLag({ logStart: 0, logEnd: 120, nextToArchive: 120, caughtUpAtMs: now - 60_000, nowMs: now }),
    ).toEqual({ events: 0, seconds: 0 });
  });

  it('counts the waiting messages and the time since the archive last held the whole partition', () => {
    expect(
      partitionLag({ logStart: 0, logEnd: 130, nextToArchive: 120, caughtUpAtMs: now - 2_500, nowMs: now }),
    ).toEqual({ events: 10, seconds: 2.5 });
  });

  it('does not count messages the log no longer holds', () => {
    expect(
      partitionLag({ logStart: 100, logEnd: 130, nextToArchive: 0, caughtUpAtMs: now, nowMs: now }).events,
    ).toBe(30);
  });
});
