import { deflateRawSync, inflateRawSync } from 'node:zlib';

import type { DomainEvent, ReferenceData } from '@cci/domain';
import { CoalescingBatch, regionalProjector } from '@cci/projector';

import type { Scratch } from './servers.js';

type BodyShape = 'deflated' | 'plain';

export type BodyShapeFigures = {
  projection: string;
  documents: number;
  averageJsonBytes: number;
  /** Milliseconds per document, for each shape: inserted, updated (guarded by revision), read by id. */
  perDocument: Record<BodyShape, { insert: number; update: number; read: number }>;
};

const CHUNK = 25;

/**
 * The same read-model documents written and read in both shapes a body could have, on the local
 * engine, with the store's write pattern (bulkWrites of 25, updates guarded by revision): the JSON
 * deflated in one binary field, as `@cci/read-model-store` stores every body, or the document's own
 * fields, which MongoDB's tools can query. The documents are those a regional projector computes from
 * the history given.
 */
export async function measureBodyShapes(
  scratch: Scratch,
  events: readonly DomainEvent[],
  reference: ReferenceData,
  options: { documents: number; projections: readonly string[] },
): Promise<BodyShapeFigures[]> {
  const batch = new CoalescingBatch(
    regionalProjector.projections.filter((p) => options.projections.includes(p.name)),
    reference,
  );
  for (const event of events) batch.apply(event, () => undefined);
  const { connection } = await scratch.database();
  const db = connection.getClient().db(connection.name);
  const figures: BodyShapeFigures[] = [];
  for (const projection of options.projections) {
    const writes = batch.writes(projection).slice(0, options.documents);
    const averageJsonBytes = Math.round(
      writes.reduce((sum, w) => sum + Buffer.byteLength(JSON.stringify(w.doc)), 0) / writes.length,
    );
    const perDocument = {} as BodyShapeFigures['perDocument'];
    for (const shape of ['deflated', 'plain'] as const) {
      const collection = db.collection<{ _id: string; revision: number; body: unknown }>(
        `${projection}_${shape}`,
      );
      const body = (doc: unknown) =>
        shape === 'plain' ? doc : deflateRawSync(JSON.stringify(doc), { level: 1 });
      const time = async (run: () => Promise<unknown>) => {
        const began = performance.now();
        await run();
        return (performance.now() - began) / writes.length;
      };
      const inChunks = async (write: (chunk: typeof writes) => Promise<unknown>) => {
        for (let start = 0; start < writes.length; start += CHUNK)
          await write(writes.slice(start, start + CHUNK));
      };
      const insert = await time(() =>
        inChunks((chunk) =>
          collection.insertMany(
            chunk.map((w) => ({ _id: w.id, revision: 1, body: body(w.doc) })),
            { ordered: false },
          ),
        ),
      );
      const update = await time(() =>
        inChunks((chunk) =>
          collection.bulkWrite(
            chunk.map((w) => ({
              updateOne: {
                filter: { _id: w.id, revision: 1 },
                update: { $set: { revision: 2, body: body(w.doc) } },
              },
            })),
            { ordered: false },
          ),
        ),
      );
      const read = await time(async () => {
        for (const { id } of writes) {
          const found = await collection.findOne({ _id: id });
          if (shape === 'deflated')
            JSON.parse(inflateRawSync((found?.body as { buffer: Uint8Array }).buffer).toString());
        }
      });
      perDocument[shape] = { insert, update, read };
    }
    figures.push({ projection, documents: writes.length, averageJsonBytes, perDocument });
  }
  return figures;
}
