import type { DomainEvent, ReferenceData } from '@cci/domain';
import { CoalescingBatch, regionalProjector } from '@cci/projector';
import { ProjectorStore, readDocuments, writeGuarded, type BodyShape } from '@cci/read-model-store';

import type { Scratch } from './servers.js';

export type BodyShapeFigures = {
  projection: string;
  documents: number;
  averageJsonBytes: number;
  /** Milliseconds per document, for each shape: inserted, updated (guarded by revision), read by id. */
  perDocument: Record<BodyShape, { insert: number; update: number; read: number }>;
};

/**
 * The same read-model documents written and read through the store in both shapes, on the local
 * engine: what storing a read model as plain fields costs there against its JSON deflated. The
 * documents are those a regional projector computes from the history given: the largest kind it
 * rewrites (a COM indicator's progress) and the small one made for queries.
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
  const figures: BodyShapeFigures[] = [];
  for (const projection of options.projections) {
    const writes = batch.writes(projection).slice(0, options.documents);
    const averageJsonBytes = Math.round(
      writes.reduce((sum, w) => sum + Buffer.byteLength(JSON.stringify(w.doc)), 0) / writes.length,
    );
    const perDocument = {} as BodyShapeFigures['perDocument'];
    for (const shape of ['deflated', 'plain'] as const) {
      const store = new ProjectorStore(connection, `shape_${shape}`, [projection]);
      await store.prepare(1);
      const model = store.model(1, projection);
      const time = async (run: () => Promise<unknown>) => {
        const began = performance.now();
        await run();
        return (performance.now() - began) / writes.length;
      };
      const insert = await time(() => writeGuarded(model, writes, 'bench', shape));
      const update = await time(() =>
        writeGuarded(
          model,
          writes.map((w) => ({ ...w, expectedRevision: 1 })),
          'bench',
          shape,
        ),
      );
      const ids = writes.map((w) => w.id);
      const read = await time(async () => {
        for (const id of ids) await readDocuments(model, [id]);
      });
      perDocument[shape] = { insert, update, read };
    }
    figures.push({ projection, documents: writes.length, averageJsonBytes, perDocument });
  }
  return figures;
}
