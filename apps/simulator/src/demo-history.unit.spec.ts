import { describe, expect, it } from '@jest/globals';
import {
  campaignProgress,
  campaignProgressId,
  campaignStatusAt,
  nationalRegionId,
  nationalRegionSummary,
  project,
  referenceData as reference,
  seedHistory,
} from '@cci/domain';
import { SEND_BACK_COMMENTS } from '@cci/simulation';

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
        'DeclarationValidated',
        'DeclarationSentBack',
        'CampaignClosed',
      ]),
    );
  });

  it('closes the older campaigns and leaves the latest ended one open, in every state a declaration takes', () => {
    const campaigns = project(campaignProgress, history, reference);
    const status = (period: string) =>
      campaignStatusAt(campaigns.get(campaignProgressId('normandie', period))!, now.getTime());
    for (const period of ['2023-T1', '2024-T2', '2025-T4', '2026-T2'])
      expect({ period, ...status(period) }).toMatchObject({ period, status: 'cloturee' });
    // 2026-T3 ended on 30 September and was due on 31 October: under review on 23 November.
    const latest = campaigns.get(campaignProgressId('normandie', '2026-T3'))!;
    expect(status('2026-T3').status).toBe('ouverte');
    expect(status('2026-T3').late).toBe(latest.counts.notDeclared);
    const states = new Set(
      Object.values(latest.declarations).flatMap((row) => Object.values(row).map((cell) => cell.state)),
    );
    expect([...states]).toEqual(expect.arrayContaining(['a-declarer', 'declaree', 'validee']));
    const sentBack = history.flatMap((e) =>
      e.type === 'DeclarationSentBack' && e.payload.period === '2026-T3' ? [e.payload.comment] : [],
    );
    expect(sentBack.length).toBeGreaterThan(0);
    for (const comment of sentBack) expect(SEND_BACK_COMMENTS).toContain(comment);
  });

  it('gives CCI France validated COM figures, with what awaits review apart', () => {
    const summary = project(nationalRegionSummary, history, reference).get(nationalRegionId('normandie'))!;
    const figures = summary.indicators['premier-niveau-information']!;
    expect(figures.years['2025']?.actual).toBeGreaterThan(0);
    expect(figures.years['2026']?.actual).toBeGreaterThan(0);
    const pending2026 = Object.values(summary.pending).reduce(
      (sum, years) => sum + (years['2026']?.declarations ?? 0),
      0,
    );
    expect(pending2026).toBeGreaterThan(0);
    expect(summary.campaigns['2026-T3']).toMatchObject({ expected: 70 });
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
