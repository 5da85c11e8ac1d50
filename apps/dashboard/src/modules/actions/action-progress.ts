import type { ActionCellView, ActionStatus, ReferenceView, StatusCounts } from '../../api/read-api-types.js';
import { formatShortDate } from '../format/french-format.js';

export const STATUS_LABELS: Record<ActionStatus, string> = {
  planned: 'prévue',
  started: 'en cours',
  completed: 'achevée',
  abandoned: 'abandonnée',
};

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
