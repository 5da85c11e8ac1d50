import { get as httpGet } from 'node:http';
import { join } from 'node:path';

import { createCredential } from '@cci/credentials';
import { referenceData, type DomainEvent } from '@cci/domain';
import { HistorySimulator } from '@cci/simulation';
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

/** A view asked again with the tag of the copy held, as a browser revalidates it. */
export type Revalidation = {
  path: string;
  requests: number;
  /** How many were answered 304: a tag computed from a body that says when it was built never matches. */
  notModified: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
};

/** What a client holding the regional view fetches again after one event changed its region. */
export type LiveRefetch = {
  /** The read models the notice named. */
  models: string[];
  /** What the dashboard reads again: the indicators named, or the whole view when more changed. */
  paths: string[];
  statuses: number[];
  /** The bodies as sent (Brotli), what the client downloads. */
  bytesOnTheWire: number;
  /**
   * The whole view read once after the change, by a client without a copy: the API reads its
   * documents and builds it again, where the timed reads above were mostly sent as kept.
   */
  rebuiltViewMs: number;
};

export type ReadLatencyFigures = {
  events: number;
  regional: ViewLatency;
  national: ViewLatency;
  /** The regional view as sent to a client accepting Brotli or gzip. */
  regionalOnTheWire: { encoding: string | null; bytes: number };
  revalidation: Revalidation;
  liveRefetch: LiveRefetch;
};

/** A browser's answer to a GET: its status, its tag, and its body's bytes as sent (compressed). */
function onTheWire(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; etag: string | null; encoding: string | null; bytes: number }> {
  return new Promise((resolve, reject) => {
    httpGet(url, { headers: { 'accept-encoding': 'br, gzip', ...headers } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => {
        resolve({
          status: response.statusCode ?? 0,
          etag: response.headers.etag ?? null,
          encoding: response.headers['content-encoding'] ?? null,
          bytes,
        });
      });
    }).on('error', reject);
  });
}

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

  const authorization = (as: string) => ({ authorization: `Bearer ${keys.get(as) ?? ''}` });
  // Timed to the last byte of the body as it leaves the API (compressed), as HTTP load tools time a
  // request: the client's decompression is the browser's work, in its own process.
  const get = async (path: string, as: string): Promise<void> => {
    const { status } = await onTheWire(`${url}${path}`, authorization(as));
    if (status !== 200) throw new Error(`GET ${path}: ${status}`);
  };

  const view = async (path: string, as: string): Promise<ViewLatency> => {
    progress(`  GET ${path}`);
    const bytes = (await (await fetch(`${url}${path}`, { headers: authorization(as) })).arrayBuffer())
      .byteLength;
    for (let i = 0; i < 20; i += 1) await get(path, as);
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

  const regionalPath = '/v1/regions/normandie';
  const rouen = authorization('cci-rouen-metropole');
  const regional = await view(regionalPath, 'cci-rouen-metropole');
  const national = await view('/v1/national', 'cci-france');
  const held = await onTheWire(`${url}${regionalPath}`, rouen);
  if (held.etag === null) throw new Error(`GET ${regionalPath}: no ETag`);
  const tag = held.etag;

  progress(`  GET ${regionalPath} with If-None-Match`);
  const revalidate = async (): Promise<number> => {
    const response = await fetch(`${url}${regionalPath}`, { headers: { ...rouen, 'if-none-match': tag } });
    await response.arrayBuffer();
    return response.status;
  };
  for (let i = 0; i < 20; i += 1) await revalidate();
  const revalidations: number[] = [];
  let notModified = 0;
  for (let i = 0; i < options.requests; i += 1) {
    const started = performance.now();
    if ((await revalidate()) === 304) notModified += 1;
    revalidations.push(performance.now() - started);
  }

  progress('  one figure reported, then the regional view revalidated');
  const liveRefetch = await refetchAfterOneChange(url, rouen, history, async (event) => {
    const live = new EventAppender(kafka, { topic: topics.events.topic });
    await live.append([event]);
    await live.disconnect();
  });
  const paths = refetchedPaths(regionalPath, liveRefetch.documents);
  const refetched = await Promise.all(
    paths.map((path) =>
      onTheWire(`${url}${path}`, path === regionalPath ? { ...rouen, 'if-none-match': tag } : rouen),
    ),
  );
  const rebuildStarted = performance.now();
  await get(regionalPath, 'cci-rouen-metropole');
  const rebuiltViewMs = round(performance.now() - rebuildStarted);

  return {
    events: history.length,
    regional,
    national,
    regionalOnTheWire: { encoding: held.encoding, bytes: held.bytes },
    revalidation: {
      path: regionalPath,
      requests: options.requests,
      notModified,
      p50Ms: round(quantile(revalidations, 0.5)),
      p99Ms: round(quantile(revalidations, 0.99)),
      maxMs: round(Math.max(...revalidations)),
    },
    liveRefetch: {
      models: liveRefetch.models,
      paths,
      statuses: refetched.map((r) => r.status),
      bytesOnTheWire: refetched.reduce((sum, r) => sum + r.bytes, 0),
      rebuiltViewMs,
    },
  };
}

