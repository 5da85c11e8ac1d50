import { createCredential } from '@cci/credentials';
import { referenceData as reference, type ReferenceData } from '@cci/domain';
import { ensureTopics, readModelChangesTopic } from '@cci/event-log';
import { consumerGroupOf } from '@cci/projector';
import { freePort, startService } from '@cci/test-support';
import type { Kafka } from 'kafkajs';
import { join } from 'node:path';

import { appScript, projectorEnv, serviceEnv } from './apps.js';
import { servers, type Scratch } from './servers.js';
import { progress, quantile, round, sleep, until } from './stats.js';

export type RegionValidationOptions = {
  /** The declarations the region validates in one batch request. */
  declarations: number;
  /** Batches measured: before each but the first, the CCIs declare every figure again. */
  rounds: number;
};

export type RegionValidationFigures = {
  regionId: string;
  declarations: number;
  rounds: number;
  /** Each batch: the request's duration, and when its last validation was visible, from the request's start. */
  batches: { requestMs: number; allVisibleMs: number }[];
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  notVisible: number;
};

type Declaration = { cciId: string; indicatorId: string; period: string; unitId: string };
type Position = { partition: number; offset: number };
type BatchAnswer = {
  results: { index: number; status: number; events?: Position[]; problem?: { detail: string } }[];
};

/** The region's declarations to review: each territorial CCI × each quarterly indicator × each ended quarter. */
function declarationsOf(data: ReferenceData, regionId: string, count: number, today: string): Declaration[] {
  const ccis = data.ccisOfRegion(regionId).filter((c) => c.kind === 'territorial');
  const found: Declaration[] = [];
  for (const indicator of data.indicatorsOfRegion(regionId)) {
    if (indicator.frequency !== 'quarterly') continue;
    for (const { period, deadline } of data.reportingPeriods(indicator.comId)) {
      // Quarters whose deadline has passed: every one has ended, whatever day the bench runs.
      if (!period.includes('-T') || deadline.slice(0, 10) >= today) continue;
      for (const cci of ccis)
        found.push({ cciId: cci.id, indicatorId: indicator.id, period, unitId: indicator.unitId });
    }
  }
  if (found.length < count)
    throw new Error(`${regionId} has ${found.length} declarations of ended quarters, fewer than ${count}`);
  return found.slice(0, count);
}

/**
 * A region validating a thousand declarations at once, and how soon CCI France sees them: the ingest
 * API, the regional and national projector services from their builds, on topics and a database of
 * their own. The territorial CCIs declare first (not measured); then the regional CCI sends every
 * validation in one batch request, and each validation is visible once the national projector's change
 * notice arrives for the flush that moved its partition's checkpoint past the event (as
 * `visibility.ts` measures it). The delay runs from the start of the request, so it includes the
 * decision and the append.
 */
