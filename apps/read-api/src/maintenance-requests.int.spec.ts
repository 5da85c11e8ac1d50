import { setTimeout as sleep } from 'node:timers/promises';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { referenceData as reference, seedHistory } from '@cci/domain';
import { nationalProjector } from '@cci/projector';

import type { MonitoringView } from './monitoring/monitoring-schemas.js';
import { ReadApiStack } from './read-api-stack.fixture.js';

describe("the DSI's rebuild and reconciliation requests", () => {
  const stack = new ReadApiStack(['cci-france', 'cci-normandie', 'cci-rouen-metropole']);
  const monitoring = async (as: string) => (await stack.get('/v1/monitoring', as)).body as MonitoringView;

  beforeAll(() => stack.start(seedHistory(reference)), 120_000);
  afterAll(() => stack.stop(), 60_000);

  it('records a rebuild for a projector service to carry out, one per projector at a time', async () => {
    const asked = await stack.post('/v1/monitoring/rebuilds', 'cci-normandie', {
      projector: 'regional',
      force: false,
    });
    expect(asked.status).toBe(202);
    expect(asked.body).toMatchObject({
      kind: 'rebuild',
      projector: 'regional',
      force: false,
      requestedBy: 'cci-normandie',
      state: 'requested',
      claimedBy: null,
    });
    const again = await stack.post('/v1/monitoring/rebuilds', 'cci-france', {
      projector: 'regional',
      force: true,
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      code: 'reconstruction-en-cours',
      detail: 'Une reconstruction de « regional » est déjà en cours.',
    });
    const territorial = await stack.post('/v1/monitoring/rebuilds', 'cci-rouen-metropole', {
      projector: 'national',
      force: false,
    });
    expect(territorial.status).toBe(403);
    expect((await monitoring('cci-normandie')).requests).toEqual([
      expect.objectContaining({ kind: 'rebuild', projector: 'regional', state: 'requested' }),
    ]);
  });

  it('has the national projector service reconcile, and shows the request, then its result', async () => {
    const asked = await stack.post('/v1/monitoring/reconciliation', 'cci-france');
    expect(asked.status).toBe(202);
    expect(asked.body).toMatchObject({ kind: 'reconciliation', projector: null, state: 'requested' });
    const again = await stack.post('/v1/monitoring/reconciliation', 'cci-normandie');
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'rapprochement-en-cours' });
    expect((await stack.post('/v1/monitoring/reconciliation', 'cci-rouen-metropole')).status).toBe(403);

    await stack.startProjectorService(nationalProjector, { reconciles: true });
    const deadline = Date.now() + 90_000;
    let view = await monitoring('cci-france');
    while (view.requests.find((r) => r.kind === 'reconciliation')?.state !== 'done') {
      if (Date.now() > deadline) throw new Error(`reconciliation not done: ${JSON.stringify(view.requests)}`);
      await sleep(250);
      view = await monitoring('cci-france');
    }
    expect(view.reconciliation).toMatchObject({
      ok: true,
      requestedBy: 'cci-france',
      nationalDifferences: [],
    });
    expect(view.reconciliation?.replays.map((r) => [r.projector, r.differences])).toEqual([
      ['regional', 0],
      ['national', 0],
    ]);
    // The national service leaves the regional projector's rebuild to the regional services.
    expect(view.requests.find((r) => r.kind === 'rebuild')).toMatchObject({ state: 'requested' });
  }, 120_000);
});
