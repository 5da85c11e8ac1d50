import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadReferenceData, seedHistory } from '@cci/domain';
import { Checkpoints, ReadModelReader, Rebuilds } from '@cci/read-model-store';
import { simulateEvents, syntheticReferenceFiles } from '@cci/simulation';

import type { ProjectorDefinition } from './projector-runner.js';
import { ProjectorTestStack } from './projector-test-stack.fixture.js';
import { nationalProjector } from './projectors.js';
import { rebuildProjector, rebuildWhileOutdated } from './rebuild.js';
import { sleep } from './serial.js';

const reference = loadReferenceData(
  syntheticReferenceFiles({ territorialPerRegion: 3, comPeriods: [{ from: 2023, to: 2027 }] }),
);
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const seed = seedHistory(reference);
const history = simulateEvents(reference, { seed: 7, fromYear: 2023, count: 4_300, after: seed });

/** The national projector as the next release ships it: its projection's rules changed. */
const nextRelease: ProjectorDefinition = {
  name: nationalProjector.name,
  projections: nationalProjector.projections.map((p) => ({ ...p, version: p.version + 1 })),
};
const [projection] = nationalProjector.projections;

describe('a release that changes a projection', () => {
  const stack = new ProjectorTestStack(reference, 'projection-versions');
  const checkpointsOf = async (generation: number) =>
    new Map(
      [...(await new Checkpoints(stack.connection).read('national', generation, stack.topic))].sort(
        ([a], [b]) => a - b,
      ),
    );

  beforeAll(async () => {
    await stack.open();
    await stack.append([...seed, ...history.slice(0, 3_000)]);
    await stack.start(nationalProjector, 'national-previous-release');
    await stack.caughtUp('national');
    await stack.stopAll();
  }, 120_000);

  afterAll(() => stack.close(), 60_000);

  it('leaves the generation the previous versions built alone, rebuilds one with its own, then goes on live', async () => {
    const runner = await stack.start(nextRelease, 'national-next-release');
    expect(runner.versionChanges()).toEqual([
      { projection: projection!.name, built: projection!.version, current: projection!.version + 1 },
    ]);
    expect(runner.snapshot().state).toBe('paused');
    const before = await checkpointsOf(1);
    await stack.append(history.slice(3_000, 3_500));
    await sleep(1_500);
    expect(await checkpointsOf(1)).toEqual(before);

    await rebuildWhileOutdated(
      runner,
      stack.kafka,
      stack.connection,
      reference,
      nextRelease,
      { topic: stack.topic, deadLetterTopic: stack.topics.deadLetters.topic, pollMs: 100, retryMs: 500 },
      quiet,
    );
    stack.switchedTo('national', 2);
    expect(runner.versionChanges()).toEqual([]);
    expect(runner.snapshot().generation).toBe(2);
    expect(await new ReadModelReader(stack.connection, 0).activeGeneration('national')).toBe(2);
    expect(await new Rebuilds(stack.connection).latest('national')).toMatchObject({
      phase: 'switched',
      message: `Génération 2 construite par les versions actuelles des projections (${projection!.name} : version ${projection!.version} → ${projection!.version + 1}) : bascule faite sans comparaison, génération 1 supprimée.`,
    });
    const collections = (await stack.connection.db!.listCollections().toArray()).map((c) => c.name);
    expect(collections.filter((c) => c.startsWith('rm_national_g1_'))).toEqual([]);

    await stack.append(history.slice(3_500, 4_000));
    await stack.caughtUp('national');
    expect(await stack.stored(nextRelease)).toEqual(stack.expected(nextRelease));
  });

  it('keeps an instance of the previous release, still running, from writing or rebuilding back', async () => {
    await stack.stopAll();
    const previous = await stack.start(nationalProjector, 'national-previous-release-late');
    expect(previous.versionChanges()).toEqual([
      { projection: projection!.name, built: projection!.version + 1, current: projection!.version },
    ]);
    expect(previous.snapshot().state).toBe('paused');
    const result = await rebuildProjector(
      stack.kafka,
      stack.connection,
      reference,
      nationalProjector,
      {
        topic: stack.topic,
        deadLetterTopic: stack.topics.deadLetters.topic,
        force: false,
      },
      quiet,
    );
    expect(result).toMatchObject({
      generation: 2,
      switched: false,
      message:
        'Génération 2 construite par des versions plus récentes des projections : pas de retour en arrière sans --force.',
    });
    const before = await checkpointsOf(2);
    await stack.append(history.slice(4_000));
    await sleep(1_500);
    expect(await checkpointsOf(2)).toEqual(before);
    expect(await new ReadModelReader(stack.connection, 0).activeGeneration('national')).toBe(2);
  });
});
