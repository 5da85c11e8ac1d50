import type { Projection } from '@cci/domain';
import { readDocuments, writeGuarded, type StoredReadModel } from '@cci/read-model-store';
import type { Model } from 'mongoose';

import type { FlushedDocument } from './change-notices.js';
import type { CoalescingBatch } from './coalescing-batch.js';
import type { KnownDocuments } from './known-documents.js';
import type { PatientRetry } from './patient-retry.js';

const MAX_CONFLICT_ROUNDS = 10;

export type DocumentWriteOutcome = { flushed: FlushedDocument[]; conflicts: number };

/**
 * Writes every document a batch touched, one guarded bulk write per collection. A document another
 * writer changed meanwhile (its revision moved) is read again and the batch's events are applied to it
 * again (`rebase`), for up to 10 rounds; then the flush throws rather than loop. What was written
 * becomes the known version of each document.
 */
export async function writeBatchDocuments(
  batch: CoalescingBatch,
  {
    projections,
    model,
    writerToken,
    known,
    retry,
  }: {
    projections: readonly Projection<unknown>[];
    model: (projection: string) => Model<StoredReadModel>;
    writerToken: string;
    known: KnownDocuments;
    retry: PatientRetry;
  },
): Promise<DocumentWriteOutcome> {
  const flushed: FlushedDocument[] = [];
  let conflicts = 0;
  for (const projection of projections) {
    const collection = model(projection.name);
    for (let round = 0; batch.pending(projection.name).length > 0; round += 1) {
      if (round >= MAX_CONFLICT_ROUNDS)
        throw new Error(`Conflits d'écriture persistants sur ${projection.name}`);
      const writes = batch.writes(projection.name);
      const outcome = await retry.run(`écriture de ${projection.name}`, () =>
        writeGuarded(collection, writes, writerToken),
      );
      for (const [id, revision] of outcome.written) {
        const settled = batch.settle(projection.name, id, revision);
        if (!settled) continue;
        known.set(projection.name, id, settled);
        flushed.push({
          projection: projection.name,
          id,
          regionId: regionIdOf(settled.doc),
          revision,
          doc: settled.doc,
        });
      }
      if (outcome.conflicts.length === 0) continue;
      conflicts += outcome.conflicts.length;
      const fresh = await retry.run(`relecture de ${projection.name}`, () =>
        readDocuments(collection, outcome.conflicts),
      );
      for (const id of outcome.conflicts) {
        const stored = fresh.get(id);
        if (stored) known.set(projection.name, id, stored);
        else known.delete(projection.name, id);
        batch.rebase(projection.name, id, stored);
      }
    }
  }
  return { flushed, conflicts };
}

function regionIdOf(doc: unknown): string | null {
  const regionId = (doc as { regionId?: unknown }).regionId;
  return typeof regionId === 'string' ? regionId : null;
}
