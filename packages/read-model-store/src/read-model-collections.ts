import mongoose, { type AnyBulkWriteOperation, type Connection, type Model } from 'mongoose';

import { decodeBody, encodeBody } from './read-model-body.js';
import { readModelSchema, type StoredReadModel } from './schemas.js';

/** The collection of one projection in one generation of a projector's read models. */
export function readModelCollectionName(projector: string, generation: number, projection: string): string {
  return `rm_${projector}_g${generation}_${projection}`;
}

export function readModelModel(connection: Connection, collection: string): Model<StoredReadModel> {
  const name = `ReadModel:${collection}`;
  return (
    (connection.models[name] as Model<StoredReadModel> | undefined) ??
    connection.model<StoredReadModel>(name, readModelSchema, collection)
  );
}

/**
 * A document to write: its new body, its plain fields if its projection gives any, and the revision it
 * was computed from (null: a new document).
 */
export type DocumentWrite = {
  id: string;
  regionId: string | null;
  expectedRevision: number | null;
  doc: unknown;
  fields?: Record<string, unknown>;
};

export type WriteOutcome = {
  /** New revision of every document written. */
  written: Map<string, number>;
  /** Documents another writer changed since they were read: reload them, re-apply, write again. */
  conflicts: string[];
};

const DUPLICATE_KEY = 11000;

function writeErrorsOf(error: unknown): { index: number; code: number }[] | null {
  if (typeof error !== 'object' || error === null || !('writeErrors' in error)) return null;
  const raw = error.writeErrors;
  const list = Array.isArray(raw) ? raw : [raw];
  return list.map((e: { index: number; code: number }) => ({ index: e.index, code: e.code }));
}

// Filters built here carry operators on purpose; the connection's sanitizeFilter neutralises any
// operator that is not marked `trusted`, which is how request input can never inject one.

/**
 * How many documents go in one bulkWrite. A flush encodes its documents (JSON, deflate) on the
 * projector's CPU while the database spends its own on the writes already sent: in chunks, the two
 * overlap, where one bulkWrite of every document made the database wait for all of them to be encoded.
 */
const WRITE_CHUNK = 25;

/**
 * Writes documents of one collection in unordered bulkWrites, each document guarded by the revision
 * it was read at, so that a write computed from stale data (a zombie instance, a concurrent writer) is
 * never accepted. A write that matched no document is told apart from one that lost a race by the
 * writer token stored with each revision.
 */
export async function writeGuarded(
  model: Model<StoredReadModel>,
  writes: readonly DocumentWrite[],
  writerToken: string,
): Promise<WriteOutcome> {
  const now = new Date();
  const chunks: Promise<WriteOutcome>[] = [];
  for (let start = 0; start < writes.length; start += WRITE_CHUNK) {
    const chunk = writeChunk(model, writes.slice(start, start + WRITE_CHUNK), writerToken, now);
    // Promise.all below reports a failure; until then it must not count as unhandled.
    chunk.catch(() => undefined);
    chunks.push(chunk);
    // Lets the driver send this chunk before the next one is encoded.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const outcome: WriteOutcome = { written: new Map(), conflicts: [] };
  for (const chunk of await Promise.all(chunks)) {
    for (const [id, revision] of chunk.written) outcome.written.set(id, revision);
    outcome.conflicts.push(...chunk.conflicts);
  }
  return outcome;
}

async function writeChunk(
  model: Model<StoredReadModel>,
  writes: readonly DocumentWrite[],
  writerToken: string,
  now: Date,
): Promise<WriteOutcome> {
  const written = new Map<string, number>();
  const conflicts: string[] = [];
  const operations: AnyBulkWriteOperation<StoredReadModel>[] = writes.map((w) =>
    w.expectedRevision === null
      ? {
          insertOne: {
            document: {
              _id: w.id,
              regionId: w.regionId,
              revision: 1,
              writtenBy: writerToken,
              updatedAt: now,
              body: encodeBody(w.doc),
              ...(w.fields && { fields: w.fields }),
            },
          },
        }
      : {
          updateOne: {
            filter: { _id: w.id, revision: w.expectedRevision },
            update: {
              $set: {
                body: encodeBody(w.doc),
                regionId: w.regionId,
                revision: w.expectedRevision + 1,
                writtenBy: writerToken,
                updatedAt: now,
                ...(w.fields && { fields: w.fields }),
              },
            },
          },
        },
  );
  const failedInserts = new Set<number>();
  let allUpdatesMatched = false;
  try {
    const result = await model.bulkWrite(operations, { ordered: false });
    allUpdatesMatched = result.matchedCount === writes.filter((w) => w.expectedRevision !== null).length;
  } catch (error) {
    const writeErrors = writeErrorsOf(error);
    if (!writeErrors || writeErrors.some((e) => e.code !== DUPLICATE_KEY)) throw error;
    for (const e of writeErrors) failedInserts.add(e.index);
  }
  const updates = writes.filter((w) => w.expectedRevision !== null);
  const current =
    allUpdatesMatched || updates.length === 0
      ? new Map<string, { revision: number; writtenBy: string }>()
      : new Map(
          (
            await model
              .find(
                { _id: mongoose.trusted({ $in: updates.map((w) => w.id) }) },
                { revision: 1, writtenBy: 1 },
              )
              .lean()
          ).map((d) => [d._id, { revision: d.revision, writtenBy: d.writtenBy }]),
        );
  writes.forEach((w, index) => {
    if (w.expectedRevision === null) {
      if (failedInserts.has(index)) conflicts.push(w.id);
      else written.set(w.id, 1);
      return;
    }
    const revision = w.expectedRevision + 1;
    const stored = current.get(w.id);
    if (allUpdatesMatched || (stored?.revision === revision && stored.writtenBy === writerToken))
      written.set(w.id, revision);
    else conflicts.push(w.id);
  });
  return { written, conflicts };
}

/** Reads documents of one collection by id, with their revisions. */
export async function readDocuments(
  model: Model<StoredReadModel>,
  ids: readonly string[],
): Promise<Map<string, { revision: number; doc: unknown }>> {
  if (ids.length === 0) return new Map();
  const found = await model
    .find({ _id: mongoose.trusted({ $in: [...ids] }) }, { revision: 1, body: 1 })
    .lean();
  return new Map(found.map((d) => [d._id, { revision: d.revision, doc: decodeBody(d.body) }]));
}

/** Every document of one collection, by id. */
export async function readAllDocuments(model: Model<StoredReadModel>): Promise<Map<string, unknown>> {
  const found = await model.find({}, { body: 1 }).lean();
  return new Map(found.map((d) => [d._id, decodeBody(d.body)]));
}
