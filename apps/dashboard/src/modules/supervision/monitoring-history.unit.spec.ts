import { describe, expect, it } from '@jest/globals';

import type { MonitoringView, RebuildView } from '../../api/read-api-types.js';
import {
  isRebuildRunning,
  partitionKey,
  rebuildRatio,
  SAMPLES_KEPT,
  trendOf,
  withSamples,
} from './monitoring-history.js';

function monitoring(lagEvents: number): MonitoringView {
  return {
    generatedAt: '2026-11-23T14:20:00Z',
    projectors: [
      {
        name: 'regional',
        label: 'Projection régionale',
        state: 'catching-up',
        generation: 1,
        instances: [
          {
            instanceId: 'vm-1',
            generation: 1,
            state: 'catching-up',
            heartbeatAt: '2026-11-23T14:20:00Z',
            partitions: [
              {
                partition: 0,
                offset: 10,
                highWatermark: 10 + lagEvents,
                lagEvents,
                lagSeconds: 1,
                eventsPerSecond: 5,
                state: 'catching-up',
              },
            ],
          },
        ],
        lagEvents,
        lagSeconds: 1,
        eventsPerSecond: 5,
        alert: null,
      },
    ],
    deadLetters: [],
    rebuilds: [],
    reconciliation: null,
    requests: [],
    lastEventByCci: [],
    notifications: { counts: [], failures: [] },
  };
}

describe('the supervision readings', () => {
  it('keeps the last readings of each partition for its sparklines', () => {
    let history: ReturnType<typeof withSamples> = new Map();
    for (let i = 0; i < SAMPLES_KEPT + 5; i += 1) history = withSamples(history, monitoring(i), i * 2_000);
    const samples = history.get(partitionKey('regional', 'vm-1', 0))!;
    expect(samples).toHaveLength(SAMPLES_KEPT);
    expect(samples[0]).toEqual({ at: 10_000, lagEvents: 5, lagSeconds: 1, eventsPerSecond: 5 });
    expect(trendOf(samples.map((s) => s.lagEvents))).toBe('en hausse');
    expect(trendOf([4, 1])).toBe('en baisse');
    expect(trendOf([3])).toBe('stable');
  });

  it('tells a running rebuild and its progress', () => {
    const rebuild: RebuildView = {
      projector: 'regional',
      generation: 2,
      phase: 'replaying',
      done: 250,
      total: 1_000,
      eventsPerSecond: 100,
      etaSeconds: 8,
      startedAt: '2026-11-23T14:20:00Z',
      updatedAt: '2026-11-23T14:20:02Z',
      finishedAt: null,
      forced: false,
      message: null,
      differences: 0,
    };
    expect(rebuildRatio(rebuild)).toBe(0.25);
    expect(isRebuildRunning(rebuild)).toBe(true);
    expect(isRebuildRunning({ ...rebuild, phase: 'switched', finishedAt: '2026-11-23T14:21:00Z' })).toBe(
      false,
    );
    expect(rebuildRatio({ ...rebuild, total: 0 })).toBe(1);
  });
});
