import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  campaignProgressId,
  loadReferenceData,
  seedHistory,
  type CampaignProgress,
  type Command,
  type DomainEvent,
} from '@cci/domain';
import { ReadModelReader } from '@cci/read-model-store';
import { CAMPAIGN_RATES, HistorySimulator, simulateEvents, syntheticReferenceFiles } from '@cci/simulation';

import type { ProjectorDefinition } from './projector-runner.js';
import { ProjectorTestStack } from './projector-test-stack.fixture.js';
import { regionalProjector } from './projectors.js';
import { rebuildWhileOutdated } from './rebuild.js';

const reference = loadReferenceData(
  syntheticReferenceFiles({ territorialPerRegion: 3, comPeriods: [{ from: 2023, to: 2027 }] }),
);
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const seed = seedHistory(reference);
const untilMs = Date.UTC(2025, 10, 20);
const simulated = simulateEvents(reference, {
  seed: 13,
  fromYear: 2024,
  count: Number.POSITIVE_INFINITY,
  untilMs,
  after: seed,
  campaigns: CAMPAIGN_RATES,
});

/** The campaign documents arrive with this release: the previous one built the regional models without them. */
const CAMPAIGN_MODELS = ['campaign-progress', 'declaration-drafts', 'annual-report'];
const previousRelease: ProjectorDefinition = {
  name: regionalProjector.name,
  projections: regionalProjector.projections.filter((p) => !CAMPAIGN_MODELS.includes(p.name)),
};

/** What only a person does on the pages, which the simulation does not: a draft, a reopening, the annual cycle. */
function byHand(): DomainEvent[] {
  const simulator = new HistorySimulator(reference, { seed: 1, fromYear: 2025 });
  for (const event of [...seed, ...simulated]) simulator.remember(event);
  const [indicator] = reference.indicatorsOfRegion('bretagne');
  const [cci] = reference.ccisOfRegion('bretagne').filter((c) => c.kind === 'territorial');
  if (!indicator || !cci) throw new Error('Bretagne sans indicateur ni CCI territoriale');
  const facts: [string, Command][] = [
    [
      cci.id,
      {
        type: 'DraftIndicatorValue',
        cciId: cci.id,
        indicatorId: indicator.id,
        period: '2025-T4',
        value: 42,
        unitId: indicator.unitId,
        comment: 'Provisoire',
      },
    ],
    [
      'cci-bretagne',
      {
        type: 'ReopenCampaignForCci',
        regionId: 'bretagne',
        period: '2025-T2',
        cciId: cci.id,
        reason: 'Oubli',
      },
    ],
    [
      'cci-bretagne',
      {
        type: 'RecordSromAnnualReview',
        regionId: 'bretagne',
        year: 2024,
        reviewedOn: '2025-02-10',
        bodyId: 'bureau-regional',
        summary: 'Revue du SROM',
      },
    ],
    [
      'cci-bretagne',
      {
        type: 'PresentAnnualReport',
        regionId: 'bretagne',
        year: 2024,
        edition: 1,
        presentedOn: '2025-03-18',
        bodyId: 'assemblee-generale',
        deliberation: 'Prend acte.',
        snapshot: { asOf: '2025-03-15', srom: [], actions: [], indicators: [] },
      },
    ],
  ];
  return facts.flatMap(([by, command], i) => {
    const events = simulator.record({
      at: new Date(untilMs + (i + 1) * 60_000).toISOString(),
      recordedBy: by,
      person: 'Claire Martin',
      command,
    });
    if (events.length === 0) throw new Error(`${command.type} refusé`);
    return events;
  });
}

describe('the campaign read models in the regional projector', () => {
  const stack = new ProjectorTestStack(reference, 'campaign-models');
  const half = Math.floor(simulated.length / 2);

  beforeAll(async () => {
    await stack.open();
    await stack.append([...seed, ...simulated.slice(0, half)]);
    await stack.start(previousRelease, 'regional-previous-release');
    await stack.caughtUp('regional');
    await stack.stopAll();
  }, 120_000);

  afterAll(() => stack.close(), 60_000);

  it('are built by the release that brings them, into a new generation, then equal the pure projections', async () => {
    expect(simulated.some((e) => e.type === 'CampaignClosed')).toBe(true);
    const runner = await stack.start(regionalProjector, 'regional-next-release');
    expect(runner.versionChanges()).toEqual(
      [...CAMPAIGN_MODELS].sort().map((projection) => ({
        projection,
        built: null,
        current: regionalProjector.projections.find((p) => p.name === projection)!.version,
      })),
    );
    expect(runner.snapshot().state).toBe('paused');
    await rebuildWhileOutdated(
      runner,
      stack.kafka,
      stack.connection,
      reference,
      regionalProjector,
      { topic: stack.topic, deadLetterTopic: stack.topics.deadLetters.topic, pollMs: 100, retryMs: 500 },
      quiet,
    );
    stack.switchedTo('regional', 2);
    expect(await new ReadModelReader(stack.connection, 0).activeGeneration('regional')).toBe(2);

    await stack.append([...simulated.slice(half), ...byHand()]);
    await stack.caughtUp('regional');
    const stored = await stack.stored(regionalProjector);
    const expected = stack.expected(regionalProjector);
    for (const name of CAMPAIGN_MODELS) expect(stored[name]?.size).toBeGreaterThan(0);
    expect(stored).toEqual(expected);
  });

  it('answer the DSI’s question with a plain query: which CCIs have not declared an indicator for a quarter', async () => {
    const campaigns = stack.expected(regionalProjector)['campaign-progress'] as Map<string, CampaignProgress>;
    const campaign = campaigns.get(campaignProgressId('bretagne', '2025-T3'))!;
    const territorial = reference.ccisOfRegion('bretagne').filter((c) => c.kind === 'territorial');
    const notDeclared = (indicatorId: string) =>
      territorial
        .filter((c) => campaign.declarations[c.id]?.[indicatorId]?.state === 'a-declarer')
        .map((c) => c.id);
    const quarterly = reference.indicatorsOfRegion('bretagne').filter((i) => i.frequency === 'quarterly');
    const indicator =
      quarterly.find((i) => notDeclared(i.id).length > 0 && notDeclared(i.id).length < territorial.length) ??
      quarterly[0]!;

    await stack.asDsi('regional', 'campaign-progress', async (collection) => {
      const answer = await collection.findOne(
        { regionId: 'bretagne', 'fields.period': '2025-T3' },
        { projection: { _id: 0, [`fields.notDeclared.${indicator.id}`]: 1 } },
      );
      expect(answer).toEqual({ fields: { notDeclared: { [indicator.id]: notDeclared(indicator.id) } } });

      const everyRegion = await collection
        .find({ 'fields.period': '2025-T3' }, { projection: { regionId: 1 } })
        .toArray();
      expect(everyRegion.map((d) => d.regionId as string).sort()).toEqual(
        [...campaigns.values()]
          .filter((c) => c.period === '2025-T3')
          .map((c) => c.regionId)
          .sort(),
      );
      const stillMissing = await collection.countDocuments({
        'fields.period': '2025-T3',
        'fields.counts.notDeclared': { $gt: 0 },
      });
      expect(stillMissing).toBe(
        [...campaigns.values()].filter((c) => c.period === '2025-T3' && c.counts.notDeclared > 0).length,
      );
      const indexes = await collection.indexes();
      expect(indexes.map((i) => i.key)).toContainEqual({ 'fields.period': 1 });
    });
  });
});
