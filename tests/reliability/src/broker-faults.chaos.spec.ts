import type { ChildProcess } from 'node:child_process';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { BrokerCluster } from '../test/broker-cluster.js';
import { duplicates, readEvents } from '../test/event-log.js';
import { bearer, call, postJson, sleep, until } from '../test/http.js';
import { Platform } from '../test/platform.js';

type Report = { key: string; as: string; body: Record<string, unknown> };
/** One HTTP exchange of the load, as the client saw it. */
type Exchange = {
  key: string;
  sentAt: number;
  answeredAt: number;
  /** 0 when no answer came (connection lost, client timeout). */
  status: number;
  retryAfter: string | undefined;
};

const unlimited = { RATE_LIMIT_CAPACITY: '1000000', RATE_LIMIT_PER_SECOND: '1000000' };

/**
 * Indicator reports for the territorial CCIs of Normandie, one client per share of the (CCI,
 * indicator, quarter) reports: round after round, each with a new value, so that every command
 * appends one event (a report, then corrections) and carries its own idempotency key.
 */
function reportStreams(platform: Platform, clients: number): Generator<Report>[] {
  const reference = platform.reference;
  const today = new Date().toISOString().slice(0, 10);
  const quarters = [2023, 2024, 2025, 2026].flatMap((year) =>
    [1, 2, 3, 4]
      .filter((q) => `${year}-${String(q * 3 - 2).padStart(2, '0')}-01` <= today)
      .map((q) => `${year}-T${q}`),
  );
  const reports = reference
    .ccisOfRegion('normandie')
    .filter((cci) => cci.kind === 'territorial')
    .flatMap((cci) =>
      reference
        .indicatorsOfRegion('normandie')
        .flatMap((indicator) => quarters.map((period) => ({ cci, indicator, period }))),
    );
  function* stream(client: number): Generator<Report> {
    const own = reports.filter((_, i) => i % clients === client);
    for (let round = 0; ; round += 1) {
      for (const { cci, indicator, period } of own) {
        yield {
          key: `${cci.id}-${indicator.id}-${period}-r${round}`,
          as: cci.id,
          body: {
            cciId: cci.id,
            indicatorId: indicator.id,
            period,
            // Below every unit's maximum (a percentage is one), and never the value before.
            value: 1 + (round % 99),
            unitId: indicator.unitId,
            // Each round moves the figure far from the last: the comment rule wants a word on it.
            comment: 'Relevé de la charge de test',
          },
        };
      }
    }
  }
  return Array.from({ length: clients }, (_, client) => stream(client));
}

/**
 * Clients that send indicator reports one after the other, each retried under its idempotency key
 * until acknowledged, waiting what `Retry-After` asks. `stop()` lets every client finish the command
 * it is on, so that nothing is left unacknowledged.
 */
class SteadyLoad {
  readonly exchanges: Exchange[] = [];
  /** Idempotency key → the events the acknowledgement named. */
  readonly acknowledged = new Map<string, string[]>();
  /** Keys acknowledged only after one or more attempts that were not. */
  readonly retried = new Set<string>();
  readonly unexpected: string[] = [];
  #stopping = false;
  #abandoned = false;
  #clients: Promise<void>[] = [];

  constructor(
    private readonly base: string,
    private readonly keys: ReadonlyMap<string, string>,
    private readonly streams: Generator<Report>[],
  ) {}

  start(): this {
    this.#clients = this.streams.map((stream) => this.#client(stream));
    return this;
  }

