import { describeVersionChange, type VersionChange } from '../projection-versions.js';
import { waitForLiveInstances } from './live-instances.js';
import type { RebuildDifference, RebuildResult } from './outcome.js';
import type { RebuildUnderWay } from './under-way.js';

/**
 * Switches the readers to the generation replayed with the code's versions, without comparing: the
 * versions that built the live one differ (`liveChanges`), so no live instance writes it and the shapes
 * differ.
 */
export function switchToNewVersions(
  rebuild: RebuildUnderWay,
  liveChanges: readonly VersionChange[],
): Promise<RebuildResult> {
  const { live, generation } = rebuild;
  return switchGeneration(rebuild, false, {
    differences: [],
    message: `Génération ${generation} construite par les versions actuelles des projections (${liveChanges.map(describeVersionChange).join(' ; ')}) : bascule faite sans comparaison, génération ${live} supprimée.`,
  });
}

/** Switches the readers to the generation compared with the live one (`found`: its differences, if forced). */
export function switchAfterComparison(
  rebuild: RebuildUnderWay,
  found: RebuildDifference[],
  forced: boolean,
): Promise<RebuildResult> {
  const { live, generation } = rebuild;
  return switchGeneration(rebuild, forced, {
    differences: found,
    message:
      found.length > 0
        ? `Bascule forcée vers la génération ${generation} malgré ${found.length} différence(s) ; génération ${live} supprimée.`
        : `Génération ${generation} identique à la génération ${live} : bascule faite, génération ${live} supprimée.`,
  });
}

/**
 * Moves the readers' pointer to the new generation in one step, gives the live instances time to follow
 * it, then drops the old generation. Once the pointer moved, the new generation is the readers': what
 * fails after (dropping the old one, recording the outcome) is only said, and never reaches the
 * failure path, which would drop the generation the readers now use.
 */
async function switchGeneration(
  { definition, store, statuses, live, generation, progress, pollMs, log }: RebuildUnderWay,
  forced: boolean,
  outcome: Pick<RebuildResult, 'differences' | 'message'>,
): Promise<RebuildResult> {
  await store.generations.switchTo(definition.name, generation, forced);
  const result: RebuildResult = { generation, switched: true, ...outcome };
  try {
    await waitForLiveInstances(statuses, definition.name, generation, 30_000, pollMs);
    await store.drop(live);
    log.info(outcome.message, { projector: definition.name });
    return await progress.finish(result, 'switched');
  } catch (error) {
    log.warn(`Bascule vers la génération ${generation} faite, mais la suite a échoué : ${String(error)}`, {
      projector: definition.name,
    });
    return result;
  }
}
