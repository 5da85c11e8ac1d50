import type { CampaignStatus, DeclarationState, ReviewedDeclaration } from '../../api/read-api-types.js';
import { countOf, formatNumber } from '../format/french-format.js';

export const DECLARATION_STATE_LABELS: Record<DeclarationState, string> = {
  'a-declarer': 'À déclarer',
  declaree: 'Déclarée',
  validee: 'Validée',
  renvoyee: 'Renvoyée',
};

export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, string> = {
  'a-venir': 'À venir',
  ouverte: 'Ouverte',
  cloturee: 'Clôturée',
};

/** What changed since the CCI's previous declaration of the same figure, in words. */
export function changeText(declaration: Pick<ReviewedDeclaration, 'change' | 'previousDeclaration'>): string {
  const { change, previousDeclaration } = declaration;
  if (change === null || previousDeclaration === null) return 'Première déclaration';
  const parts: string[] = [];
  if (change.value !== 0) {
    const sign = change.value > 0 ? '+' : '−';
    parts.push(
      `${sign}${formatNumber(Math.abs(change.value))} (était ${formatNumber(previousDeclaration.value)})`,
    );
  }
  if (change.comment) parts.push('commentaire modifié');
  return parts.length === 0 ? 'Inchangée' : parts.join(', ');
}

/** The closing's confirmation: how many declarations would be left missing, in French. */
export function missingText(missing: number): string {
  if (missing === 0) return 'Toutes les déclarations attendues sont validées';
  return missing === 1
    ? '1 déclaration attendue n’est pas validée'
    : `${countOf(missing, 'déclaration attendue', 'déclarations attendues')} ne sont pas validées`;
}
