import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  actionProgress,
  comProgress,
  loadReferenceData,
  nationalRegionSummary,
  objectivesConvention,
  project,
  regionalSromMatrix,
  seedHistory,
  type DomainEvent,
  type Projection,
} from '@cci/domain';
import { createKafka, ensureTopics, EventAppender, eventLogTopics } from '@cci/event-log';
import {
  connectReadModels,
  DeadLetters,
  ProjectorStatuses,
  ProjectorStore,
  readAllDocuments,
  ReadModelReader,
  type StoredDeadLetter,
} from '@cci/read-model-store';
import { simulateEvents, syntheticReferenceFiles } from '@cci/simulation';
import { mongoDatabaseUrl, testServers, uniqueName } from '@cci/test-support';
import type { Connection } from 'mongoose';

import { ProjectorRunner, type ProjectorDefinition, type RunnerOptions } from './projector-runner.js';
import { rebuildProjector } from './rebuild.js';
import { compareWithFreshReplay } from './replay-comparison.js';
import { sleep } from './serial.js';

const reference = loadReferenceData(
  syntheticReferenceFiles({ territorialPerRegion: 4, comPeriods: [{ from: 2023, to: 2027 }] }),
);
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const regional: ProjectorDefinition = {
  name: 'regional',
  projections: [
    regionalSromMatrix,
    comProgress,
    actionProgress,
    objectivesConvention,
  ] as Projection<unknown>[],
};
const national: ProjectorDefinition = {
  name: 'national',
  projections: [nationalRegionSummary] as Projection<unknown>[],
};
/** One simulated history, appended part after part as the tests go. */
const history = simulateEvents(reference, { seed: 21, fromYear: 2023, count: 13_000 });

