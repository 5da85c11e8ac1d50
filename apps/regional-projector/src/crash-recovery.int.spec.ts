import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadReferenceData, project, seedHistory, type DomainEvent } from '@cci/domain';
import { createKafka, ensureTopics, EventAppender, eventLogTopics } from '@cci/event-log';
import { connectReadModels, DeadLetters, ProjectorStore, readAllDocuments } from '@cci/read-model-store';
import { Random, simulateEvents, syntheticReferenceFiles } from '@cci/simulation';
import {
  crashAfterDocumentsWritten,
  freePort,
  mongoDatabaseUrl,
  startService,
  testServers,
  uniqueName,
  type ServiceProcess,
} from '@cci/test-support';
import type { Connection } from 'mongoose';

import { regionalProjector } from '@cci/projector';

const main = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'main.js');
// National-scale reference data, so that the replay writes hundreds of documents per flush and the
// kills land in the middle of it; the projector process reads the same file.
const referenceFiles = syntheticReferenceFiles({
  territorialPerRegion: 4,
  comPeriods: [{ from: 2023, to: 2027 }],
});
const reference = loadReferenceData(referenceFiles);
const referenceFile = join(mkdtempSync(join(tmpdir(), 'cci-reference-')), 'reference.json');
writeFileSync(referenceFile, JSON.stringify(referenceFiles));

// The projector as its own process, killed with SIGKILL at ten points of a replay, among them right
// after a flush wrote its documents and before it moved its checkpoints.
describe('the regional projector killed during a replay', () => {
  const kafka = createKafka({
    brokers: testServers().kafkaBrokers,
    clientId: 'crash-test',
    logLevel: 'nothing',
  });
  const topics = eventLogTopics({ eventsTopic: uniqueName('events'), deadLetterTopic: uniqueName('dlq') });
  const database = uniqueName('crash');
  const events: DomainEvent[] = [
    ...seedHistory(reference),
    ...simulateEvents(reference, { seed: 5, fromYear: 2023, count: 20_000 }),
  ];
  let connection: Connection;

  const env = (port: number, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
    KAFKA_BROKERS: testServers().kafkaBrokers.join(','),
    MONGO_URL: testServers().mongoUrl,
    MONGO_DATABASE: database,
    EVENTS_TOPIC: topics.events.topic,
    DEAD_LETTER_TOPIC: topics.deadLetters.topic,
    CHANGES_TOPIC: `${topics.events.topic}-changes`,
    PORT: String(port),
    REFERENCE_DATA_FILE: referenceFile,
    FLUSH_MAX_EVENTS: '1000',
    FLUSH_MAX_DELAY_MS: '50',
    SESSION_TIMEOUT_MS: '6000',
    LOG_LEVEL: 'warn',
    ...extra,
  });

  const start = async (extra?: NodeJS.ProcessEnv): Promise<ServiceProcess> => {
    const port = await freePort();
    return startService({
      script: main,
      env: env(port, extra),
      readyUrl: `http://127.0.0.1:${port}/health/ready`,
    });
  };

  const applied = async (): Promise<number> => {
    const checkpoints = await connection
      .db!.collection('projection_checkpoints')
      .find({ projector: 'regional', topic: topics.events.topic })
      .toArray();
    return checkpoints.reduce((sum, c) => sum + (c.offset as number), 0);
  };

  beforeAll(async () => {
    connection = await connectReadModels(mongoDatabaseUrl(database));
    const admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin, [topics.events, topics.deadLetters]);
    await admin.disconnect();
    const appender = new EventAppender(kafka, { topic: topics.events.topic });
    for (let i = 0; i < events.length; i += 500) await appender.append(events.slice(i, i + 500));
    await appender.disconnect();
  });

  afterAll(async () => {
    const admin = kafka.admin();
    await admin.connect();
    await admin
      .deleteTopics({
        topics: [topics.events.topic, topics.deadLetters.topic, `${topics.events.topic}-changes`],
      })
      .catch(() => undefined);
    await admin.disconnect();
    await connection.dropDatabase();
    await connection.close();
  });

  // Each restart waits for the killed member's session to expire (6 s, the broker's minimum) before it gets its partitions.
  it('ends with read models identical to a clean rebuild: no event counted twice, none missed', async () => {
    const random = new Random(42);
    const kills: string[] = [];
    for (let i = 1; i <= 10; i += 1) {
      // Every third life ends right after a flush wrote its documents, before its checkpoints.
      const betweenWriteAndCheckpoint = i % 3 === 0;
      const service = await start(
        betweenWriteAndCheckpoint ? crashAfterDocumentsWritten(random.integer(1, 3)) : {},
      );
      const before = await applied();
      if (betweenWriteAndCheckpoint) {
        await new Promise<void>((resolve) =>
          service.process.once('exit', () => {
            resolve();
          }),
        );
        kills.push(`après écriture, avant point de reprise (${before} → ${await applied()})`);
      } else {
        const target = before + random.integer(500, 1_500);
        while ((await applied()) < target && service.process.exitCode === null)
          await new Promise((r) => setTimeout(r, 10));
        await new Promise((r) => setTimeout(r, random.integer(0, 120)));
        await service.kill('SIGKILL');
        kills.push(`au hasard (${before} → ${await applied()})`);
      }
    }
    expect(kills).toHaveLength(10);
    expect(await applied()).toBeLessThan(events.length);

    const last = await start();
    while ((await applied()) < events.length) await new Promise((r) => setTimeout(r, 50));
    await last.kill('SIGTERM');

    const store = new ProjectorStore(
      connection,
      'regional',
      regionalProjector.projections.map((p) => p.name),
    );
    for (const projection of regionalProjector.projections) {
      expect(Object.fromEntries(await readAllDocuments(store.model(1, projection.name)))).toEqual(
        Object.fromEntries(project(projection, events, reference)),
      );
    }
    expect(await new DeadLetters(connection).count('regional')).toBe(0);
  }, 300_000);
});
