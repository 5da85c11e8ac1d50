import type { ActionCell } from './action-progress.js';

/** The actions of a region as their list shows them: in the Bureau's order, each with the step it reached. */

export type ActionStep = 1 | 2 | 3;

/**
 * How far an action went on its way planned → started → completed: an abandoned action stays at the
 * step it had reached, started or only planned.
 */
export function stepsReached(action: Pick<ActionCell, 'status' | 'startedOn'>): ActionStep {
  switch (action.status) {
    case 'planned':
      return 1;
    case 'started':
      return 2;
    case 'completed':
      return 3;
    case 'abandoned':
      return action.startedOn === null ? 1 : 2;
    default: {
      const unknown: never = action.status;
      return unknown;
    }
  }
}

/** The action ids with the totems (the Bureau's flagship commitments) first, then by function and title. */
export function actionOrder(
  actions: Record<string, Pick<ActionCell, 'totem' | 'functionId' | 'title'>>,
): string[] {
  return Object.entries(actions)
    .sort(
      ([idA, a], [idB, b]) =>
        Number(b.totem) - Number(a.totem) ||
        (a.functionId ?? '').localeCompare(b.functionId ?? '') ||
        a.title.localeCompare(b.title, 'fr') ||
        (idA < idB ? -1 : idA > idB ? 1 : 0),
    )
    .map(([id]) => id);
}
