import type {
  ActionCellView,
  ActionProgressView,
  ActionStatus,
  ReferenceView,
  StatusCounts,
} from '../../api/read-api-types.js';
import { formatShortDate } from '../format/french-format.js';

export const STATUS_LABELS: Record<ActionStatus, string> = {
  planned: 'prévue',
  started: 'en cours',
  completed: 'achevée',
  abandoned: 'abandonnée',
};

/** How far an action went on its way planned → started → completed, for the step indicator (0 to 3). */
export function stepsReached(action: ActionCellView): number {
  switch (action.status) {
    case 'planned':
      return 1;
    case 'started':
      return 2;
    case 'completed':
      return 3;
    case 'abandoned':
      return action.startedOn ? 2 : 1;
    default: {
      const unknown: never = action.status;
      return unknown;
    }
  }
}

/** "16 actions : 7 achevées, 2 en cours, 7 prévues". */
export function describeCounts(counts: StatusCounts): string {
  const parts = (['completed', 'started', 'planned', 'abandoned'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${STATUS_LABELS[s]}${counts[s] > 1 ? 's' : ''}`);
  return `${counts.total} action${counts.total > 1 ? 's' : ''}${parts.length > 0 ? ` : ${parts.join(', ')}` : ''}`;
}

/** Who decided, and when: "Bureau régional, le 29/05/2015". */
export function decisionLabel(reference: ReferenceView, action: ActionCellView): string | null {
  if (!action.decidedBy) return null;
  const body =
    reference.governanceBodies.find((b) => b.id === action.decidedBy?.bodyId)?.label ??
    action.decidedBy.bodyId;
  return action.decidedBy.on ? `${body}, le ${formatShortDate(action.decidedBy.on)}` : body;
}

/** Totems first (the Bureau's flagship commitments), then by function and title. */
export function orderedActions(progress: ActionProgressView): [string, ActionCellView][] {
  return Object.entries(progress.actions).sort(
    ([, a], [, b]) =>
      Number(b.totem) - Number(a.totem) ||
      (a.functionId ?? '').localeCompare(b.functionId ?? '') ||
      a.title.localeCompare(b.title, 'fr'),
  );
}
