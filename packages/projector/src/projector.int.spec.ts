import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadReferenceData, seedHistory, sromMatrixId, type RegionalSromMatrix } from '@cci/domain';
import {
  DeadLetters,
  ProjectorStatuses,
  ProjectorStore,
  ReadModelReader,
  type StoredDeadLetter,
} from '@cci/read-model-store';
import { simulateEvents, syntheticReferenceFiles } from '@cci/simulation';

import { ProjectorTestStack } from './projector-test-stack.fixture.js';
import { nationalProjector as national, regionalProjector as regional } from './projectors.js';
import { rebuildProjector } from './rebuild.js';
import { compareWithFreshReplay } from './replay-comparison.js';
import { sleep } from './serial.js';

const reference = loadReferenceData(
  syntheticReferenceFiles({ territorialPerRegion: 4, comPeriods: [{ from: 2023, to: 2027 }] }),
);
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
/** One simulated history, appended part after part as the tests go. */
const history = simulateEvents(reference, { seed: 21, fromYear: 2023, count: 13_000 });

describe('a projector against the real broker and database', () => {
  const stack = new ProjectorTestStack(reference, 'projector');
  const { kafka, topic, appended } = stack;

  beforeAll(() => stack.open());
  afterAll(() => stack.close());

  it('projects the seed history and 10,000 simulated events into the read models the pure projections give', async () => {
    await stack.append([...seedHistory(reference), ...history.slice(0, 10_000)]);
    await stack.start(regional, 'regional-1');
    await stack.start(national, 'national-1');
    await stack.caughtUp('regional');
    await stack.caughtUp('national');
    expect(await stack.stored(regional)).toEqual(stack.expected(regional));
    expect(await stack.stored(national)).toEqual(stack.expected(national));
    // What the supervision shows as each CCI's last event: the one it recorded last, whatever the partition.
    const lastRecorded = new Map<string, string>();
    for (const event of appended)
      if ((lastRecorded.get(event.recordedBy) ?? '') < event.recordedAt)
        lastRecorded.set(event.recordedBy, event.recordedAt);
    const reported = async () => {
      const [status] = await new ProjectorStatuses(stack.connection).list('regional');
      return Object.fromEntries(
        Object.entries(status?.lastEventByCci ?? {}).map(([cciId, last]) => [cciId, last.at]),
      );
    };
    // The status is reported every 200 ms: the first report after the last flush is the one to check.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await reported()).toEqual(Object.fromEntries(lastRecorded));
  });

  it('answers a DSI’s question with a plain query: which CCIs of a region are in a mode for a macro-process', async () => {
    const matrices = stack.expected(regional)['regional-srom-matrix'] as Map<string, RegionalSromMatrix>;
    // A region, macro-process and mode the simulated history put some CCIs in.
    const [regionId, macroProcessId, mode] = [...matrices.values()]
      .flatMap((m) =>
        Object.entries(m.cells).flatMap(([mp, row]) =>
          Object.values(row).flatMap((cell) => (cell.current ? [[m.regionId, mp, cell.current.mode]] : [])),
        ),
      )
      .at(0)!;
    const inMode = (m: RegionalSromMatrix | undefined) =>
      Object.entries(m?.cells[macroProcessId!] ?? {})
        .filter(([, cell]) => cell.current?.mode === mode)
        .map(([cciId]) => cciId)
        .sort();

    await stack.asDsi('regional', 'regional-srom-matrix', async (collection) => {
      const field = `fields.modes.${macroProcessId}.${mode}`;
      const answer = await collection.findOne({ regionId }, { projection: { _id: 0, [field]: 1 } });
      expect(answer).toEqual({
        fields: { modes: { [macroProcessId!]: { [mode!]: inMode(matrices.get(sromMatrixId(regionId!))) } } },
      });
      const regions = await collection
        .find({ [field]: { $exists: true } }, { projection: { regionId: 1 } })
        .toArray();
      expect(regions.map((d) => d.regionId as string).sort()).toEqual(
        [...matrices.values()]
          .filter((m) => inMode(m).length > 0)
          .map((m) => m.regionId)
          .sort(),
      );
    });
  });

  it('sends unreadable and invalid events to the dead-letter topic with their reason, and projects the events after them', async () => {
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    const valid = appended.find((e) => e.type === 'IndicatorReported')!;
    await producer.send({
      topic,
      messages: [
        { key: 'garbage', value: Buffer.from([0xff, 0xfe, 0x00, 0x41]) },
        { key: valid.aggregateId, value: JSON.stringify({ ...valid, type: 'IndicatorExploded' }) },
        {
          key: valid.aggregateId,
          value: JSON.stringify({
            ...valid,
            eventId: crypto.randomUUID(),
            payload: { ...valid.payload, value: 'beaucoup' },
          }),
        },
        {
          key: 'indicator-report:x',
          value: JSON.stringify({
            ...valid,
            eventId: crypto.randomUUID(),
            aggregateId: valid.aggregateId.replace(
              /^indicator-report:[^:]+:/,
              'indicator-report:cci-atlantide:',
            ),
            payload: { ...valid.payload, cciId: 'cci-atlantide' },
          }),
        },
      ],
    });
    await producer.disconnect();
    await stack.append(history.slice(10_000, 11_000));
    await stack.caughtUp('regional');
    const letters: StoredDeadLetter[] = await new DeadLetters(stack.connection).list({
      projector: 'regional',
    });
    expect(letters.map((l) => l.reason).sort()).toEqual([
      'invalid-payload',
      'projection-failed',
      'unknown-type',
      'unreadable',
    ]);
    expect(letters.find((l) => l.reason === 'projection-failed')?.message).toBe(
      'CCI inconnue ou sans région : « cci-atlantide ».',
    );
    expect(letters.find((l) => l.reason === 'unknown-type')?.message).toBe(
      "Type d'événement inconnu : « IndicatorExploded ».",
    );
    expect(await stack.stored(regional)).toEqual(stack.expected(regional));
  });

  it('shares the partitions between two instances and gives the same read models as one', async () => {
    await stack.stopAll();
    await stack.start(regional, 'regional-a');
    await stack.start(regional, 'regional-b');
    await stack.append(history.slice(11_000, 12_000));
    await stack.caughtUp('regional');
    expect(await stack.stored(regional)).toEqual(stack.expected(regional));
  });

  it('equals a fresh replay of the log', async () => {
    const comparison = await compareWithFreshReplay(kafka, stack.connection, reference, regional, topic);
    expect(comparison.differences).toEqual([]);
    expect(comparison.events).toBeGreaterThan(10_000);
  });

  it('rebuilds into a new generation while reads keep answering, compares, then switches', async () => {
    const reader = new ReadModelReader(stack.connection, 0);
    let reads = 0;
    let failedReads = 0;
    const reading = { on: true };
    const readLoop = (async () => {
      while (reading.on) {
        const matrix = await reader
          .get('regional', 'regional-srom-matrix', 'srom-matrix:pays-de-la-loire')
          .catch(() => null);
        if (matrix) reads += 1;
        else failedReads += 1;
        await sleep(20);
      }
    })();
    const phases: string[] = [];
    const result = await rebuildProjector(
      kafka,
      stack.connection,
      reference,
      regional,
      {
        topic,
        deadLetterTopic: stack.topics.deadLetters.topic,
        force: false,
        onProgress: (p) => phases.push(p.phase),
        pollMs: 100,
      },
      quiet,
    );
    reading.on = false;
    await readLoop;
    stack.switchedTo('regional', 2);
    expect(result).toMatchObject({ generation: 2, switched: true, differences: [] });
    expect(new Set(phases)).toEqual(new Set(['replaying', 'aligning', 'comparing', 'switched']));
    expect(failedReads).toBe(0);
    expect(reads).toBeGreaterThan(5);
    expect(await reader.activeGeneration('regional')).toBe(2);
    const collections = (await stack.connection.db!.listCollections().toArray()).map((c) => c.name);
    expect(collections.filter((c) => c.startsWith('rm_regional_g1_'))).toEqual([]);
    await stack.append(history.slice(12_000));
    await stack.caughtUp('regional');
    expect(await stack.stored(regional)).toEqual(stack.expected(regional));
  });

  // The consumer group's offsets are committed after the checkpoints, so they can end up ahead of
  // them: the database lost its last commits (PostgreSQL runs with synchronous_commit off here), or
  // was restored from a backup. The checkpoints say where to go on, not the group.
  it('reads the log again from its checkpoints when the database lost what the group had committed', async () => {
    await stack.stopAll();
    const store = new ProjectorStore(stack.connection, national.name, national.projections);
    await stack.connection.collection('projection_checkpoints').deleteMany({ projector: national.name });
    for (const projection of national.projections) await store.model(1, projection.name).deleteMany({});
    await stack.start(national, 'national-after-loss');
    await stack.caughtUp('national');
    expect(await stack.stored(national)).toEqual(stack.expected(national));
  });
});
