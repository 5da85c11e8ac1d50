import { writeFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { join } from 'node:path';

import { createCredential } from '@cci/credentials';
import type { CommandOfType, ReferenceData, ReferenceFiles } from '@cci/domain';
import { freePort, startService } from '@cci/test-support';

import { appScript, serviceEnv } from './apps.js';
import { accountCpu, type CpuAccount } from './cpu-accounts.js';
import { servers, type Scratch } from './servers.js';
import { perSecond, progress } from './stats.js';

export type IngestOptions = {
  /** Single-command requests, sent by `concurrency` clients at once. */
  singles: number;
  concurrency: number;
  /** Commands sent in batch requests of `batchSize`, `batchConcurrency` requests at once. */
  batchCommands: number;
  batchSize: number;
  batchConcurrency: number;
};

export type IngestFigures = {
  single: {
    requests: number;
    concurrency: number;
    seconds: number;
    eventsPerSecond: number;
    failed: number;
    /** Per event appended. */
    cpu: CpuAccount;
  };
  batch: {
    commands: number;
    batchSize: number;
    concurrency: number;
    seconds: number;
    eventsPerSecond: number;
    failed: number;
    /** Per event appended. */
    cpu: CpuAccount;
  };
};

type Report = Omit<CommandOfType<'ReportIndicator'>, 'type'>;

/** Every quarterly report a CCI can send up to 2025, each a new aggregate (one event each). */
function* reportsOf(reference: ReferenceData, cciId: string): Generator<Report> {
  const regionId = reference.cci(cciId)?.regionId;
  if (!regionId) return;
  let n = 0;
  for (const indicator of reference.indicatorsOfRegion(regionId)) {
    if (indicator.frequency !== 'quarterly') continue;
    for (const { period } of reference.reportingPeriods(indicator.comId)) {
      if (!period.includes('-T') || Number(period.slice(0, 4)) > 2025) continue;
      n += 1;
      yield {
        cciId,
        indicatorId: indicator.id,
        period,
        value: (n % 90) + 1,
        unitId: indicator.unitId,
        // Consecutive quarters move far apart here: the decisions ask a comment for that.
        comment: 'Chiffre de la mesure de charge',
      };
    }
  }
}

/**
 * The ingest API as a client sees it: its built entry point in its own process, on a topic of its own,
 * with API keys for as many territorial CCIs as the commands need. Every command reports an indicator
 * for a period not reported yet, so each one is accepted and appended as one event.
 */
export async function measureIngest(
  scratch: Scratch,
  reference: ReferenceData,
  files: ReferenceFiles,
  options: IngestOptions,
): Promise<IngestFigures> {
  const topics = await scratch.eventTopics();
  const folder = scratch.folder();
  const referenceFile = join(folder, 'reference.json');
  writeFileSync(referenceFile, JSON.stringify(files));
  const credentialsFile = join(folder, 'credentials.json');

  const territorial = reference.regions.flatMap((region) =>
    reference.ccisOfRegion(region.id).filter((c) => c.kind === 'territorial'),
  );
  const perCci = [...reportsOf(reference, territorial[0]?.id ?? '')].length;
  const singleCcis = territorial.slice(0, Math.max(1, Math.ceil(options.singles / perCci)));
  const batchCcis = territorial.slice(
    singleCcis.length,
    singleCcis.length + Math.max(1, Math.ceil(options.batchCommands / perCci)),
  );
  const keys = new Map<string, string>();
  for (const cci of [...singleCcis, ...batchCcis]) {
    keys.set(
      cci.id,
      (await createCredential(credentialsFile, { cciId: cci.id, label: 'bench', reference })).key,
    );
  }

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const service = await startService({
    script: appScript('ingest-api'),
    readyUrl: `${url}/health/ready`,
    timeoutMs: 60_000,
    env: serviceEnv({
      KAFKA_BROKERS: servers.kafkaBrokers.join(','),
      EVENTS_TOPIC: topics.events.topic,
      DEAD_LETTER_TOPIC: topics.deadLetters.topic,
      CCI_CREDENTIALS_FILE: credentialsFile,
      REFERENCE_DATA_FILE: referenceFile,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      RATE_LIMIT_CAPACITY: '1000000',
      RATE_LIMIT_PER_SECOND: '1000000',
    }),
  });
  scratch.onCleanup(() => service.kill('SIGTERM'));

  // The clients share the machine with the API: node:http with kept-alive connections costs them
  // less than half of what fetch does per request (0.26-0.30 ms of CPU against 0.68), leaving the API
  // more of the two cores.
  const agent = new Agent({
    keepAlive: true,
    maxSockets: Math.max(options.concurrency, options.batchConcurrency),
  });
  scratch.onCleanup(() => {
    agent.destroy();
    return Promise.resolve();
  });
  const send = (path: string, cciId: string, body: unknown, idempotencyKey?: string) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const payload = Buffer.from(JSON.stringify(body));
      const request = httpRequest(
        `${url}${path}`,
        {
          method: 'POST',
          agent,
          headers: {
            authorization: `Bearer ${keys.get(cciId) ?? ''}`,
            'content-type': 'application/json',
            'content-length': payload.length,
            ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
          });
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(payload);
    });
  const post = async (path: string, cciId: string, body: unknown, idempotencyKey?: string) => {
    const { status, text } = await send(path, cciId, body, idempotencyKey);
    return { status, body: JSON.parse(text) as unknown };
  };

  progress(
    `  ${options.singles.toLocaleString('en')} single-command requests, ${options.concurrency} at once`,
  );
  const singles = singleCcis.flatMap((c) => [...reportsOf(reference, c.id)]).slice(0, options.singles);
  const pid = service.process.pid ?? 0;
  const single = await accountCpu(pid, () =>
    sendAll(singles, options.concurrency, async (report, i) => {
      const { status } = await post('/v1/commands/report-indicator', report.cciId, report, `bench-s-${i}`);
      return status === 201 ? { accepted: 1, refused: 0 } : { accepted: 0, refused: 1 };
    }),
  );

  progress(
    `  ${options.batchCommands.toLocaleString('en')} commands in batches of ${options.batchSize}, ${options.batchConcurrency} at once`,
  );
  const batches: { cciId: string; commands: Report[] }[] = [];
  let left = options.batchCommands;
  for (const cci of batchCcis) {
    const all = [...reportsOf(reference, cci.id)].slice(0, left);
    left -= all.length;
    for (let i = 0; i < all.length; i += options.batchSize)
      batches.push({ cciId: cci.id, commands: all.slice(i, i + options.batchSize) });
  }
  const batch = await accountCpu(pid, () =>
    sendAll(batches, options.batchConcurrency, async (sent, i) => {
      const { status, body } = await post('/v1/commands/batch', sent.cciId, {
        commands: sent.commands.map((report, k) => ({
          type: 'ReportIndicator',
          body: report,
          idempotencyKey: `bench-b-${i}-${k}`,
        })),
      });
      const results = status === 200 ? (body as { results: { status: number }[] }).results : [];
      const accepted = results.filter((r) => r.status === 201).length;
      return { accepted, refused: sent.commands.length - accepted };
    }),
  );
  return {
    single: {
      requests: singles.length,
      concurrency: options.concurrency,
      seconds: Math.round(single.ms) / 1000,
      eventsPerSecond: perSecond(single.units, single.ms),
      failed: single.refused,
      cpu: single.cpu,
    },
    batch: {
      commands: batches.reduce((sum, b) => sum + b.commands.length, 0),
      batchSize: options.batchSize,
      concurrency: options.batchConcurrency,
      seconds: Math.round(batch.ms) / 1000,
      eventsPerSecond: perSecond(batch.units, batch.ms),
      failed: batch.refused,
      cpu: batch.cpu,
    },
  };
}

/**
 * Sends every item, `concurrency` at a time, each worker taking the next one as it finishes; the
 * events the API accepted (the phase's units) and those it refused, and the time it all took.
 */
async function sendAll<T>(
  items: readonly T[],
  concurrency: number,
  send: (item: T, index: number) => Promise<{ accepted: number; refused: number }>,
): Promise<{ units: number; refused: number; ms: number }> {
  let next = 0;
  let units = 0;
  let refused = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < items.length; i = next++) {
        const item = items[i] as T;
        const counts = await send(item, i);
        units += counts.accepted;
        refused += counts.refused;
      }
    }),
  );
  return { units, refused, ms: performance.now() - started };
}
