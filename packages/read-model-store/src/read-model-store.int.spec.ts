import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mongoDatabaseUrl, uniqueName } from '@cci/test-support';
import type { Connection, mongo } from 'mongoose';

import { Checkpoints } from './checkpoints.js';
import { connectReadModels } from './connection.js';
import { DeadLetters } from './dead-letters.js';
import { INSTANCE_SILENT_AFTER_MS } from './liveness.js';
import { MaintenanceRequests } from './maintenance-requests.js';
import { ProjectorStore } from './projector-store.js';
import { readDocuments, writeGuarded } from './read-model-collections.js';
import { ReadModelReader } from './read-model-reader.js';

describe('the read-model store on the MongoDB-compatible server', () => {
  let connection: Connection;
  let store: ProjectorStore;

  beforeAll(async () => {
    connection = await connectReadModels(mongoDatabaseUrl(uniqueName('store')));
    store = new ProjectorStore(connection, 'regional', [{ name: 'srom-matrix' }, { name: 'com-progress' }]);
    await store.prepare(1);
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('writes new documents, then updates them guarded by their revision', async () => {
    const model = store.model(1, 'srom-matrix');
    const first = await writeGuarded(
      model,
      [{ id: 'srom-matrix:normandie', regionId: 'normandie', expectedRevision: null, doc: { cells: {} } }],
      'w1',
    );
    expect(first).toEqual({ written: new Map([['srom-matrix:normandie', 1]]), conflicts: [] });
    const second = await writeGuarded(
      model,
      [{ id: 'srom-matrix:normandie', regionId: 'normandie', expectedRevision: 1, doc: { cells: { a: 1 } } }],
      'w1',
    );
    expect(second.written.get('srom-matrix:normandie')).toBe(2);
    expect(await readDocuments(model, ['srom-matrix:normandie', 'absent'])).toEqual(
      new Map([['srom-matrix:normandie', { revision: 2, doc: { cells: { a: 1 } } }]]),
    );
  });

  it('accepts only one of two writes computed from the same revision', async () => {
    const model = store.model(1, 'com-progress');
    await writeGuarded(
      model,
      [{ id: 'doc', regionId: 'normandie', expectedRevision: null, doc: { n: 0 } }],
      'setup',
    );
    const [a, b] = await Promise.all([
      writeGuarded(
        model,
        [{ id: 'doc', regionId: 'normandie', expectedRevision: 1, doc: { n: 'a' } }],
        'writer-a',
      ),
      writeGuarded(
        model,
        [{ id: 'doc', regionId: 'normandie', expectedRevision: 1, doc: { n: 'b' } }],
        'writer-b',
      ),
    ]);
    expect([a.written.size + b.written.size, a.conflicts.length + b.conflicts.length]).toEqual([1, 1]);
    const winner = a.written.size === 1 ? 'a' : 'b';
    expect((await readDocuments(model, ['doc'])).get('doc')).toEqual({ revision: 2, doc: { n: winner } });
  });

  it('reports a conflict for a stale revision and for a document another writer created first', async () => {
    const model = store.model(1, 'com-progress');
    await writeGuarded(model, [{ id: 'x', regionId: null, expectedRevision: null, doc: {} }], 'setup');
    const outcome = await writeGuarded(
      model,
      [
        { id: 'x', regionId: null, expectedRevision: null, doc: { stale: true } },
        { id: 'doc', regionId: 'normandie', expectedRevision: 1, doc: { stale: true } },
        { id: 'y', regionId: null, expectedRevision: null, doc: { fresh: true } },
      ],
      'late-writer',
    );
    expect(outcome.conflicts.sort()).toEqual(['doc', 'x']);
    expect([...outcome.written]).toEqual([['y', 1]]);
  });

  it('writes a flush of more documents than one bulkWrite takes, telling every conflict apart', async () => {
    const model = store.model(1, 'srom-matrix');
    const ids = Array.from({ length: 80 }, (_, i) => `many:${i}`);
    await writeGuarded(
      model,
      ids.map((id) => ({ id, regionId: 'normandie', expectedRevision: null, doc: { n: 0 } })),
      'setup',
    );
    const stale = new Set(['many:3', 'many:71']);
    const outcome = await writeGuarded(
      model,
      [
        ...ids.map((id) => ({
          id,
          regionId: 'normandie',
          expectedRevision: stale.has(id) ? 7 : 1,
          doc: { n: 1, id },
        })),
        { id: 'many:40', regionId: 'normandie', expectedRevision: null, doc: { n: 'created twice' } },
        { id: 'many:new', regionId: 'normandie', expectedRevision: null, doc: { n: 1, id: 'many:new' } },
      ],
      'w2',
    );
    expect(outcome.conflicts.sort()).toEqual(['many:3', 'many:40', 'many:71']);
    expect(outcome.written.size).toBe(79);
    expect(outcome.written.get('many:new')).toBe(1);
    const stored = await readDocuments(model, [...ids, 'many:new']);
    for (const id of [...ids, 'many:new'])
      expect(stored.get(id)).toEqual(
        stale.has(id)
          ? { revision: 1, doc: { n: 0 } }
          : { revision: id === 'many:new' ? 1 : 2, doc: { n: 1, id } },
      );
  });

  it('keeps empty objects, which the projections rely on', async () => {
    const model = store.model(1, 'srom-matrix');
    await writeGuarded(
      model,
      [{ id: 'empty', regionId: null, expectedRevision: null, doc: { cells: {}, list: [] } }],
      'w',
    );
    expect((await readDocuments(model, ['empty'])).get('empty')?.doc).toEqual({ cells: {}, list: [] });
  });

  it('stores a large body in a fraction of its JSON size, and still reads bodies stored as JSON text', async () => {
    const model = store.model(1, 'com-progress');
    const cells = Object.fromEntries(
      Array.from({ length: 400 }, (_, i) => [
        `cci-${i}`,
        { reportedOn: '2026-03-31', value: i * 1.5, source: 'rapport trimestriel' },
      ]),
    );
    await writeGuarded(
      model,
      [{ id: 'large', regionId: 'normandie', expectedRevision: null, doc: { cells } }],
      'w',
    );
    const collection = connection.db!.collection<{
      _id: string;
      regionId: string;
      revision: number;
      writtenBy: string;
      updatedAt: Date;
      body: mongo.Binary | string;
    }>('rm_regional_g1_com-progress');
    const stored = await collection.findOne({ _id: 'large' });
    expect((stored?.body as mongo.Binary).length()).toBeLessThan(JSON.stringify({ cells }).length / 4);
    expect((await readDocuments(model, ['large'])).get('large')?.doc).toEqual({ cells });

    await collection.insertOne({
      _id: 'written-as-text',
      regionId: 'normandie',
      revision: 1,
      writtenBy: 'an earlier version',
      updatedAt: new Date(),
      body: JSON.stringify({ cells: { a: 1 } }),
    });
    expect(
      await new ReadModelReader(connection, 0).get('regional', 'com-progress', 'written-as-text'),
    ).toEqual({
      cells: { a: 1 },
    });
  });

  it('never moves a checkpoint backwards', async () => {
    const checkpoints = new Checkpoints(connection);
    await checkpoints.advance(
      'regional',
      1,
      'cci.events.v1',
      [
        { partition: 0, offset: 10 },
        { partition: 1, offset: 4 },
      ],
      { m: 1 },
    );
    await checkpoints.advance(
      'regional',
      1,
      'cci.events.v1',
      [
        { partition: 0, offset: 7 },
        { partition: 1, offset: 9 },
      ],
      { m: 1 },
    );
    expect(await checkpoints.read('regional', 1, 'cci.events.v1')).toEqual(
      new Map([
        [0, 10],
        [1, 9],
      ]),
    );
  });

  it('switches readers from one generation to the next in one step, then drops the old one', async () => {
    const reader = new ReadModelReader(connection, 0);
    const old = store.model(1, 'srom-matrix');
    await writeGuarded(
      old,
      [{ id: 'srom-matrix:bretagne', regionId: 'bretagne', expectedRevision: null, doc: { g: 1 } }],
      'g1',
    );
    const { generation: next } = await store.generations.beginRebuild('regional', 60_000);
    expect(next).toBe(2);
    await expect(store.generations.beginRebuild('regional', 60_000)).rejects.toThrow(
      'Une reconstruction de « regional » est déjà en cours (génération 2).',
    );
    await store.prepare(next);
    await writeGuarded(
      store.model(next, 'srom-matrix'),
      [{ id: 'srom-matrix:bretagne', regionId: 'bretagne', expectedRevision: null, doc: { g: 2 } }],
      'g2',
    );
    expect(await reader.get('regional', 'srom-matrix', 'srom-matrix:bretagne')).toEqual({ g: 1 });
    expect(await store.generations.switchTo('regional', next, false)).toBe(1);
    expect(await reader.get('regional', 'srom-matrix', 'srom-matrix:bretagne')).toEqual({ g: 2 });
    expect(await reader.byRegion('regional', 'srom-matrix', 'bretagne')).toEqual([{ g: 2 }]);
    await store.drop(1);
    const collections = (await connection.db!.listCollections().toArray()).map((c) => c.name);
    expect(collections.filter((c) => c.startsWith('rm_regional_g1_'))).toEqual([]);
  });

  it("reads documents' revisions without their bodies, or with them, each with the generation it counts in", async () => {
    const reader = new ReadModelReader(connection, 0);
    const versions = new ProjectorStore(connection, 'revisions', [{ name: 'com-progress' }]);
    await versions.prepare(1);
    const write = (generation: number, id: string, regionId: string, expectedRevision: number | null) =>
      writeGuarded(
        versions.model(generation, 'com-progress'),
        [{ id, regionId, expectedRevision, doc: { large: 'x'.repeat(10_000) } }],
        'w',
      );
    await write(1, 'com:normandie:b', 'normandie', null);
    await write(1, 'com:normandie:a', 'normandie', null);
    await write(1, 'com:bretagne:a', 'bretagne', null);
    await write(1, 'com:normandie:b', 'normandie', 1);

    const normandie = await reader.revisions('revisions', 'com-progress', { regionId: 'normandie' });
    expect(normandie).toEqual({
      generation: 1,
      documents: [
        { id: 'com:normandie:a', revision: 1, updatedAt: expect.any(String) },
        { id: 'com:normandie:b', revision: 2, updatedAt: expect.any(String) },
      ],
    });
    expect(
      (await reader.revisions('revisions', 'com-progress', { id: 'com:bretagne:a' })).documents.map(
        (d) => d.id,
      ),
    ).toEqual(['com:bretagne:a']);
    expect((await reader.revisions('revisions', 'com-progress', 'all')).documents).toHaveLength(3);
    // A first read of a view takes the documents and their revisions at once: the same revisions.
    const read = await reader.withRevisions<{ large: string }>('revisions', 'com-progress', {
      regionId: 'normandie',
    });
    expect({ generation: read.generation, documents: read.documents }).toEqual(normandie);
    expect(read.bodies).toEqual([{ large: 'x'.repeat(10_000) }, { large: 'x'.repeat(10_000) }]);

    const { generation } = await versions.generations.beginRebuild('revisions', 60_000);
    await versions.prepare(generation);
    await write(generation, 'com:normandie:a', 'normandie', null);
    await versions.generations.switchTo('revisions', generation, false);
    expect(await reader.revisions('revisions', 'com-progress', { regionId: 'normandie' })).toEqual({
      generation: 2,
      documents: [{ id: 'com:normandie:a', revision: 1, updatedAt: expect.any(String) }],
    });
  });

  it('hands a rebuild that stopped beating to the next one, under a new generation number, once', async () => {
    const generations = new ProjectorStore(connection, 'national', [{ name: 'national' }]).generations;
    expect(await generations.beginRebuild('national', 60_000)).toEqual({ generation: 2, abandoned: null });
    await generations.beat('national', 2);
    await expect(generations.beginRebuild('national', 60_000)).rejects.toThrow(
      'Une reconstruction de « national » est déjà en cours (génération 2).',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const takers = await Promise.allSettled([
      generations.beginRebuild('national', 20),
      generations.beginRebuild('national', 20),
    ]);
    expect(takers.filter((t) => t.status === 'fulfilled').map((t) => t.value)).toEqual([
      { generation: 3, abandoned: 2 },
    ]);
    expect(await generations.state('national')).toMatchObject({ active: 1, building: 3 });
  });

  it('lets a pause request lapse once whoever asked for it stops renewing it', async () => {
    const generations = new ProjectorStore(connection, 'paused-by-the-dead', [{ name: 'national' }])
      .generations;
    const renewedAgo = (ms: number) =>
      connection
        .collection<{ _id: string }>('projection_generations')
        .updateOne({ _id: 'paused-by-the-dead' }, { $set: { pauseRenewedAt: new Date(Date.now() - ms) } });
    expect(await generations.state('paused-by-the-dead')).toMatchObject({ pauseRequested: false });
    await generations.requestPause('paused-by-the-dead', true);
    expect(await generations.state('paused-by-the-dead')).toMatchObject({ pauseRequested: true });
    await renewedAgo(INSTANCE_SILENT_AFTER_MS - 1_000);
    expect(await generations.state('paused-by-the-dead')).toMatchObject({ pauseRequested: true });
    await renewedAgo(INSTANCE_SILENT_AFTER_MS + 1_000);
    expect(await generations.state('paused-by-the-dead')).toMatchObject({ pauseRequested: false });
    await generations.renewPause('paused-by-the-dead');
    expect(await generations.state('paused-by-the-dead')).toMatchObject({ pauseRequested: true });
    await generations.requestPause('paused-by-the-dead', false);
    await generations.renewPause('paused-by-the-dead');
    expect(await generations.state('paused-by-the-dead')).toMatchObject({ pauseRequested: false });
  });

  it('neutralises query operators that come from outside (no NoSQL injection)', async () => {
    const reader = new ReadModelReader(connection, 0);
    const hostile = { $ne: 'nothing' } as unknown as string;
    await expect(reader.byRegion('regional', 'srom-matrix', hostile)).rejects.toThrow(
      /Cast to string failed/,
    );
    expect(await reader.byRegion('regional', 'srom-matrix', 'bretagne')).toHaveLength(1);
  });

  it('keeps one open request per slot, claimed once, and taken over from an instance gone silent', async () => {
    const requests = new MaintenanceRequests(connection);
    await requests.ensureCollection();
    const rebuild = {
      kind: 'rebuild' as const,
      projector: 'regional',
      force: false,
      requestedBy: 'cci-normandie',
      requestedAt: new Date(),
    };
    const asked = await Promise.all([requests.record(rebuild), requests.record({ ...rebuild, force: true })]);
    expect(asked.filter((r) => r !== null)).toHaveLength(1);
    expect(await requests.record({ ...rebuild, kind: 'reconciliation', projector: null })).toMatchObject({
      _id: 'reconciliation',
      state: 'requested',
    });

    const claims = await Promise.all([
      requests.claim('rebuild:regional', 'vm-1', new Date()),
      requests.claim('rebuild:regional', 'vm-2', new Date()),
    ]);
    expect(claims.filter((c) => c !== null)).toHaveLength(1);
    const holder = claims.find((c) => c !== null)!.request.claimedBy!;
    expect(await requests.claim('rebuild:regional', 'vm-3', new Date())).toBeNull();

    // A second longer than an instance may stay silent after its holder's last beat.
    const long = new Date(Date.now() + INSTANCE_SILENT_AFTER_MS + 1_000);
    await requests.beat('rebuild:regional', holder);
    expect(await requests.claim('rebuild:regional', 'vm-3', new Date())).toBeNull();
    const taken = await requests.claim('rebuild:regional', 'vm-3', long);
    expect(taken).toMatchObject({ takenOver: true, request: { state: 'running', claimedBy: 'vm-3' } });
    await requests.finish('rebuild:regional', holder, {
      state: 'done',
      message: 'trop tard',
      at: new Date(),
    });
    expect(await requests.record(rebuild)).toBeNull();

    await requests.finish('rebuild:regional', 'vm-3', { state: 'failed', message: 'échec', at: new Date() });
    expect((await requests.list()).map((r) => [r._id, r.state, r.message])).toEqual([
      ['rebuild:regional', 'failed', 'échec'],
      ['reconciliation', 'requested', null],
    ]);
    expect(await requests.record({ ...rebuild, requestedBy: 'cci-france' })).toMatchObject({
      state: 'requested',
      requestedBy: 'cci-france',
      claimedBy: null,
      message: null,
    });
  });

  it('records a dead letter once, however often the event fails', async () => {
    const letters = new DeadLetters(connection);
    await letters.ensureIndexes();
    const letter = {
      projector: 'regional',
      topic: 'cci.events.v1',
      partition: 2,
      offset: 41,
      key: 'indicator-report:x',
      value: null,
      reason: 'invalid-payload',
      message: 'Contenu invalide',
      eventType: 'IndicatorReported',
      eventId: null,
      cciId: 'cci-vendee',
      regionId: 'pays-de-la-loire',
      subject: null,
      failedAt: new Date(),
    };
    await letters.record(letter);
    await letters.record({ ...letter, message: 'encore' });
    expect(await letters.count('regional')).toBe(1);
    expect((await letters.list({ regionId: 'pays-de-la-loire' }))[0]?.message).toBe('Contenu invalide');
  });
});
