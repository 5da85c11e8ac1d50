import { join } from 'node:path';

import { createCredential } from '@cci/credentials';
import { referenceData, type DomainEvent } from '@cci/domain';
import { EventAppender } from '@cci/event-log';
import { consumerGroupOf } from '@cci/projector';
import { freePort, startService } from '@cci/test-support';
import type { Kafka } from 'kafkajs';

import { appScript, projectorEnv, serviceEnv } from './apps.js';
import type { Scratch } from './servers.js';
import { perSecond, progress, quantile, round, until } from './stats.js';

export type ViewLatency = {
  path: string;
  requests: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  bytes: number;
  /** Requests per second with `concurrency` clients at once. */
  concurrency: number;
  requestsPerSecond: number;
};

export type ReadLatencyFigures = { events: number; regional: ViewLatency; national: ViewLatency };

/**
 * The read API over read models the two projector services built from `history`: all three are the
 * built entry points in their own processes, with the bundled reference data. Latency is measured one
 * request at a time (after a warm-up); throughput with a few clients at once.
 */
export async function measureReadLatency(
  scratch: Scratch,
  kafka: Kafka,
  history: readonly DomainEvent[],
  options: { requests: number; concurrency: number },
): Promise<ReadLatencyFigures> {
  const topics = await scratch.eventTopics();
  const changes = scratch.topic(`${topics.events.topic}-changes`);
  for (const projector of ['regional', 'national'])
    scratch.group(consumerGroupOf(projector, 1, topics.events.topic));
  const database = await scratch.database();
  const folder = scratch.folder();
  const credentialsFile = join(folder, 'credentials.json');
  const keys = new Map<string, string>();
  for (const cciId of ['cci-rouen-metropole', 'cci-france'])
    keys.set(
      cciId,
      (await createCredential(credentialsFile, { cciId, label: 'bench', reference: referenceData })).key,
    );

  const appender = new EventAppender(kafka, { topic: topics.events.topic });
  for (let i = 0; i < history.length; i += 500) await appender.append(history.slice(i, i + 500));
  await appender.disconnect();

  const env = projectorEnv(database.name, topics, changes);
  for (const app of ['regional-projector', 'national-projector'] as const) {
    const port = await freePort();
    const service = await startService({
      script: appScript(app),
      env: serviceEnv({ ...env, PORT: String(port) }),
      readyUrl: `http://127.0.0.1:${port}/health/ready`,
      timeoutMs: 60_000,
    });
    scratch.onCleanup(() => service.kill('SIGTERM'));
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const readApi = await startService({
    script: appScript('read-api'),
    env: serviceEnv({
      ...env,
      PORT: String(port),
      CCI_CREDENTIALS_FILE: credentialsFile,
      // The per-key limit (300, then 100/s) would answer 429 to a benchmark's client.
      RATE_LIMIT_CAPACITY: '1000000',
      RATE_LIMIT_PER_SECOND: '1000000',
    }),
    readyUrl: `${url}/health/ready`,
    timeoutMs: 60_000,
  });
  scratch.onCleanup(() => readApi.kill('SIGTERM'));

  const checkpoints = database.connection.collection<{ projector: string; topic: string; offset: number }>(
    'projection_checkpoints',
  );
  await until(
    'both projectors to apply the history',
    async () => {
      const found = await checkpoints.find({ topic: topics.events.topic }).toArray();
      const applied = (projector: string) =>
        found.filter((c) => c.projector === projector).reduce((sum, c) => sum + c.offset, 0);
      return applied('regional') >= history.length && applied('national') >= history.length;
    },
    { everyMs: 200, timeoutMs: 120_000 },
  );

  const get = async (path: string, as: string): Promise<number> => {
    const response = await fetch(`${url}${path}`, {
      headers: { authorization: `Bearer ${keys.get(as) ?? ''}` },
    });
    const body = await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`GET ${path}: ${response.status}`);
    return body.byteLength;
  };

  const view = async (path: string, as: string): Promise<ViewLatency> => {
    progress(`  GET ${path}`);
    let bytes = 0;
    for (let i = 0; i < 20; i += 1) bytes = await get(path, as);
    const latencies: number[] = [];
    for (let i = 0; i < options.requests; i += 1) {
      const started = performance.now();
      await get(path, as);
      latencies.push(performance.now() - started);
    }
    let left = options.requests;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: options.concurrency }, async () => {
        while (left > 0) {
          left -= 1;
          await get(path, as);
        }
      }),
    );
    const ms = performance.now() - started;
    return {
      path,
      requests: options.requests,
      p50Ms: round(quantile(latencies, 0.5)),
      p99Ms: round(quantile(latencies, 0.99)),
      maxMs: round(Math.max(...latencies)),
      bytes,
      concurrency: options.concurrency,
      requestsPerSecond: perSecond(options.requests, ms),
    };
  };

  return {
    events: history.length,
    regional: await view('/v1/regions/normandie', 'cci-rouen-metropole'),
    national: await view('/v1/national', 'cci-france'),
  };
}
