import type { Aggregation, ReportingFrequency } from '../../reference/ids.js';
import { periodLabel } from '../../reference/period.js';

/**
 * When a declared figure needs the CCI's comment: when it moves more than half away from the
 * previous period's declared value, or from the period's share of the year's target (the target
 * divided by the periods of the year for an indicator whose periods add up, the target itself for
 * a rate or a stock). A reference of zero makes any other value a move. The API refuses such a
 * declaration without a comment, and the Saisie page asks for it, with the same sentence.
 */
export const COMMENT_RULE_RATIO = 0.5;

export const COMMENT_RULE_TEXT =
  'Un commentaire est obligatoire quand la valeur s’écarte de plus de 50 % de celle de la période précédente ou de la part de la cible de l’année attendue pour la période.';

export type CommentRuleInput = {
  value: number;
  comment: string | null;
  /** The value declared for the previous period, if any. */
  previous: { period: string; value: number } | null;
  /** The CCI's target for the period's year, if set. */
  yearTarget: number | null;
  aggregation: Aggregation;
  frequency: ReportingFrequency;
  /** How the unit reads in a sentence: "entreprises". */
  unitLabel: string;
};

/** The part of a year's target one period should reach. */
export function periodShareOfTarget(
  yearTarget: number,
  aggregation: Aggregation,
  frequency: ReportingFrequency,
): number {
  return aggregation === 'sum' && frequency === 'quarterly' ? yearTarget / 4 : yearTarget;
}

function movesFrom(value: number, reference: number): boolean {
  return Math.abs(value - reference) > COMMENT_RULE_RATIO * Math.abs(reference);
}

function amount(value: number, unitLabel: string): string {
  return `${value.toLocaleString('fr-FR', { maximumFractionDigits: 2 })} ${unitLabel}`;
}

/** The French sentence that asks for a comment, or null when the figure needs none (or has one). */
export function missingCommentMessage(input: CommentRuleInput): string | null {
  if (input.comment !== null && input.comment.trim() !== '') return null;
  const { value, previous, yearTarget, unitLabel } = input;
  // Formatting a French number costs more than the whole check: only a refusal pays for it.
  const stated = () => amount(value, unitLabel);
  if (previous !== null && movesFrom(value, previous.value)) {
    return `Un commentaire est obligatoire : ${stated()} s’écarte de plus de 50 % de la valeur de ${periodLabel(previous.period)} (${amount(previous.value, unitLabel)}). Expliquez l’écart.`;
  }
  if (yearTarget !== null) {
    const shared = input.aggregation === 'sum' && input.frequency === 'quarterly';
    const share = periodShareOfTarget(yearTarget, input.aggregation, input.frequency);
    if (movesFrom(value, share)) {
      const which = shared
        ? 'de la part de la cible de l’année attendue pour le trimestre'
        : 'de la cible de l’année';
      return `Un commentaire est obligatoire : ${stated()} s’écarte de plus de 50 % ${which} (${amount(share, unitLabel)}). Expliquez l’écart.`;
    }
  }
  return null;
}
