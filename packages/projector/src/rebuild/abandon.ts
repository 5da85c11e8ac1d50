import { RefusedRebuild, type RebuildResult } from './outcome.js';
import type { RebuildUnderWay } from './under-way.js';

/**
 * Takes over from a rebuild whose process died: `beginRebuild` handed its generation back
 * (`abandoned`), and what it wrote is dropped.
 */
export async function dropAbandoned(
  { definition, store, generation, log }: RebuildUnderWay,
  abandoned: number,
): Promise<void> {
  log.warn('Reconstruction abandonnée reprise (plus de signe de vie)', {
    projector: definition.name,
    abandoned,
    generation,
  });
  await store.drop(abandoned);
}

/**
 * Gives the rebuild up after a refusal or any error: stops its replay, withdraws its generation (and
 * the pause it asked for), drops what it wrote, and reports it `refused` or `failed`.
 */
export async function abandon(
  { definition, store, generation, replay, progress, log }: RebuildUnderWay,
  error: unknown,
): Promise<RebuildResult> {
  await replay.stop().catch(() => undefined);
  await store.generations.abandonRebuild(definition.name, generation);
  await store.drop(generation);
  const refused = error instanceof RefusedRebuild;
  const message = refused ? error.message : `Reconstruction interrompue : ${String(error)}`;
  log.warn(message, { projector: definition.name });
  return progress.finish(
    { generation, switched: false, differences: refused ? error.found : [], message },
    refused ? 'refused' : 'failed',
  );
}
