import { describe, expect, it } from '@jest/globals';
import { project, referenceData as reference, regionalSromMatrix, seedHistory } from '@cci/domain';
import { HistorySimulator } from '@cci/simulation';

import { LiveNetwork, type CellState, type KnownCampaign, type Submission } from './live-network.js';

/** Plays `count` submissions against the domain's own decisions, as the ingest API would take them. */
function play(count: number, seed = 5, campaigns: KnownCampaign[] = []) {
  const history = seedHistory(reference);
  const platform = new HistorySimulator(reference, { seed: 1, fromYear: 2026 });
  for (const event of history) platform.remember(event);
  const network = new LiveNetwork(reference, { seed });
  const cells = new Map<string, CellState>();
  for (const matrix of project(regionalSromMatrix, history, reference).values())
    for (const [key, cell] of LiveNetwork.cellsOf(matrix, '2021')) cells.set(key, cell);
  network.knowCells(cells);
  network.knowCampaigns(campaigns);
  const start = Date.parse('2026-11-23T09:00:00Z');
  const played: { submission: Submission; accepted: boolean; at: number }[] = [];
  for (let i = 0; i < count; i += 1) {
    const now = new Date(start + i * 1_000);
    const submission = network.next(now);
    const fact = {
      at: now.toISOString(),
      recordedBy: submission.as,
      person: null,
      command: submission.command,
    };
    const decision = platform.decide(fact);
    const accepted = !('rejection' in decision);
    const events = accepted ? platform.record(fact) : [];
    const version = events.at(-1)?.aggregateVersion;
    const status = accepted
      ? 201
      : 'rejection' in decision && decision.rejection.kind === 'conflict'
        ? 409
        : 422;
    network.settle(submission, { status, ...(version === undefined ? {} : { version }) });
    played.push({ submission, accepted, at: now.getTime() });
  }
  return { played, cells };
}

describe('the live network of CCIs', () => {
  it('sends what the platform accepts, and its deliberate mistakes are refused', () => {
    const { played } = play(600);
    const surprises = played.filter(
      ({ submission, accepted }) => accepted !== (submission.expected === 'accepted'),
    );
    expect(surprises.map(({ submission }) => submission)).toEqual([]);
  });

  it('mixes reports, corrections, mode changes, actions and a few invalid requests', () => {
    const kinds = new Map<string, number>();
    for (const { submission } of play(600).played)
      kinds.set(submission.kind, (kinds.get(submission.kind) ?? 0) + 1);
    expect([...kinds.keys()].sort()).toEqual([
      'action',
      'answer',
      'correction',
      'invalid',
      'mode-change',
      'report',
      'review',
    ]);
    expect(kinds.get('report')!).toBeGreaterThan(250);
    expect(kinds.get('invalid')!).toBeLessThan(60);
  });

  it('carries out the SROM projection: every cell behind its 2021 target reaches it', () => {
    const { played, cells } = play(600);
    const behind = [...cells].filter(([, cell]) => cell.target !== null && cell.target !== cell.mode);
    const reached = new Map<string, string>();
    for (const { submission, accepted } of played) {
      const { command } = submission;
      if (accepted && command.type === 'ChangeProcessMode')
        reached.set(LiveNetwork.cellKey(command.cciId, command.macroProcessId), command.to);
    }
    expect(behind.length).toBeGreaterThan(0);
    expect(behind.map(([key]) => reached.get(key))).toEqual(behind.map(([, cell]) => cell.target));
  });

  it('reports only on quarters that have begun, for the CCI that sends them', () => {
    for (const { submission } of play(300).played) {
      if (submission.command.type !== 'ReportIndicator' || submission.kind !== 'report') continue;
      expect(submission.command.cciId).toBe(submission.as);
      expect(['2026-T3', '2026-T4']).toContain(submission.command.period);
    }
  });

  it('has the region review the ended quarter, send a few figures back, and the CCIs answer minutes later with a revised one', () => {
    const { played } = play(1_200);
    const accepted = (type: string) =>
      played.filter(({ submission, accepted: ok }) => ok && submission.command.type === type);
    const sentBack = accepted('SendBackDeclaration');
    expect(accepted('ValidateDeclaration').length).toBeGreaterThan(3 * sentBack.length);
    expect(sentBack.length).toBeGreaterThan(0);
    for (const { submission } of [...accepted('ValidateDeclaration'), ...sentBack]) {
      const { command } = submission;
      if (command.type !== 'ValidateDeclaration' && command.type !== 'SendBackDeclaration') continue;
      expect(submission.as).toBe(reference.regionalCci(reference.cci(command.cciId)!.regionId!)!.id);
    }
    // The quarter under way (2026-T4 on 23 November) is not reviewed before it ends.
    expect(
      [...accepted('ValidateDeclaration'), ...sentBack].map(({ submission }) =>
        'period' in submission.command ? submission.command.period : null,
      ),
    ).toEqual(expect.not.arrayContaining(['2026-T4']));
    const answers = played.filter(({ submission }) => submission.kind === 'answer');
    expect(answers.length).toBeGreaterThan(0);
    for (const { submission, accepted: ok, at } of answers) {
      expect(ok).toBe(true);
      const { command } = submission;
      expect(command).toMatchObject({ comment: 'Chiffre revu après le renvoi de la région' });
      const sentBackAt = sentBack.findLast(
        ({ submission: s, at: sentAt }) =>
          sentAt < at &&
          s.command.type === 'SendBackDeclaration' &&
          command.type === 'ReportIndicator' &&
          s.command.cciId === command.cciId &&
          s.command.indicatorId === command.indicatorId &&
          s.command.period === command.period,
      )?.at;
      expect(at - sentBackAt!).toBeGreaterThanOrEqual(3 * 60_000);
    }
  });

  it('sends nothing about a period whose campaign the region closed', () => {
    const { played } = play(600, 5, [{ regionId: 'normandie', period: '2026-T3', status: 'cloturee' }]);
    const about = played
      .map(({ submission }) => submission.command)
      .filter((command) => 'period' in command && command.period === '2026-T3');
    expect(about).toEqual([]);
  });
});
