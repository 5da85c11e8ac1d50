import { describe, expect, it } from '@jest/globals';
import {
  loadReferenceData,
  referenceData,
  regionalSromMatrix,
  comProgress,
  project,
  readEvent,
} from '@cci/domain';

import { simulateEvents } from './history-simulator.js';
import { syntheticReferenceFiles } from './synthetic-reference.js';

describe('the history simulator', () => {
  it('produces events the platform accepts and reads back, the same for the same seed', () => {
    const events = simulateEvents(referenceData, { seed: 7, fromYear: 2023, count: 1500 });
    expect(events).toHaveLength(1500);
    for (const event of events.slice(0, 200))
      expect(readEvent(JSON.parse(JSON.stringify(event)), referenceData)).toEqual({ event });
    expect(simulateEvents(referenceData, { seed: 7, fromYear: 2023, count: 1500 })).toEqual(events);
    const types = new Set(events.map((e) => e.type));
    for (const type of [
      'IndicatorTargetSet',
      'IndicatorReported',
      'IndicatorReportCorrected',
      'ProcessModeChanged',
      'ActionPlanned',
      'ActionStarted',
    ]) {
      expect(types).toContain(type);
    }
  });

  it('reports late and misses some periods, as a real network does', () => {
    const events = simulateEvents(referenceData, { seed: 3, fromYear: 2023, count: 3000 });
    const doc = project(comProgress, events, referenceData).get(
      'com-progress:normandie:premier-niveau-information',
    )!;
    const periods = Object.values(doc.periods).filter((p) => p.received > 0);
    expect(periods.some((p) => p.onTime < p.received)).toBe(true);
    expect(project(regionalSromMatrix, events, referenceData).size).toBe(2);
  });

  it('scales to the whole network with synthetic reference data', () => {
    const reference = loadReferenceData(
      syntheticReferenceFiles({
        territorialPerRegion: 5,
        comPeriods: [
          { from: 2018, to: 2022 },
          { from: 2023, to: 2027 },
        ],
      }),
    );
    expect(reference.ccisOfRegion('bretagne')).toHaveLength(6);
    const events = simulateEvents(reference, { seed: 11, fromYear: 2018, count: 20_000 });
    expect(events).toHaveLength(20_000);
    expect(new Set(events.map((e) => reference.cci(e.recordedBy)?.regionId)).size).toBe(18);
  });
});
