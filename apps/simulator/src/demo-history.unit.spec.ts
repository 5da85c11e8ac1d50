import { describe, expect, it } from '@jest/globals';
import { referenceData as reference, seedHistory } from '@cci/domain';

import { demoHistory } from './demo-history.js';

describe("the demo's history", () => {
  const now = new Date('2026-11-23T10:00:00Z');
  const history = demoHistory(reference, { now });

  it('starts with the source documents, then years of network life, none of it in the future', () => {
    const sources = seedHistory(reference);
    expect(history.slice(0, sources.length)).toEqual(sources);
    expect(history.length).toBeGreaterThan(sources.length + 1_000);
    expect(history.filter((e) => Date.parse(e.recordedAt) > now.getTime())).toEqual([]);
    expect([...new Set(history.map((e) => e.type))]).toEqual(
      expect.arrayContaining([
        'ProcessModeChanged',
        'IndicatorReported',
        'IndicatorReportCorrected',
        'ActionCompleted',
      ]),
    );
  });

  it('follows on from the source documents: each aggregate’s versions run 1, 2, 3… without a gap', () => {
    const versions = new Map<string, number[]>();
    for (const event of history)
      versions.set(event.aggregateId, [...(versions.get(event.aggregateId) ?? []), event.aggregateVersion]);
    const broken = [...versions].filter(([, list]) => list.some((version, i) => version !== i + 1));
    expect(broken).toEqual([]);
    expect(new Set(history.map((e) => e.eventId)).size).toBe(history.length);
  });
});
