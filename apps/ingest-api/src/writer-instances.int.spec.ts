import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { IngestFixture, report } from '../test/ingest-fixture.js';

// Two instances of the API on one event log: one decides, the other hands it what it reads.
describe('two ingest instances on one event log', () => {
  const peerKeyFile = join(mkdtempSync(join(tmpdir(), 'cci-peer-')), 'peer.key');
  writeFileSync(peerKeyFile, randomBytes(32).toString('base64url'));
  const first = new IngestFixture(undefined, undefined, { INGEST_PEER_KEY_FILE: peerKeyFile });
  const second = first.peer();
  const instances = [first, second];

  const isWriter = async (instance: IngestFixture) =>
    /^ingest_writer(\{[^}]*\})? 1$/m.test(await (await fetch(`${instance.url}/metrics`)).text());

  const modeChange = (to: string, rationale: string) => ({
    cciId: 'cci-mayenne',
    macroProcessId: 'rh-relations-sociales',
    from: null,
    to,
    effectiveDate: '2025-01-01',
    rationale,
    expectedVersion: 0,
  });

  beforeAll(async () => {
    await first.start(['cci-mayenne', 'cci-rouen-metropole']);
    await second.start();
  }, 120_000);

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop('SIGKILL')));
    await first.deleteTopics();
  }, 60_000);

  it('has exactly one instance that decides', async () => {
    expect(await Promise.all(instances.map(isWriter))).toEqual(expect.arrayContaining([true, false]));
  });

  it('lets exactly 1 of 50 concurrent commands on one aggregate through, half of them sent to each instance', async () => {
    const replies = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        instances[i % 2]!.post(
          '/v1/commands/change-process-mode',
          modeChange(['A', 'C', 'H', 'M'][i % 4]!, `Proposition concurrente n° ${i}`),
          { as: 'cci-mayenne' },
        ),
      ),
    );
    expect(replies.filter((r) => r.status === 201)).toHaveLength(1);
    expect(replies.filter((r) => r.status === 409)).toHaveLength(49);
    const logged = (await first.log()).filter(
      (e) => e.event.aggregateId === 'srom-cell:cci-mayenne:rh-relations-sociales',
    );
    expect(logged.map((e) => e.event.aggregateVersion)).toEqual([1]);
  });

  it('answers 20 copies of one request under one idempotency key, sent to both instances, with one event and one body', async () => {
    const body = report({ period: '2024-T1' });
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        instances[i % 2]!.post('/v1/commands/report-indicator', body, {
          as: 'cci-rouen-metropole',
          headers: { 'idempotency-key': 'deux-instances-2024-T1' },
        }),
      ),
    );
    expect(new Set(replies.map((r) => r.status))).toEqual(new Set([201]));
    expect(new Set(replies.map((r) => JSON.stringify(r.body))).size).toBe(1);
    const logged = (await first.log()).filter((e) => e.event.idempotencyKey === 'deux-instances-2024-T1');
    expect(logged).toHaveLength(1);
  });

  it('goes on deciding through the other instance when the one that decides is killed, and takes the restarted one back as a follower', async () => {
    const writer = (await isWriter(first)) ? first : second;
    const survivor = writer === first ? second : first;
    await writer.stop('SIGKILL');

    // As a client does: a 503 is retried under the same idempotency key until the survivor decides.
    const send = () =>
      survivor.post('/v1/commands/report-indicator', report({ period: '2024-T2' }), {
        as: 'cci-rouen-metropole',
        headers: { 'idempotency-key': 'apres-la-perte-2024-T2' },
      });
    let reply = await send();
    while (reply.status === 503) {
      expect(reply.body).toMatchObject({ status: 503 });
      await new Promise((resolve) => setTimeout(resolve, 200));
      reply = await send();
    }
    expect(reply.status).toBe(201);
    expect(await isWriter(survivor)).toBe(true);

    await writer.start();
    expect(await isWriter(writer)).toBe(false);
    const through = await writer.post('/v1/commands/report-indicator', report({ period: '2024-T3' }), {
      as: 'cci-rouen-metropole',
    });
    expect(through.status).toBe(201);
    const periods = (await first.log())
      .filter((e) => e.event.type === 'IndicatorReported')
      .map((e) => (e.event.payload as { period: string }).period);
    expect(periods.sort()).toEqual(['2024-T1', '2024-T2', '2024-T3']);
  }, 60_000);
});