export async function measureRegionValidation(
  scratch: Scratch,
  kafka: Kafka,
  options: RegionValidationOptions,
): Promise<RegionValidationFigures> {
  const regionId = 'normandie';
  const regional = reference.ccisOfRegion(regionId).find((c) => c.kind === 'regional');
  if (!regional) throw new Error(`${regionId} has no regional CCI`);
  const today = new Date().toISOString().slice(0, 10);
  const declarations = declarationsOf(reference, regionId, options.declarations, today);

  const topics = await scratch.eventTopics();
  const changes = scratch.topic(`${topics.events.topic}-changes`);
  for (const projector of ['regional', 'national'])
    scratch.group(consumerGroupOf(projector, 1, topics.events.topic));
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, [readModelChangesTopic(changes)]);
  await admin.disconnect();
  const database = await scratch.database();
  const credentialsFile = join(scratch.folder(), 'credentials.json');
  const keys = new Map<string, string>();
  for (const cciId of new Set([regional.id, ...declarations.map((d) => d.cciId)]))
    keys.set(cciId, (await createCredential(credentialsFile, { cciId, label: 'bench', reference })).key);

  for (const name of ['regional-projector', 'national-projector'] as const) {
    const port = await freePort();
    const service = await startService({
      script: appScript(name),
      readyUrl: `http://127.0.0.1:${port}/health/ready`,
      timeoutMs: 60_000,
      env: serviceEnv({ ...projectorEnv(database.name, topics, changes), PORT: String(port) }),
    });
    scratch.onCleanup(() => service.kill('SIGTERM'));
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const ingest = await startService({
    script: appScript('ingest-api'),
    readyUrl: `${url}/health/ready`,
    timeoutMs: 60_000,
    env: serviceEnv({
      KAFKA_BROKERS: servers.kafkaBrokers.join(','),
      EVENTS_TOPIC: topics.events.topic,
      DEAD_LETTER_TOPIC: topics.deadLetters.topic,
      CCI_CREDENTIALS_FILE: credentialsFile,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      BATCH_MAX_COMMANDS: String(Math.max(500, options.declarations)),
      RATE_LIMIT_CAPACITY: '1000000',
      RATE_LIMIT_PER_SECOND: '1000000',
    }),
  });
  scratch.onCleanup(() => ingest.kill('SIGTERM'));

  const batch = async (cciId: string, commands: { type: string; body: unknown }[]) => {
    const response = await fetch(`${url}/v1/commands/batch`, {
      method: 'POST',
      headers: { authorization: `Bearer ${keys.get(cciId) ?? ''}`, 'content-type': 'application/json' },
      body: JSON.stringify({ commands }),
    });
    const answer = (await response.json()) as BatchAnswer;
    const refused = answer.results.filter((r) => r.status >= 400);
    if (response.status !== 200 || refused.length > 0)
      throw new Error(
        `batch refused (${response.status}): ${refused[0]?.problem?.detail ?? JSON.stringify(answer)}`,
      );
    return answer.results.flatMap((r) => r.events ?? []);
  };

  const checkpoints = database.connection.collection<{
    projector: string;
    topic: string;
    partition: number;
    offset: number;
  }>('projection_checkpoints');
  const nationalCheckpoints = async () =>
    new Map(
      (await checkpoints.find({ projector: 'national', topic: topics.events.topic }).toArray()).map((c) => [
        c.partition,
        c.offset,
      ]),
    );
  const covered = (reached: Map<number, number>, positions: readonly Position[]) =>
    positions.every((p) => (reached.get(p.partition) ?? 0) > p.offset);

  /** Each notice's arrival and the national checkpoints it found, in order. */
  const seen: { at: number; reached: Map<number, number> }[] = [];
  const consumer = kafka.consumer({
    groupId: scratch.group(scratch.name('changes')),
    allowAutoTopicCreation: false,
    maxWaitTimeInMs: 50,
  });
  await consumer.connect();
  await consumer.subscribe({ topic: changes, fromBeginning: false });
  scratch.onCleanup(() => consumer.disconnect());
  let joined = false;
  consumer.on(consumer.events.GROUP_JOIN, () => {
    joined = true;
  });
  await consumer.run({
    eachMessage: async () => {
      const at = performance.now();
      seen.push({ at, reached: await nationalCheckpoints() });
    },
  });
  await until('the change-notice consumer to join', () => joined, { timeoutMs: 30_000 });

  const figures: RegionValidationFigures = {
    regionId,
    declarations: declarations.length,
    rounds: options.rounds,
    batches: [],
    p50Ms: 0,
    p99Ms: 0,
    maxMs: 0,
    notVisible: 0,
  };
  const delays: number[] = [];
  for (let roundIndex = 0; roundIndex < options.rounds; roundIndex += 1) {
    progress(`  round ${roundIndex + 1}: the CCIs declare ${declarations.length} figures`);
    const declared: Position[] = [];
    for (const cciId of new Set(declarations.map((d) => d.cciId))) {
      const own = declarations.filter((d) => d.cciId === cciId);
      declared.push(
        ...(await batch(
          cciId,
          own.map((d) => ({
            // Each round a new figure (within every unit's bounds, percentages included).
            type: 'ReportIndicator',
            body: { ...d, value: 50 + roundIndex, comment: null },
          })),
        )),
      );
    }
    await until(
      'the declarations to reach the national view',
      async () => covered(await nationalCheckpoints(), declared),
      {
        everyMs: 200,
        timeoutMs: 120_000,
      },
    );
    await sleep(500);

    progress(
      `  round ${roundIndex + 1}: the region validates ${declarations.length} declarations in one request`,
    );
    const from = seen.length;
    const started = performance.now();
    const validated = await batch(
      regional.id,
      declarations.map((d) => ({
        type: 'ValidateDeclaration',
        body: {
          cciId: d.cciId,
          indicatorId: d.indicatorId,
          period: d.period,
          declaredVersion: 2 * roundIndex + 1,
        },
      })),
    );
    const requestMs = performance.now() - started;
    await until(
      'every validation to be visible',
      () => seen.slice(from).some((s) => covered(s.reached, validated)),
      {
        everyMs: 50,
        timeoutMs: 60_000,
      },
    ).catch(() => undefined);
    let allVisibleMs = Number.NaN;
    for (const position of validated) {
      const shown = seen.slice(from).find((s) => covered(s.reached, [position]));
      if (!shown) {
        figures.notVisible += 1;
        continue;
      }
      delays.push(shown.at - started);
      allVisibleMs = Number.isNaN(allVisibleMs)
        ? shown.at - started
        : Math.max(allVisibleMs, shown.at - started);
    }
    figures.batches.push({ requestMs: round(requestMs), allVisibleMs: round(allVisibleMs) });
  }
  await consumer.disconnect();
  return {
    ...figures,
    p50Ms: round(quantile(delays, 0.5)),
    p99Ms: round(quantile(delays, 0.99)),
    maxMs: round(Math.max(...delays)),
  };
}
