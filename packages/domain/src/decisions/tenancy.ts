import type { Cci } from '../reference/reference-data.js';
import { reject, type Rejection } from './rejection.js';
import type { DecisionContext, Role } from './writer.js';

/**
 * Who may record what:
 * - a territorial CCI records facts about itself only;
 * - a regional CCI records regional-level facts (targets, regional decisions, actions, the review of
 *   its CCIs' declarations, its campaigns, its annual report) about itself and the territorial CCIs
 *   of its region, and nothing about another region;
 * - CCI France consolidates and records nothing about a CCI.
 *
 * "own" facts (declarations, drafts, corrections) are recorded by the CCI concerned only, whatever its
 * kind, with the role `saisie`; "regional" facts by the CCI concerned or its regional CCI, with
 * `saisie`; "regional-only" facts (targets, the COM's signature, validations, campaigns, the annual
 * report) by the regional CCI alone, with `validation`.
 */
export type FactScope = 'own' | 'regional' | 'regional-only';

const ROLE_OF_SCOPE: Record<FactScope, Role> = {
  own: 'saisie',
  regional: 'saisie',
  'regional-only': 'validation',
};

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
    return missingRole(context, author, scope);
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
  return missingRole(context, author, scope);
}

function missingRole(context: DecisionContext, author: Cci, scope: FactScope): Rejection | null {
  const role = ROLE_OF_SCOPE[scope];
  if (context.writer.roles.includes(role)) return null;
  const who = context.writer.person ?? 'Cet accès';
  return reject.forbidden(
    'role-manquant',
    `${who} n'a pas le rôle « ${role} » pour ${author.name}, qu'il faut pour enregistrer ce fait.`,
  );
}
