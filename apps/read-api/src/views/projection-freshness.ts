import { parisTime } from './paris-time.js';
import type { ProjectionState } from './view-schemas.js';

/**
 * How fresh the figures are, in the French the views show: the projection's state, with the time of
 * its last update when there is one. The same states as the supervision's.
 */
export function projectionFreshness(state: ProjectionState, upToDateAt: string | null): string {
  const at = upToDateAt === null ? null : parisTime(upToDateAt);
  switch (state) {
    case 'caught-up':
      return at === null ? 'à jour' : `à jour à ${at}`;
    case 'catching-up':
      return `mise à jour en cours${at === null ? '' : ` (dernière à ${at})`}`;
    case 'stalled':
      return `projection bloquée${at === null ? '' : ` depuis ${at}`}`;
    case 'paused':
      return 'projection en pause (reconstruction)';
    case 'starting':
      return 'projection en cours de démarrage';
    case 'unassigned':
      return 'aucune instance ne tient les partitions du journal';
    case 'stopped':
      return `projection arrêtée${at === null ? '' : ` depuis ${at}`}`;
    case 'unknown':
      return 'état de la projection inconnu';
  }
}
