import type { Cci } from '../reference/reference-data.js';
import { reject, type Rejection } from './rejection.js';
import type { DecisionContext } from './writer.js';

/**
 * Who may record what:
 * - a territorial CCI records facts about itself only;
 * - a regional CCI records regional-level facts (targets, regional decisions, actions) about itself
 *   and the territorial CCIs of its region, and nothing about another region;
 * - CCI France consolidates and records nothing about a CCI.
 *
 * "own" facts (indicator reports) are recorded by the CCI concerned only, whatever its kind;
 * "regional" facts by the CCI concerned or its regional CCI; "regional-only" facts (targets, the
 * COM's signature) by the regional CCI alone.
 */
export type FactScope = 'own' | 'regional' | 'regional-only';

export function mayRecordAbout(context: DecisionContext, subject: Cci, scope: FactScope): Rejection | null {
  const author = context.reference.cci(context.writer.cciId);
  if (!author)
    return reject.forbidden('emetteur-inconnu', `La CCI émettrice « ${context.writer.cciId} » est inconnue.`);
  if (author.kind === 'national') {
    return reject.forbidden(
      'lecture-seule',
      `${author.name} consolide les données du réseau et n'enregistre pas de fait sur une CCI.`,
    );
  }
  if (author.kind === 'territorial') {
    if (scope === 'regional-only') {
      return reject.forbidden(
        'reserve-cci-regionale',
        `Seule la CCI régionale peut enregistrer ce fait ; ${author.name} est une CCI territoriale.`,
      );
    }
    if (subject.id !== author.id) {
      return reject.forbidden(
        'autre-cci',
        `${author.name} ne peut enregistrer des faits que sur elle-même, pas sur ${subject.name}.`,
      );
    }
    return null;
  }
  if (subject.regionId !== author.regionId) {
    return reject.forbidden(
      'autre-region',
      `${author.name} ne peut pas enregistrer de fait sur ${subject.name}, qui n'appartient pas à sa région.`,
    );
  }
  if (scope === 'own' && subject.id !== author.id) {
    return reject.forbidden(
      'autre-cci',
      `Seule ${subject.name} peut déclarer ses propres valeurs ; ${author.name} ne peut pas le faire à sa place.`,
    );
  }
  return null;
}
