import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { readEvents } from '../test/event-log.js';
import { bearer, postJson, type Reply } from '../test/http.js';
import { Platform } from '../test/platform.js';

// Fifty clients read the same version of one SROM cell and all try to move it at once: optimistic
// concurrency must let exactly one through. Then an idempotency key is replayed across a restart.
describe('concurrent writes on one aggregate', () => {
  const platform = new Platform('chaos-concurrency');
  const racers = 50;
  let ingest = '';
  let mayenne = '';
  let rouen = '';

  const change = (from: string | null, to: string, expectedVersion: number, rationale: string) => ({
    cciId: 'cci-mayenne',
    macroProcessId: 'rh-relations-sociales',
    from,
    to,
    effectiveDate: '2025-01-01',
    rationale,
    expectedVersion,
  });

  const cellEvents = async () =>
    (await readEvents(platform.kafka, platform.eventsTopic, platform.reference))
      .map((e) => e.event)
      .filter((e) => e.aggregateId === 'srom-cell:cci-mayenne:rh-relations-sociales');

  const statuses = (replies: Reply[]) =>
    replies.reduce<Record<number, number>>(
      (count, r) => ({ ...count, [r.status]: (count[r.status] ?? 0) + 1 }),
      {},
    );

  beforeAll(async () => {
    await platform.createTopics();
    mayenne = (await platform.key('cci-mayenne')).key;
    rouen = (await platform.key('cci-rouen-metropole')).key;
    ingest = await platform.start('ingest', {
      RATE_LIMIT_CAPACITY: '100000',
      RATE_LIMIT_PER_SECOND: '100000',
    });
  }, 120_000);

  afterAll(async () => {
    await platform.dispose();
  }, 60_000);

  it('lets exactly 1 of 50 concurrent commands with the same expected version through; the 49 others get 409 and the version rises by 1', async () => {
    const modes = ['A', 'C', 'H', 'M'];
    const race = (expectedVersion: number, from: string | null) =>
      Promise.all(
        Array.from({ length: racers }, (_, i) =>
          postJson(
            ingest,
            '/v1/commands/change-process-mode',
            change(from, modes[i % modes.length]!, expectedVersion, `Proposition concurrente n° ${i}`),
            { ...bearer(mayenne), 'idempotency-key': `course-v${expectedVersion}-${i}` },
          ),
        ),
      );

    const first = await race(0, null);
    expect(statuses(first)).toEqual({ 201: 1, 409: racers - 1 });
    for (const loser of first.filter((r) => r.status === 409)) {
      expect(loser.json).toMatchObject({ code: 'version-perimee', currentVersion: 1 });
    }
    const winner = first.find((r) => r.status === 201)!.json as { events: { aggregateVersion: number }[] };
    expect(winner.events.map((e) => e.aggregateVersion)).toEqual([1]);
    expect((await cellEvents()).map((e) => e.aggregateVersion)).toEqual([1]);

    // A second round from the version the winner made, through single commands and batches mixed.
    const current = (await cellEvents())[0]!.payload as { to: string };
    const second = await Promise.all(
      Array.from({ length: racers }, (_, i) => {
        const to = ['A', 'C', 'H', 'M'].filter((m) => m !== current.to)[i % 3]!;
        const body = change(current.to, to, 1, `Seconde vague n° ${i}`);
        return i % 2 === 0
          ? postJson(ingest, '/v1/commands/change-process-mode', body, bearer(mayenne))
          : postJson(
              ingest,
              '/v1/commands/batch',
              { commands: [{ type: 'ChangeProcessMode', body }] },
              bearer(mayenne),
            ).then((r) => {
              const [item] = (r.json as { results: { status: number }[] }).results;
              return { ...r, status: item!.status };
            });
      }),
    );
    expect(statuses(second)).toEqual({ 201: 1, 409: racers - 1 });
    expect((await cellEvents()).map((e) => e.aggregateVersion)).toEqual([1, 2]);
  });

  it('answers 50 concurrent copies of one request under one idempotency key with one event and 50 identical bodies', async () => {
    const body = {
      cciId: 'cci-rouen-metropole',
      indicatorId: 'premier-niveau-information',
      period: '2024-T1',
      value: 87,
      unitId: 'entreprises',
    };
    const replies = await Promise.all(
      Array.from({ length: racers }, () =>
        postJson(ingest, '/v1/commands/report-indicator', body, {
          ...bearer(rouen),
          'idempotency-key': 'rouen-2024-T1',
        }),
      ),
    );
    expect(new Set(replies.map((r) => r.status))).toEqual(new Set([201]));
    expect(new Set(replies.map((r) => r.text)).size).toBe(1);
    expect(replies.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(racers - 1);
    const logged = (await readEvents(platform.kafka, platform.eventsTopic, platform.reference)).filter(
      (e) => e.event.idempotencyKey === 'rouen-2024-T1',
    );
    expect(logged).toHaveLength(1);
  });

  it('replays an idempotency key after a restart of the ingest API with one event and the same response body', async () => {
    const body = {
      cciId: 'cci-rouen-metropole',
      indicatorId: 'recherche-financement',
      period: '2024-T2',
      value: 12,
      unitId: 'entreprises',
      comment: 'Avant redémarrage',
    };
    const headers = { ...bearer(rouen), 'idempotency-key': 'rouen-financement-2024-T2' };
    const before = await postJson(ingest, '/v1/commands/report-indicator', body, headers);
    expect(before.status).toBe(201);

    await platform.stop('ingest', 'SIGKILL');
    ingest = await platform.start('ingest', {
      RATE_LIMIT_CAPACITY: '100000',
      RATE_LIMIT_PER_SECOND: '100000',
    });

    const after = await Promise.all(
      Array.from({ length: 10 }, () => postJson(ingest, '/v1/commands/report-indicator', body, headers)),
    );
    for (const reply of after) {
      expect(reply.status).toBe(before.status);
      expect(reply.json).toEqual(before.json);
      expect(reply.headers['idempotent-replayed']).toBe('true');
    }
    const logged = (await readEvents(platform.kafka, platform.eventsTopic, platform.reference)).filter(
      (e) => e.event.idempotencyKey === 'rouen-financement-2024-T2',
    );
    expect(logged).toHaveLength(1);
    // The race of the first test survived the restart too: a stale version is still refused.
    const stale = await postJson(
      ingest,
      '/v1/commands/change-process-mode',
      change(null, 'A', 0, 'Après redémarrage'),
      bearer(mayenne),
    );
    expect(stale.status).toBe(409);
    expect(stale.json).toMatchObject({ currentVersion: 2 });
  });
});
