import { differences } from '@cci/domain';
import { readAllDocuments, type ProjectorStore } from '@cci/read-model-store';

import type { ProjectorDefinition } from '../projector-runner.js';
import { RefusedRebuild, type RebuildDifference } from './outcome.js';
import type { RebuildUnderWay } from './under-way.js';

/**
 * Compares the aligned new generation with the live one; refuses to switch on any difference unless
 * `force`, and otherwise hands the differences on.
 */
export async function compareWithLive(
  { definition, store, live, generation, progress }: RebuildUnderWay,
  force: boolean,
): Promise<RebuildDifference[]> {
  await progress.report({ phase: 'comparing' });
  const found = await compareGenerations(store, definition, live, generation);
  if (found.length > 0 && !force) {
    throw new RefusedRebuild(
      `La reconstruction diffère de la génération en service sur ${found.length} point(s) : pas de bascule.`,
      found,
    );
  }
  return found;
}

/** Every document of every projection, compared field by field between two generations. */
export async function compareGenerations(
  store: ProjectorStore,
  definition: ProjectorDefinition,
  expectedGeneration: number,
  actualGeneration: number,
): Promise<RebuildDifference[]> {
  const found: RebuildDifference[] = [];
  for (const projection of definition.projections) {
    const [expected, actual] = await Promise.all(
      [expectedGeneration, actualGeneration].map((g) => readAllDocuments(store.model(g, projection.name))),
    );
    for (const id of new Set([...(expected?.keys() ?? []), ...(actual?.keys() ?? [])])) {
      for (const d of differences(expected?.get(id), actual?.get(id), '', 20))
        found.push({ projection: projection.name, id, ...d });
    }
  }
  return found;
}