describe('a projector against the real broker and database', () => {
  const kafka = createKafka({
    brokers: testServers().kafkaBrokers,
    clientId: 'projector-test',
    logLevel: 'nothing',
  });
  const topics = eventLogTopics({ eventsTopic: uniqueName('events'), deadLetterTopic: uniqueName('dlq') });
  const topic = topics.events.topic;
  let connection: Connection;
  let appender: EventAppender;
  const appended: DomainEvent[] = [];
  const runners: ProjectorRunner[] = [];

  const options = (instanceId: string): RunnerOptions => ({
    topic,
    deadLetterTopic: topics.deadLetters.topic,
    changesTopic: null,
    instanceId,
    flushMaxEvents: 2_000,
    flushMaxDelayMs: 100,
    stallAfterMs: 30_000,
    statusIntervalMs: 200,
    sessionTimeoutMs: 10_000,
  });

  async function start(definition: ProjectorDefinition, instanceId: string): Promise<ProjectorRunner> {
    const runner = new ProjectorRunner(kafka, connection, reference, definition, options(instanceId), quiet);
    runners.push(runner);
    await runner.start();
    return runner;
  }

  async function endOffsets(): Promise<Map<number, number>> {
    const admin = kafka.admin();
    await admin.connect();
    const offsets = await admin.fetchTopicOffsets(topic);
    await admin.disconnect();
    return new Map(offsets.map((o) => [o.partition, Number(o.high)]));
  }

  /** Waits until the instances together applied everything appended so far. */
  async function caughtUp(projector: string, timeoutMs = 90_000): Promise<void> {
    const end = await endOffsets();
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const checkpoints = await connection
        .db!.collection('projection_checkpoints')
        .find({ projector })
        .toArray();
      const reached = [...end].every(([partition, offset]) =>
        checkpoints.some(
          (c) =>
            c.partition === partition &&
            c.topic === topic &&
            (c.offset as number) >= offset &&
            c.generation === currentGeneration(projector),
        ),
      );
      if (reached || [...end].every(([, offset]) => offset === 0)) return;
      if (Date.now() > deadline) throw new Error(`${projector} not caught up`);
      await sleep(100);
    }
  }

  const generations = new Map<string, number>();
  const currentGeneration = (projector: string) => generations.get(projector) ?? 1;

  async function stored(definition: ProjectorDefinition): Promise<Record<string, Map<string, unknown>>> {
    const reader = new ReadModelReader(connection, 0);
    const result: Record<string, Map<string, unknown>> = {};
    const store = new ProjectorStore(
      connection,
      definition.name,
      definition.projections.map((p) => p.name),
    );
    for (const projection of definition.projections) {
      const generation = await reader.activeGeneration(definition.name);
      result[projection.name] = await readAllDocuments(store.model(generation, projection.name));
    }
    return result;
  }

  function expected(
    definition: ProjectorDefinition,
    events: DomainEvent[],
  ): Record<string, Map<string, unknown>> {
    return Object.fromEntries(definition.projections.map((p) => [p.name, project(p, events, reference)]));
  }

  async function append(events: DomainEvent[]): Promise<void> {
    for (let i = 0; i < events.length; i += 1000) await appender.append(events.slice(i, i + 1000));
    appended.push(...events);
  }

  async function stopAll(): Promise<void> {
    await Promise.all(runners.splice(0).map((r) => r.stop()));
  }

  beforeAll(async () => {
    connection = await connectReadModels(mongoDatabaseUrl(uniqueName('projector')));
    const admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin, [topics.events, topics.deadLetters]);
    await admin.disconnect();
    appender = new EventAppender(kafka, { topic });
    await appender.connect();
  });

  afterAll(async () => {
    await stopAll();
    await appender.disconnect();
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: [topic, topics.deadLetters.topic] }).catch(() => undefined);
    await admin.disconnect();
    await connection.dropDatabase();
    await connection.close();
  });

  it('projects the seed history and 10,000 simulated events into the read models the pure projections give', async () => {
    await append([...seedHistory(reference), ...history.slice(0, 10_000)]);
    await start(regional, 'regional-1');
    await start(national, 'national-1');
    await caughtUp('regional');
    await caughtUp('national');
    expect(await stored(regional)).toEqual(expected(regional, appended));
    expect(await stored(national)).toEqual(expected(national, appended));
    // What the supervision shows as each CCI's last event: the one it recorded last, whatever the partition.
    const lastRecorded = new Map<string, string>();
    for (const event of appended)
      if ((lastRecorded.get(event.recordedBy) ?? '') < event.recordedAt)
        lastRecorded.set(event.recordedBy, event.recordedAt);
    const reported = async () => {
      const [status] = await new ProjectorStatuses(connection).list('regional');
      return Object.fromEntries(
        Object.entries(status?.lastEventByCci ?? {}).map(([cciId, last]) => [cciId, last.at]),
      );
    };
    // The status is reported every 200 ms: the first report after the last flush is the one to check.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await reported()).toEqual(Object.fromEntries(lastRecorded));
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
    await append(history.slice(10_000, 11_000));
    await caughtUp('regional');
    const letters: StoredDeadLetter[] = await new DeadLetters(connection).list({ projector: 'regional' });
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
    expect(await stored(regional)).toEqual(expected(regional, appended));
  });

  it('shares the partitions between two instances and gives the same read models as one', async () => {
    await stopAll();
    await start(regional, 'regional-a');
    await start(regional, 'regional-b');
    await append(history.slice(11_000, 12_000));
    await caughtUp('regional');
    expect(await stored(regional)).toEqual(expected(regional, appended));
  });

  it('equals a fresh replay of the log', async () => {
    const comparison = await compareWithFreshReplay(kafka, connection, reference, regional, topic);
    expect(comparison.differences).toEqual([]);
    expect(comparison.events).toBeGreaterThan(10_000);
  });

  it('rebuilds into a new generation while reads keep answering, compares, then switches', async () => {
    const reader = new ReadModelReader(connection, 0);
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
      connection,
      reference,
      regional,
      {
        topic,
        deadLetterTopic: topics.deadLetters.topic,
        force: false,
        onProgress: (p) => phases.push(p.phase),
        pollMs: 100,
      },
      quiet,
    );
    reading.on = false;
    await readLoop;
    generations.set('regional', 2);
    expect(result).toMatchObject({ generation: 2, switched: true, differences: [] });
    expect(new Set(phases)).toEqual(new Set(['replaying', 'aligning', 'comparing', 'switched']));
    expect(failedReads).toBe(0);
    expect(reads).toBeGreaterThan(5);
    expect(await reader.activeGeneration('regional')).toBe(2);
    const collections = (await connection.db!.listCollections().toArray()).map((c) => c.name);
    expect(collections.filter((c) => c.startsWith('rm_regional_g1_'))).toEqual([]);
    await append(history.slice(12_000));
    await caughtUp('regional');
    expect(await stored(regional)).toEqual(expected(regional, appended));
  });
});
