import { randomBytes } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mongoDatabaseUrl, uniqueName } from '@cci/test-support';
import mongoose, { Schema, type Connection } from 'mongoose';

type Counter = { _id: string; count: number; label?: string };
type Cci = { _id: string; code: string };

// Mongoose talks to the local FerretDB exactly as to MongoDB: the operations the read models rely on.
describe('mongoose against the local MongoDB-compatible server', () => {
  let connection: Connection;

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(mongoDatabaseUrl(uniqueName('infra')), {
        autoIndex: false,
        serverSelectionTimeoutMS: 10_000,
      })
      .asPromise();
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  const counters = () =>
    connection.model<Counter>(
      'Counter',
      new Schema<Counter>({ _id: String, count: Number, label: String }, { versionKey: false }),
      'counters',
    );

  it('upserts with $inc and $set', async () => {
    const Counter = counters();
    await Counter.updateOne(
      { _id: 'a' },
      { $inc: { count: 2 }, $set: { label: 'première' } },
      { upsert: true },
    );
    await Counter.updateOne(
      { _id: 'a' },
      { $inc: { count: 3 }, $set: { label: 'seconde' } },
      { upsert: true },
    );
    expect(await Counter.findById('a').lean()).toEqual({ _id: 'a', count: 5, label: 'seconde' });
  });

  it('applies a bulkWrite of 1,000 operations', async () => {
    const Counter = counters();
    const operations = Array.from({ length: 1000 }, (_, i) => ({
      updateOne: { filter: { _id: `k${i % 500}` }, update: { $inc: { count: 1 } }, upsert: true },
    }));
    const result = await Counter.bulkWrite(operations, { ordered: false });
    expect(result.upsertedCount + result.modifiedCount).toBe(1000);
    const documents = await Counter.find({ _id: { $regex: /^k/ } }).lean();
    expect(documents).toHaveLength(500);
    expect(documents.every((d) => d.count === 2)).toBe(true);
  });

  // FerretDB applies updates as read-modify-write; infra/ferretdb/serialize-read-modify-write.patch
  // makes each one atomic, as MongoDB's are. Without it this loses increments.
  it('100 concurrent writers making 10 $inc upserts each on one new key give one document holding 1,000', async () => {
    const Counter = counters();
    await Promise.all(
      Array.from({ length: 100 }, async () => {
        for (let i = 0; i < 10; i += 1)
          await Counter.updateOne({ _id: 'concurrent' }, { $inc: { count: 1 } }, { upsert: true });
      }),
    );
    expect(await Counter.find({ _id: 'concurrent' }).lean()).toEqual([{ _id: 'concurrent', count: 1000 }]);
  });

  // The projectors' guarded writes and the read API's lookups all filter by _id: a collection scan
  // there makes every write slower as the read models grow (see infra/ferretdb/id-lookups.patch).
  // Large documents are what PostgreSQL stores out of line, and what made it choose a scan.
  it('finds a document by _id through an index, not by scanning the collection', async () => {
    const small = connection.db!.collection<{ _id: string; n: number }>('lookups');
    for (let start = 0; start < 20_000; start += 2_000)
      await small.insertMany(Array.from({ length: 2_000 }, (_, i) => ({ _id: `d${start + i}`, n: i })));
    const large = connection.db!.collection<{ _id: string; n: number; body: Buffer }>('large');
    for (let start = 0; start < 1_000; start += 250)
      await large.insertMany(
        Array.from({ length: 250 }, (_, i) => ({ _id: `l${start + i}`, n: i, body: randomBytes(8_000) })),
      );
    for (const [collection, _id] of [
      ['lookups', 'd12345'],
      ['large', 'l321'],
    ]) {
      const plan = JSON.stringify(
        await connection.db!.command({ explain: { find: collection, filter: { _id } } }),
      );
      expect(plan).not.toMatch(/Seq Scan|COLLSCAN/);
    }
    expect(await small.findOne({ _id: 'd12345' })).toEqual({ _id: 'd12345', n: 345 });
    expect(await large.findOne({ _id: 'l321' }, { projection: { body: 0 } })).toEqual({ _id: 'l321', n: 71 });
  });

  // A projector reads the documents a batch touches as one `$in` of their ids (and mostly finds none
  // during a rebuild): a scan there read every document of a growing collection for each batch.
  it('finds documents by a list of _ids through an index, with $in meaning what it means', async () => {
    const documents = connection.db!.collection<{ _id: string | number; n: number }>('listed');
    for (let start = 0; start < 20_000; start += 2_000)
      await documents.insertMany(Array.from({ length: 2_000 }, (_, i) => ({ _id: `d${start + i}`, n: i })));
    await documents.insertOne({ _id: 7, n: -1 });
    const filter = { _id: { $in: ['d12345', 'd3', 'absent'] } };
    const plan = JSON.stringify(await connection.db!.command({ explain: { find: 'listed', filter } }));
    expect(plan).not.toMatch(/Seq Scan|COLLSCAN/);
    const found = await documents.find(filter).sort({ n: 1 }).toArray();
    expect(found).toEqual([
      { _id: 'd3', n: 3 },
      { _id: 'd12345', n: 345 },
    ]);
    expect(
      await documents
        .find({ _id: { $in: ['d3', 7] } })
        .sort({ n: 1 })
        .toArray(),
    ).toEqual([
      { _id: 7, n: -1 },
      { _id: 'd3', n: 3 },
    ]);
    expect(await documents.find({ _id: { $in: [] } }).toArray()).toEqual([]);
    expect(await documents.find({ _id: { $in: ['d3', 'd4'] }, n: 4 }).toArray()).toEqual([
      { _id: 'd4', n: 4 },
    ]);
  });

  it('a unique index rejects a duplicate', async () => {
    const schema = new Schema<Cci>({ _id: String, code: String }, { versionKey: false });
    schema.index({ code: 1 }, { unique: true });
    const Cci = connection.model<Cci>('Cci', schema, 'ccis');
    await Cci.createIndexes();
    await Cci.create({ _id: '1', code: 'CCI-MAYENNE' });
    await expect(Cci.create({ _id: '2', code: 'CCI-MAYENNE' })).rejects.toMatchObject({ code: 11000 });
    expect(await Cci.countDocuments()).toBe(1);
  });
});