/** The read models the regional view is made of (the dashboard's `regionalReadModels`). */
const REGIONAL_VIEW_MODELS = [
  'regional-srom-matrix',
  'com-progress',
  'action-progress',
  'objectives-convention',
];

/**
 * What the dashboard reads again of a regional view on screen after a notice (its `indicatorsChangedIn`):
 * each indicator named, when indicators are all the notice changed of the view; the view otherwise.
 */
function refetchedPaths(regionalPath: string, documents: readonly { model: string; id: string }[]): string[] {
  const prefix = 'com-progress:normandie:';
  const ofView = documents.filter((d) => REGIONAL_VIEW_MODELS.includes(d.model));
  if (ofView.length === 0 || ofView.some((d) => !d.id.startsWith(prefix))) return [regionalPath];
  return ofView.map((d) => `${regionalPath}/indicators/${d.id.slice(prefix.length)}`);
}

/**
 * Listens to the live notices as Rouen, appends one figure Rouen reports, and waits for the notice
 * naming Normandie: the moment a dashboard showing the region refetches what the notice names. Returns
 * the read models and the documents it named.
 */
async function refetchAfterOneChange(
  url: string,
  headers: Record<string, string>,
  history: readonly DomainEvent[],
  append: (event: DomainEvent) => Promise<void>,
): Promise<{ models: string[]; documents: { model: string; id: string }[] }> {
  const simulator = new HistorySimulator(referenceData, { seed: 3, fromYear: 2026 });
  for (const known of history) simulator.remember(known);
  const [report] = simulator.record({
    at: new Date().toISOString(),
    recordedBy: 'cci-rouen-metropole',
    person: null,
    command: {
      type: 'ReportIndicator',
      cciId: 'cci-rouen-metropole',
      indicatorId: 'premier-niveau-information',
      period: '2026-T1',
      value: 42,
      unitId: 'entreprises',
      comment: null,
    },
  });
  if (!report) throw new Error('the report of 2026-T1 was refused');
  const controller = new AbortController();
  const response = await fetch(`${url}/v1/live`, { headers, signal: controller.signal });
  if (!response.body) throw new Error('GET /v1/live: no stream');
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  // The stream is open once its first bytes (the retry hint or a heartbeat) may arrive; the notice
  // of an event appended before the subscription would be missed.
  await new Promise((resolve) => setTimeout(resolve, 300));
  await append(report);
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = (await reader.read()) as { value?: Uint8Array; done: boolean };
      if (done) throw new Error('GET /v1/live: the stream ended');
      buffer += decoder.decode(value, { stream: true });
      for (const match of buffer.matchAll(/event: modele-mis-a-jour\n(?:id: \d+\n)?data: (.*)\n/g)) {
        const notice = JSON.parse(match[1] ?? '{}') as {
          regionIds?: string[];
          models?: string[];
          documents?: { model: string; id: string }[];
        };
        if (notice.regionIds?.includes('normandie'))
          return { models: notice.models ?? [], documents: notice.documents ?? [] };
      }
    }
  } finally {
    controller.abort();
  }
}
