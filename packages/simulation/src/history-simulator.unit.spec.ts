import { describe, expect, it } from '@jest/globals';
import {
  campaignProgress,
  loadReferenceData,
  referenceData,
  regionalSromMatrix,
  comProgress,
  project,
  readEvent,
  sromMatrixId,
} from '@cci/domain';

import { CAMPAIGN_RATES, SEND_BACK_COMMENTS } from './campaign-reviews.js';
import { demoNetworkReferenceFiles } from './demo-network.js';
import { HistorySimulator, simulateEvents } from './history-simulator.js';
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
    // Campaigns are played only when asked for.
    expect(types).not.toContain('DeclarationValidated');
  });

  it('plays the campaigns when asked: reviews after the deadline, send-backs answered, closings that count what is missing', () => {
    const untilMs = Date.UTC(2025, 11, 5);
    const events = simulateEvents(referenceData, {
      seed: 9,
      fromYear: 2023,
      count: Number.POSITIVE_INFINITY,
      untilMs,
      campaigns: CAMPAIGN_RATES,
    });
    const sentBack = events.filter((e) => e.type === 'DeclarationSentBack');
    expect(sentBack.length).toBeGreaterThan(10);
    for (const event of sentBack) {
      expect(SEND_BACK_COMMENTS).toContain(event.payload.comment);
      // Within 40 days, the CCI declares again a changed figure, which the region validates within a week.
      if (Date.parse(event.recordedAt) > untilMs - 47 * 86_400_000) continue;
      const after = events.filter(
        (e) => e.aggregateId === event.aggregateId && e.aggregateVersion > event.aggregateVersion,
      );
      expect(after.map((e) => e.type).slice(0, 2)).toEqual([
        'IndicatorReportCorrected',
        'DeclarationValidated',
      ]);
    }
    const campaigns = [...project(campaignProgress, events, referenceData).values()].filter(
      (doc) => doc.counts.expected > 0,
    );
    const deadlineMs = (doc: (typeof campaigns)[number]) => Date.parse(doc.deadline!);
    // Closed about two months after the deadline, acknowledging what was not validated by then.
    const old = campaigns.filter((doc) => deadlineMs(doc) + 90 * 86_400_000 < untilMs);
    expect(old.length).toBeGreaterThanOrEqual(10);
    for (const doc of old) {
      expect(doc.closing).not.toBeNull();
      expect(doc.closing!.validated + doc.closing!.missing).toBe(doc.counts.expected);
      expect(doc.counts.validated).toBe(doc.closing!.validated);
    }
    expect(old.reduce((sum, doc) => sum + doc.closing!.missing, 0)).toBeGreaterThan(old.length);
    // The latest ended quarter (2025-T3, due on 31 October) is open, partly reviewed, with missing figures.
    const latest = campaigns.find((doc) => doc.period === '2025-T3')!;
    expect(latest.closing).toBeNull();
    expect(latest.counts.validated).toBeGreaterThan(0);
    expect(latest.counts.awaitingValidation).toBeGreaterThan(0);
    expect(latest.counts.notDeclared).toBeGreaterThan(0);
    expect(events.filter((e) => Date.parse(e.recordedAt) > untilMs)).toEqual([]);
  });

  it('never gives a new event the id of one it was told of, when it follows on from another simulation', () => {
    const history = simulateEvents(referenceData, { seed: 3, fromYear: 2025, count: 200 });
    const next = new HistorySimulator(referenceData, { seed: 4, fromYear: 2026 });
    for (const event of history) next.remember(event);
    const recorded = next.record({
      at: '2026-01-15T09:00:00.000Z',
      recordedBy: 'cci-normandie',
      person: null,
      command: {
        type: 'RecordSromAnnualReview',
        regionId: 'normandie',
        year: 2025,
        reviewedOn: '2026-01-15',
        bodyId: 'bureau-regional',
        summary: 'Revue annuelle du SROM.',
      },
    });
    expect(recorded).toHaveLength(1);
    const ids = new Set(history.map((e) => e.eventId));
    expect(recorded.filter((e) => ids.has(e.eventId))).toEqual([]);
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

  it('has the regions adopt the projections of a SROM cycle after the documented one, once, when it is in force', () => {
    const reference = loadReferenceData(demoNetworkReferenceFiles());
    const events = simulateEvents(reference, { seed: 3, fromYear: 2023, count: 6_000 });
    const projections = events.filter((e) => e.type === 'ProcessModeTargetSet');
    const territorial = reference.ccis.filter((c) => c.kind === 'territorial');
    expect(projections).toHaveLength(3 * territorial.length);
    expect(new Set(projections.map((e) => e.payload.milestoneId))).toEqual(new Set(['2026']));
    expect(projections.every((e) => e.recordedAt.startsWith('2023-'))).toBe(true);
    const matrix = project(regionalSromMatrix, events, reference).get(sromMatrixId('bretagne'));
    const projected = Object.values(matrix?.cells ?? {}).flatMap((row) =>
      Object.values(row).filter((cell) => cell.milestones['2026'] !== null),
    );
    expect(projected.length).toBeGreaterThan(0);
    expect(
      simulateEvents(referenceData, { seed: 3, fromYear: 2023, count: 6_000 }).map((e) => e.type),
    ).not.toContain('ProcessModeTargetSet');
  });
});
