import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { duplicates, readEvents } from '../test/event-log.js';
import { bearer, postJson, sleep } from '../test/http.js';
import { Platform } from '../test/platform.js';
import { tenancyBreaches } from '../test/tenancy.js';

type Command = { path: string; body: Record<string, unknown>; key: string; as: string };
type Acknowledged = { key: string; eventIds: string[]; replayed: boolean };

// Concurrent clients push commands under idempotency keys while the ingest API is killed with SIGKILL
// three times; each client retries what was not acknowledged, with the same key, as the API asks.
describe('the ingest API killed in the middle of a load', () => {
  const platform = new Platform('chaos-ingest-crash');
  const reference = platform.reference;
  const keys = new Map<string, string>();
  const figures = {
    commands: 0,
    kills: 0,
    retries: 0,
    acknowledged: 0,
    replayedAfterCrash: 0,
    lost: 0,
    duplicates: 0,
  };
  let base = '';

  /** One client per queue: its commands go one after the other, each retried until acknowledged. */
  function queues(): Command[][] {
    const territorial = reference.ccisOfRegion('normandie').filter((c) => c.kind === 'territorial');
    const indicators = reference.indicatorsOfRegion('normandie');
    const quarters = ['2023-T1', '2023-T2', '2023-T3', '2023-T4', '2024-T1', '2024-T2', '2024-T3', '2024-T4'];
    // Five clients report indicators, each for its CCI.
    const reporting = territorial.map((cci) =>
      indicators.slice(0, 5).flatMap((indicator) =>
        quarters.map((period) => ({
          path: '/v1/commands/report-indicator',
          as: cci.id,
          key: `${cci.id}-${indicator.id}-${period}`,
          body: {
            cciId: cci.id,
            indicatorId: indicator.id,
            period,
            value: period.length * 7,
            unitId: indicator.unitId,
          },
        })),
      ),
    );
    // Three clients walk a SROM cell through successive modes, each change expecting the version before.
    const modes = ['A', 'C', 'H', 'M'];
    const changing = ['cci-mayenne', 'cci-vendee', 'cci-maine-et-loire'].map((cciId) =>
      Array.from({ length: 24 }, (_, version) => ({
        path: '/v1/commands/change-process-mode',
        as: cciId,
        key: `${cciId}-paie-v${version}`,
        body: {
          cciId,
          macroProcessId: 'rh-administration-paie',
          from: version === 0 ? null : modes[(version - 1) % 4],
          to: modes[version % 4],
          effectiveDate: `2024-01-${String(version + 1).padStart(2, '0')}`,
          rationale: `Étape ${version + 1}`,
          expectedVersion: version,
        },
      })),
    );
    return [...reporting, ...changing];
  }

  /** Sends until an answer says the command is recorded; a lost connection or a 503 means: again. */
  async function client(commands: Command[], acknowledged: Acknowledged[]): Promise<void> {
    for (const command of commands) {
      let attempts = 0;
      for (;;) {
        attempts += 1;
        const reply = await postJson(base, command.path, command.body, {
          ...bearer(keys.get(command.as)!),
          'idempotency-key': command.key,
        }).catch(() => null);
        if (reply && (reply.status === 200 || reply.status === 201)) {
          const body = reply.json as { outcome: string; events: { eventId: string }[] };
          const replayed = reply.headers['idempotent-replayed'] === 'true';
          acknowledged.push({ key: command.key, eventIds: body.events.map((e) => e.eventId), replayed });
          if (replayed && attempts > 1) figures.replayedAfterCrash += 1;
          break;
        }
        if (reply && reply.status !== 503)
          throw new Error(`${command.key}: ${reply.status} ${reply.text.slice(0, 300)}`);
        figures.retries += 1;
        await sleep(50);
      }
    }
  }

  beforeAll(async () => {
    await platform.createTopics();
    for (const cci of reference.ccis) keys.set(cci.id, (await platform.key(cci.id)).key);
    base = await platform.start('ingest', {
      RATE_LIMIT_CAPACITY: '1000000',
      RATE_LIMIT_PER_SECOND: '1000000',
    });
  }, 120_000);

  afterAll(async () => {
    console.log(`ingest crash figures: ${JSON.stringify(figures)}`);
    await platform.dispose();
  }, 60_000);

  it('holds every acknowledged request’s event exactly once after three SIGKILLs and the clients’ retries, and nothing twice', async () => {
    const work = queues();
    figures.commands = work.reduce((n, q) => n + q.length, 0);
    const acknowledged: Acknowledged[] = [];
    const clients = Promise.all(work.map((commands) => client(commands, acknowledged)));
    for (const threshold of [0.2, 0.45, 0.7]) {
      while (acknowledged.length < figures.commands * threshold) await sleep(10);
      await platform.stop('ingest', 'SIGKILL');
      figures.kills += 1;
      await sleep(300);
      base = await platform.start('ingest', {
        RATE_LIMIT_CAPACITY: '1000000',
        RATE_LIMIT_PER_SECOND: '1000000',
      });
    }
    await clients;
    figures.acknowledged = acknowledged.length;

    const logged = (await readEvents(platform.kafka, platform.eventsTopic, reference)).map((e) => e.event);
    const byKey = new Map<string, string[]>();
    for (const event of logged)
      byKey.set(event.idempotencyKey!, [...(byKey.get(event.idempotencyKey!) ?? []), event.eventId]);
    // Every command was acknowledged once, and its acknowledged events are the log's, once each.
    expect(new Set(acknowledged.map((a) => a.key)).size).toBe(figures.commands);
    const lost = acknowledged.filter((a) => a.eventIds.some((id) => !logged.some((e) => e.eventId === id)));
    const twice = [...byKey.entries()].filter(([, ids]) => ids.length !== 1);
    figures.lost = lost.length;
    figures.duplicates = twice.length + duplicates(logged).length;
    expect(lost).toEqual([]);
    expect(twice).toEqual([]);
    expect(duplicates(logged)).toEqual([]);
    expect(logged).toHaveLength(figures.commands);
    for (const a of acknowledged) expect(byKey.get(a.key)).toEqual(a.eventIds);
    // Each SROM cell went through its 24 versions, in order.
    for (const cciId of ['cci-mayenne', 'cci-vendee', 'cci-maine-et-loire']) {
      const versions = logged
        .filter((e) => e.aggregateId === `srom-cell:${cciId}:rh-administration-paie`)
        .map((e) => e.aggregateVersion);
      expect(versions).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    }
    expect(figures.kills).toBe(3);
    expect(await tenancyBreaches(logged, platform.credentialsFile, reference)).toEqual([]);
  }, 240_000);

  it('answers a retry of an acknowledged request after the crashes with the first answer, appending nothing', async () => {
    const before = (await readEvents(platform.kafka, platform.eventsTopic, reference)).length;
    const reply = await postJson(
      base,
      '/v1/commands/change-process-mode',
      {
        cciId: 'cci-vendee',
        macroProcessId: 'rh-administration-paie',
        from: null,
        to: 'A',
        effectiveDate: '2024-01-01',
        rationale: 'Étape 1',
        expectedVersion: 0,
      },
      { ...bearer(keys.get('cci-vendee')!), 'idempotency-key': 'cci-vendee-paie-v0' },
    );
    expect(reply.status).toBe(201);
    expect(reply.headers['idempotent-replayed']).toBe('true');
    expect((await readEvents(platform.kafka, platform.eventsTopic, reference)).length).toBe(before);
  });
});
