import type { ProjectorStore } from '@cci/read-model-store';

import { codeIsNewer, versionChanges, type VersionChange } from '../projection-versions.js';
import type { ProjectorDefinition } from '../projector-runner.js';

/**
 * What a rebuild does: nothing (`leave`, with the reason), or replay into a new generation then either
 * compare it with the live one before switching, or, when other versions of the projections built the
 * live generation (no live instance writes it, and the shapes differ), switch as soon as it is replayed.
 */
export type RebuildDecision =
  { kind: 'leave'; message: string } | { kind: 'compare-then-switch' } | { kind: 'switch-when-replayed' };

export type RebuildPlan = {
  /** The generation the readers use. */
  live: number;
  /** How the versions that built it differ from the code's. */
  liveChanges: VersionChange[];
  decision: RebuildDecision;
};

/** Reads which generation is live and which versions built it, and decides what the rebuild does. */
export async function planRebuild(
  store: ProjectorStore,
  definition: ProjectorDefinition,
  options: { force: boolean; onlyForNewVersions?: boolean },
): Promise<RebuildPlan> {
  const live = (await store.generations.state(definition.name)).active;
  const liveChanges = versionChanges(
    await store.checkpoints.recordedVersions(definition.name, live),
    definition.projections,
  );
  return { live, liveChanges, decision: decideRebuild(live, liveChanges, options) };
}

export function decideRebuild(
  live: number,
  liveChanges: readonly VersionChange[],
  { force, onlyForNewVersions }: { force: boolean; onlyForNewVersions?: boolean },
): RebuildDecision {
  // An older release (a rolling update's last instances, an old command line) would switch the
  // readers back to the previous shapes without any comparison.
  const rollsBack = liveChanges.length > 0 && !codeIsNewer(liveChanges);
  if (rollsBack && !force)
    return {
      kind: 'leave',
      message: `Génération ${live} construite par des versions plus récentes des projections : pas de retour en arrière sans --force.`,
    };
  if (onlyForNewVersions && liveChanges.length === 0)
    return {
      kind: 'leave',
      message: `Génération ${live} construite par les versions actuelles des projections : rien à reconstruire.`,
    };
  return { kind: liveChanges.length > 0 ? 'switch-when-replayed' : 'compare-then-switch' };
}
