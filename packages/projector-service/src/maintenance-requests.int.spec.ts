import { setTimeout as sleep } from 'node:timers/promises';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { referenceData as reference, seedHistory } from '@cci/domain';
import { createKafka, ensureTopics, EventAppender, eventLogTopics } from '@cci/event-log';
import { nationalProjector, regionalProjector, type ProjectorDefinition } from '@cci/projector';
import {
  connectReadModels,
  INSTANCE_SILENT_AFTER_MS,
  MaintenanceRequests,
  ReadModelReader,
  Rebuilds,
  Reconciliations,
  type NewMaintenanceRequest,
} from '@cci/read-model-store';
import { serviceLogger } from '@cci/service-kit';
import { mongoDatabaseUrl, testServers, uniqueName } from '@cci/test-support';
import type { INestApplication } from '@nestjs/common';
import type { Connection } from 'mongoose';

import { createProjectorApp } from './projector-app.js';
import { projectorConfig } from './projector-config.js';

describe("projector services carrying out the DSI's requests", () => {
  const kafka = createKafka({
    brokers: testServers().kafkaBrokers,
    clientId: 'maintenance',
    logLevel: 'nothing',
  });
  const topics = eventLogTopics({ eventsTopic: uniqueName('events'), deadLetterTopic: uniqueName('dlq') });
  const changesTopic = `${topics.events.topic}-changes`;
  const database = uniqueName('maintenance');
  const history = seedHistory(reference);
  const services: INestApplication[] = [];
  let connection: Connection;
  let requests: MaintenanceRequests;

  /** A projector service as its app runs it (without listening): runner, status and requests. */
  const startService = async (definition: ProjectorDefinition, instanceId: string, reconciles = false) => {
    const config = projectorConfig(
      {
        KAFKA_BROKERS: testServers().kafkaBrokers.join(','),
        MONGO_URL: testServers().mongoUrl,
        MONGO_DATABASE: database,
        EVENTS_TOPIC: topics.events.topic,
        DEAD_LETTER_TOPIC: topics.deadLetters.topic,
        CHANGES_TOPIC: changesTopic,
        INSTANCE_ID: instanceId,
        LOG_LEVEL: 'error',
      },
      3101,
    );
    const logger = serviceLogger(`${definition.name}-projector`, config);
    services.push(await createProjectorApp(definition, config, logger, { reconciles }));
  };

  const stopServices = () => Promise.all(services.splice(0).map((app) => app.close()));

  const until = async <T>(found: () => Promise<T | null>, what: string, timeoutMs = 90_000): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await found();
      if (value !== null) return value;
      if (Date.now() > deadline) throw new Error(`waited too long for ${what}`);
      await sleep(200);
    }
  };

  /** Waits until the projector's active generation applied the whole history (a rebuild compares it). */
  const caughtUp = (projector: string) =>
    until(async () => {
      const generation = await new ReadModelReader(connection, 0).activeGeneration(projector);
      const checkpoints = await connection
        .collection('projection_checkpoints')
        .find({ projector, generation, topic: topics.events.topic })
        .toArray();
      const applied = checkpoints.reduce((sum, c) => sum + (c.offset as number), 0);
      return applied >= history.length ? true : null;
    }, `${projector} caught up`);

  const finished = (slot: string) =>
    until(async () => {
      const request = (await requests.list()).find((r) => r._id === slot);
      return request && ['done', 'failed'].includes(request.state) ? request : null;
    }, `${slot} finished`);

  const asked = (request: Partial<NewMaintenanceRequest>) => ({
    kind: 'rebuild' as const,
    projector: 'regional',
    force: false,
    requestedBy: 'cci-normandie',
    requestedAt: new Date(),
    ...request,
  });

  beforeAll(async () => {
    const admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin, [topics.events, topics.deadLetters]);
    await admin.disconnect();
    const appender = new EventAppender(kafka, { topic: topics.events.topic });
    await appender.append(history);
    await appender.disconnect();
    connection = await connectReadModels(mongoDatabaseUrl(database));
    requests = new MaintenanceRequests(connection);
  }, 60_000);

  afterAll(async () => {
    await stopServices();
    const admin = kafka.admin();
    await admin.connect();
    await admin
      .deleteTopics({ topics: [topics.events.topic, topics.deadLetters.topic, changesTopic] })
      .catch(() => undefined);
    await admin.disconnect();
    await connection.dropDatabase();
    await connection.close();
  }, 60_000);

  it('claims a rebuild recorded for its projector, runs it and records the outcome', async () => {
    await startService(regionalProjector, 'regionale-1');
    await caughtUp('regional');
    expect(await requests.record(asked({}))).toMatchObject({ _id: 'rebuild:regional', state: 'requested' });

    const request = await finished('rebuild:regional');
    expect(request).toMatchObject({
      state: 'done',
      claimedBy: 'regionale-1',
      requestedBy: 'cci-normandie',
    });
    expect(await new Rebuilds(connection).latest('regional')).toMatchObject({
      generation: 2,
      phase: 'switched',
      message: request.message,
    });
  }, 120_000);

  it('takes over a request that an instance claimed, then went silent', async () => {
    await stopServices();
    await requests.record(asked({ requestedBy: 'cci-france' }));
    // An instance that claimed it and has given no sign of life since.
    const longAgo = new Date(Date.now() - INSTANCE_SILENT_AFTER_MS - 1_000);
    expect(await requests.claim('rebuild:regional', 'instance-disparue', longAgo)).toMatchObject({
      takenOver: false,
    });

    await startService(regionalProjector, 'regionale-2');
    const request = await finished('rebuild:regional');
    expect(request).toMatchObject({ state: 'done', claimedBy: 'regionale-2', requestedBy: 'cci-france' });
    expect(await new Rebuilds(connection).latest('regional')).toMatchObject({
      generation: 3,
      phase: 'switched',
    });
  }, 120_000);

  it('leaves reconciliations to the service that reconciles, which keeps the result for the monitoring', async () => {
    await startService(nationalProjector, 'nationale-1', true);
    await caughtUp('national');
    await requests.record(asked({ kind: 'reconciliation', projector: null, requestedBy: 'cci-france' }));

    expect(await finished('reconciliation')).toMatchObject({ state: 'done', claimedBy: 'nationale-1' });
    const result = await new Reconciliations(connection).latest();
    expect(result).toMatchObject({ ok: true, requestedBy: 'cci-france' });
    expect(result?.replays.map((r) => [r.projector, r.events, r.differences.length])).toEqual([
      ['regional', history.length, 0],
      ['national', history.length, 0],
    ]);
  }, 120_000);
});
