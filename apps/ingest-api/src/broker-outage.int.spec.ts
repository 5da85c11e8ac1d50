import { rm } from 'node:fs/promises';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { infraScript, IngestFixture, report, run } from '../test/ingest-fixture.js';

// A broker of this test's own, which it stops and restarts without disturbing the shared one.
const broker = { KAFKA_CLUSTER: 'ingest-outage', KAFKA_BASE_PORT: '19392' };
const brokerEnv = { ...process.env, ...broker };

async function ready(url: string): Promise<number> {
  return fetch(`${url}/health/ready`)
    .then((r) => r.status)
    .catch(() => 0);
}

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('the ingest API while its broker is down', () => {
  const api = new IngestFixture([`127.0.0.1:${broker.KAFKA_BASE_PORT}`]);

  beforeAll(async () => {
    await run(infraScript, ['kafka-up'], { env: brokerEnv });
    await api.start(['cci-rouen-metropole']);
  }, 120_000);

  afterAll(async () => {
    await api.stop();
    await run(infraScript, ['kafka-down'], { env: brokerEnv });
    await rm(join(infraScript, '..', '..', '..', '.local', 'kafka', broker.KAFKA_CLUSTER), {
      recursive: true,
      force: true,
    });
  }, 60_000);

  it('answers 503 with Retry-After, is not ready, and once the broker is back the retried requests succeed exactly once', async () => {
    const send = (period: string) =>
      api.post('/v1/commands/report-indicator', report({ period }), {
        as: 'cci-rouen-metropole',
        headers: { 'idempotency-key': `rouen-${period}` },
      });
    for (const period of ['2024-T1', '2024-T2']) expect((await send(period)).status).toBe(201);

    await run(infraScript, ['kafka-down'], { env: brokerEnv });
    await until(async () => (await ready(api.url)) === 503, 30_000);
    const during = await Promise.all(['2024-T3', '2024-T4'].map((period) => send(period)));
    for (const response of during) {
      expect(response.status).toBe(503);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(response.body).toMatchObject({ type: '/problemes/journal-indisponible' });
    }

    await run(infraScript, ['kafka-up'], { env: brokerEnv });
    await until(async () => (await ready(api.url)) === 200, 60_000);
    // As a client does: a 503 is retried after Retry-After, under the same idempotency key.
    const retried = async (period: string) => {
      const deadline = Date.now() + 60_000;
      for (;;) {
        const response = await send(period);
        if (response.status !== 503 || Date.now() > deadline) return response;
        await new Promise((resolve) =>
          setTimeout(resolve, Number(response.headers.get('retry-after') ?? '1') * 1_000),
        );
      }
    };
    for (const period of ['2024-T3', '2024-T4', '2024-T3']) {
      const { status, body } = await retried(period);
      expect({ period, status, problem: status === 201 ? null : body }).toEqual({
        period,
        status: 201,
        problem: null,
      });
    }

    const log = await api.log();
    expect(log.map((e) => e.event.idempotencyKey).sort()).toEqual([
      'rouen-2024-T1',
      'rouen-2024-T2',
      'rouen-2024-T3',
      'rouen-2024-T4',
    ]);
  }, 180_000);
});