  async stop(): Promise<void> {
    this.#stopping = true;
    await Promise.all(this.#clients);
  }

  /** After a failed test: the clients give up at once, acknowledged or not, so that nothing outlives it. */
  abandon(): void {
    this.#stopping = true;
    this.#abandoned = true;
  }

  /** Resolves once `more` requests beyond those acknowledged now are acknowledged. */
  async acknowledges(more: number, timeoutMs = 60_000): Promise<void> {
    const target = this.acknowledged.size + more;
    await until(
      `${more} more acknowledged requests`,
      () => Promise.resolve(this.acknowledged.size >= target),
      timeoutMs,
    );
  }

  async #client(stream: Generator<Report>): Promise<void> {
    while (!this.#stopping) {
      const report = stream.next().value as Report;
      for (let attempt = 1; ; attempt += 1) {
        const sentAt = Date.now();
        const reply = await postJson(this.base, '/v1/commands/report-indicator', report.body, {
          ...bearer(this.keys.get(report.as)!),
          'idempotency-key': report.key,
        }).catch(() => null);
        const retryAfter = reply?.headers['retry-after'] as string | undefined;
        this.exchanges.push({
          key: report.key,
          sentAt,
          answeredAt: Date.now(),
          status: reply?.status ?? 0,
          retryAfter,
        });
        if (reply && (reply.status === 200 || reply.status === 201)) {
          const body = reply.json as { events: { eventId: string }[] };
          this.acknowledged.set(
            report.key,
            body.events.map((e) => e.eventId),
          );
          if (attempt > 1) this.retried.add(report.key);
          break;
        }
        if (reply && reply.status !== 503) {
          this.unexpected.push(`${report.key}: ${reply.status} ${reply.text.slice(0, 300)}`);
          break;
        }
        if (this.#abandoned) return;
        const wait = Number(retryAfter);
        await sleep(Number.isFinite(wait) && wait > 0 ? wait * 1_000 : 1_000);
      }
    }
  }
}

/** What the log holds against what was acknowledged: each acknowledged request's events, once each. */
async function exactlyOnce(
  kafka: BrokerCluster['kafka'],
  platform: Platform,
  acknowledged: Map<string, string[]>,
) {
  const logged = (await readEvents(kafka, platform.eventsTopic, platform.reference)).map((e) => e.event);
  const byKey = new Map<string, string[]>();
  for (const event of logged) {
    const key = event.idempotencyKey ?? '(sans clé)';
    byKey.set(key, [...(byKey.get(key) ?? []), event.eventId]);
  }
  return {
    logged: logged.length,
    lost: [...acknowledged].filter(([key, ids]) => JSON.stringify(byKey.get(key)) !== JSON.stringify(ids)),
    unacknowledged: [...byKey.keys()].filter((key) => !acknowledged.has(key)),
    twice: [...byKey].filter(([, ids]) => ids.length !== 1).map(([key]) => key),
    duplicates: duplicates(logged),
  };
}

/** How many cases break a promise, and the first few: enough to read, however many there are. */
const some = <T>(cases: readonly T[]) => ({ count: cases.length, first: cases.slice(0, 5) });
const none = { count: 0, first: [] };

function expectEachAcknowledgedOnce(check: Awaited<ReturnType<typeof exactlyOnce>>): void {
  expect(some(check.lost)).toEqual(none);
  expect(some(check.unacknowledged)).toEqual(none);
  expect(some(check.twice)).toEqual(none);
  expect(some(check.duplicates)).toEqual(none);
}

async function readiness(base: string): Promise<number> {
  return call(base, { method: 'GET', path: '/health/ready', timeoutMs: 5_000 })
    .then((r) => r.status)
    .catch(() => 0);
}

/**
 * The time while writes cannot be made safely, from now for `ms`: the readiness probe is polled every
 * 250 ms all along, while the load goes on.
 */
async function outageWindow(
  base: string,
  ms: number,
): Promise<{ from: number; to: number; readiness: number[] }> {
  const from = Date.now();
  const seen: number[] = [];
  while (Date.now() < from + ms) {
    seen.push(await readiness(base));
    await sleep(250);
  }
  return { from, to: Date.now(), readiness: seen };
}

/**
 * An acknowledgement the broker wrote just before it stopped may still be on its way to the client:
 * answers in the window's first second say nothing about the outage.
 */
const ANSWERS_IN_FLIGHT_MS = 1_000;

/**
 * The exchanges answered while writes could not be made safely. Requests in flight when the brokers
 * stopped count: with a broker that refuses connections the producer's retries take seconds, and the
 * client then waits Retry-After (5 s) before sending again, so few requests are both sent and answered
 * inside a window of a few seconds.
 */
const answeredDuring = (load: SteadyLoad, outage: { from: number; to: number }) =>
  load.exchanges.filter(
    (e) => e.answeredAt >= outage.from + ANSWERS_IN_FLIGHT_MS && e.answeredAt <= outage.to,
  );

/**
 * What an outage must keep: nothing acknowledged while writes could not be made safely (each request
 * answered in the window is a 503 that says when to retry, each readiness probe a 503); afterwards the
 * same process (never restarted) takes writes again, and every refused request, retried under its
 * idempotency key, is acknowledged.
 */
function expectOutageKept(
  load: SteadyLoad,
  outage: { from: number; to: number; readiness: number[] },
  ingest: ChildProcess,
  platform: Platform,
): void {
  const during = answeredDuring(load, outage);
  const refused = refusedSince(load, outage.from);
  expect(some(load.unexpected)).toEqual(none);
  expect(during.length).toBeGreaterThan(0);
  expect(some(during.filter((e) => e.status !== 503 || !(Number(e.retryAfter) >= 1)))).toEqual(none);
  expect(outage.readiness.length).toBeGreaterThan(0);
  expect(some(outage.readiness.filter((status) => status !== 503))).toEqual(none);
  expect(ingest.exitCode).toBeNull();
  expect(platform.process('ingest').process.pid).toBe(ingest.pid);
  expect(refused.size).toBeGreaterThan(0);
  expect(some([...refused].filter((key) => !load.acknowledged.has(key)))).toEqual(none);
}

/** The keys of the requests refused with 503 from `from` on. */
function refusedSince(load: SteadyLoad, from: number): Set<string> {
  return new Set(load.exchanges.filter((e) => e.answeredAt >= from && e.status === 503).map((e) => e.key));
}

function summary(exchanges: readonly Exchange[]) {
  return {
    requests: exchanges.length,
    acknowledged: exchanges.filter((e) => e.status === 200 || e.status === 201).length,
    unavailable: exchanges.filter((e) => e.status === 503).length,
    unanswered: exchanges.filter((e) => e.status === 0).length,
  };
}

// Their ports lie below Linux's ephemeral range (32768-60999): a port in it can be held, at the moment a
// broker binds it, by any client connection of the machine, and the broker then fails to start.
const three = new BrokerCluster('chaos-brokers', 19092, 3);
const one = new BrokerCluster('chaos-broker', 19192, 1);
const fileStartedAt = Date.now();

// Both clusters start together (the single broker waits idle meanwhile), from empty folders.
beforeAll(async () => {
  await Promise.all([three, one].map((cluster) => cluster.down()));
  await Promise.all([three, one].map((cluster) => cluster.remove()));
  await Promise.all([three.up(), one.up()]);
}, 180_000);

afterAll(async () => {
  await Promise.all([three, one].map((cluster) => cluster.down()));
  await Promise.all([three, one].map((cluster) => cluster.remove()));
  console.log(`broker faults: whole file in ${Date.now() - fileStartedAt} ms`);
}, 120_000);

/** One scenario's platform: its topics on `cluster`, its keys, an ingest API and the requests acknowledged. */
function scenario(name: string, cluster: BrokerCluster, clients: number, env: NodeJS.ProcessEnv = {}) {
  const platform = new Platform(name);
  const keys = new Map<string, string>();
  const state = {
    platform,
    keys,
    streams: reportStreams(platform, clients),
    acknowledged: new Map<string, string[]>(),
    figures: {} as Record<string, unknown>,
    loads: [] as SteadyLoad[],
    base: '',
    startedAt: 0,
  };
  beforeAll(async () => {
    state.startedAt = Date.now();
    for (const cci of platform.reference.ccis) keys.set(cci.id, (await platform.key(cci.id)).key);
    state.base = await platform.start('ingest', {
      ...unlimited,
      ...env,
      KAFKA_BROKERS: cluster.brokers.join(','),
    });
  }, 120_000);
  afterAll(async () => {
    state.figures.durationMs = Date.now() - state.startedAt;
    console.log(`${name} figures: ${JSON.stringify(state.figures)}`);
    for (const load of state.loads) load.abandon();
    await platform.dispose().catch(() => undefined);
  }, 60_000);
  // The same object, not a copy: `base` is only known once the API has started.
  return Object.assign(state, {
    /** Starts a load on this scenario's API, from where the previous one left the report streams. */
    load(): SteadyLoad {
      const load = new SteadyLoad(state.base, keys, state.streams).start();
      state.loads.push(load);
      return load;
    },
  });
}

// Kafka's own replication system test, on this platform: a three-broker KRaft cluster (replication
// factor 3, min.insync.replicas 2) whose partition leader is killed under a steady load through the
// API, then left with one broker out of three.
describe('the ingest API on three brokers whose leaders fail under load', () => {
  const cluster = three;
  const s = scenario('chaos-broker-faults-3', cluster, 16, {
    REPLICATION_FACTOR: '3',
    MIN_INSYNC_REPLICAS: '2',
  });
  const { platform, acknowledged, figures } = s;

  /** The broker that leads most partitions of the event topic. */
  async function busiestLeader(): Promise<number> {
    const leaders = (await cluster.partitions(platform.eventsTopic)).map((p) => p.leader);
    const count = (node: number) => leaders.filter((leader) => leader === node).length;
    return cluster.nodeIds().reduce((best, node) => (count(node) > count(best) ? node : best));
  }

  const partitions = () => cluster.partitions(platform.eventsTopic).catch(() => []);
  const allInSync = async () => {
    const now = await partitions();
    return now.length > 0 && now.every((p) => p.isr.length === 3);
  };

  it('keeps every acknowledged request’s event exactly once while the partition leader is killed five times and stopped once', async () => {
    const load = s.load();
    const kills: unknown[] = [];
    const loadFrom = Date.now();
    await load.acknowledges(300);
    figures.healthyPerSecond = Math.round((300 * 1_000) / (Date.now() - loadFrom));
    for (const signal of ['KILL', 'KILL', 'KILL', 'KILL', 'KILL', 'TERM'] as const) {
      const leader = await busiestLeader();
      const killedAt = Date.now();
      await cluster.signal(leader, signal);
      let failoverMs = 0;
      // The broker restarts at once, while the others take its partitions over (a real failover under
      // load: the dead incarnation is fenced when the new one registers, or when its session ends).
      await Promise.all([
        cluster.up(),
        until(
          `partitions of broker ${leader} led by another`,
          async () => {
            const now = await partitions();
            return now.length > 0 && now.every((p) => p.leader >= 0 && p.leader !== leader);
          },
          60_000,
        ).then(() => (failoverMs = Date.now() - killedAt)),
      ]);
      await until('all three replicas in sync', allInSync, 60_000);
      const inSyncMs = Date.now() - killedAt;
      await load.acknowledges(100);
      kills.push({ node: leader, signal, failoverMs, inSyncMs, writingAgainMs: Date.now() - killedAt });
    }
    await load.stop();
    for (const [key, ids] of load.acknowledged) acknowledged.set(key, ids);

    const check = await exactlyOnce(cluster.kafka, platform, acknowledged);
    figures.leaderFailures = {
      kills,
      ...summary(load.exchanges),
      retried: load.retried.size,
      logged: check.logged,
      ms: Date.now() - loadFrom,
    };
    expect(some(load.unexpected)).toEqual(none);
    expect(some(load.exchanges.filter((e) => e.status === 503 && !(Number(e.retryAfter) >= 1)))).toEqual(
      none,
    );
    expect(kills).toHaveLength(6);
    expectEachAcknowledgedOnce(check);
  }, 300_000);

  it('answers 503 with Retry-After and is not ready while only one of three brokers runs, then takes the retried requests exactly once without a restart', async () => {
    const ingest = platform.process('ingest').process;
    const load = s.load();
    const loadFrom = Date.now();
    await load.acknowledges(200);
    const leader = await busiestLeader();
    const stopped = [leader, cluster.nodeIds().find((node) => node !== leader)!];
    for (const node of stopped) await cluster.signal(node, 'TERM');
    const outage = await outageWindow(s.base, 8_000);
    const inSyncDuring = await partitions();

    await cluster.up();
    await until('ready again', async () => (await readiness(s.base)) === 200, 90_000);
    const readyAgainMs = Date.now() - outage.to;
    await until('all three replicas in sync', allInSync, 60_000);
    // The same process takes writes again; and the load goes on until 5,000 requests are acknowledged.
    const topUpFrom = Date.now();
    await load.acknowledges(Math.max(300, 5_000 - acknowledged.size - load.acknowledged.size), 180_000);
    const topUpMs = Date.now() - topUpFrom;
    await load.stop();
    for (const [key, ids] of load.acknowledged) acknowledged.set(key, ids);

    const during = answeredDuring(load, outage);
    const refused = refusedSince(load, outage.from);
    const check = await exactlyOnce(cluster.kafka, platform, acknowledged);
    figures.oneBrokerOfThree = {
      stopped,
      inSyncReplicasDuring: inSyncDuring.map((p) => p.isr.length),
      during: summary(during),
      readinessDuring: outage.readiness,
      readyAgainMs,
      topUpMs,
      refusedThenAcknowledged: [...refused].filter((key) => load.acknowledged.has(key)).length,
      ...summary(load.exchanges),
      retried: load.retried.size,
      ms: Date.now() - loadFrom,
    };
    figures.acknowledgedInAll = acknowledged.size;
    figures.logged = check.logged;
    // Nothing acknowledged while a write could not reach two replicas.
    expectOutageKept(load, outage, ingest, platform);
    expect(acknowledged.size).toBeGreaterThanOrEqual(5_000);
    expectEachAcknowledgedOnce(check);
  }, 300_000);
});

// The default deployment: one broker, killed outright under the same load.
describe('the ingest API on its single broker killed under load', () => {
  const cluster = one;
  const s = scenario('chaos-broker-faults-1', cluster, 8);
  const { platform, acknowledged, figures } = s;

  it('answers 503 with Retry-After and is not ready while its broker is dead, then takes the retried requests exactly once without a restart', async () => {
    const ingest = platform.process('ingest').process;
    const load = s.load();
    const loadFrom = Date.now();
    await load.acknowledges(300);
    await cluster.signal(1, 'KILL');
    // Long enough for the requests in flight at the kill to be refused: an append gives up within 15 s.
    const outage = await outageWindow(s.base, 16_000);

    await cluster.up();
    await until('ready again', async () => (await readiness(s.base)) === 200, 90_000);
    const readyAgainMs = Date.now() - outage.to;
    await load.acknowledges(300, 90_000);
    await load.stop();
    for (const [key, ids] of load.acknowledged) acknowledged.set(key, ids);

    const during = answeredDuring(load, outage);
    const refused = refusedSince(load, outage.from);
    const check = await exactlyOnce(cluster.kafka, platform, acknowledged);
    Object.assign(figures, {
      during: summary(during),
      readinessDuring: outage.readiness,
      readyAgainMs,
      refusedThenAcknowledged: [...refused].filter((key) => load.acknowledged.has(key)).length,
      ...summary(load.exchanges),
      retried: load.retried.size,
      logged: check.logged,
      ms: Date.now() - loadFrom,
    });
    expectOutageKept(load, outage, ingest, platform);
    expectEachAcknowledgedOnce(check);
  }, 180_000);
});
