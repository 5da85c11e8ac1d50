import { ACCESS_POLICY, accessVerdict, relationToCci, type Operation } from '../access/access-policy.js';
import type { Cci } from '../reference/reference-data.js';
import { reject, type Rejection } from './rejection.js';
import { agentName, type DecisionContext } from './writer.js';

/**
 * Whether the writer may record `operation` about `subject`, by the access policy (`ACCESS_POLICY`):
 * a territorial CCI about itself only; a regional CCI about itself and the territorial CCIs of its
 * region, never another region, and never a CCI's own declarations; CCI France about no CCI; each
 * with the role the operation requires. The refusal says which rule, in French.
 */
export function mayRecordAbout(
  context: DecisionContext,
  subject: Cci,
  operation: Operation,
): Rejection | null {
  const author = context.reference.cci(context.writer.cciId);
  if (!author)
    return reject.forbidden('emetteur-inconnu', `La CCI émettrice « ${context.writer.cciId} » est inconnue.`);
  const relation = relationToCci(author, subject);
  const verdict = accessVerdict(operation, { kind: author.kind, roles: context.writer.roles }, relation);
  if (verdict.allowed) return null;
  if (verdict.reason === 'missing-role') {
    const roles = verdict.roles.map((r) => `« ${r} »`).join(' ou ');
    return reject.forbidden(
      'role-manquant',
      `${agentName(context.writer.agent)} n'a pas le rôle ${roles} pour ${author.name}, qu'il faut pour enregistrer ce fait.`,
    );
  }
  if (author.kind === 'national') {
    return reject.forbidden(
      'lecture-seule',
      `${author.name} consolide les données du réseau et n'enregistre pas de fait sur une CCI.`,
    );
  }
  if (relation === 'other-region' || relation === 'national') {
    return reject.forbidden(
      'autre-region',
      `${author.name} ne peut pas enregistrer de fait sur ${subject.name}, qui n'appartient pas à sa région.`,
    );
  }
  if (author.kind === 'territorial' && ACCESS_POLICY[operation].reach.territorial.length === 0) {
    return reject.forbidden(
      'reserve-cci-regionale',
      `Seule la CCI régionale peut enregistrer ce fait ; ${author.name} est une CCI territoriale.`,
    );
  }
  return reject.forbidden(
    'autre-cci',
    author.kind === 'territorial'
      ? `${author.name} ne peut enregistrer des faits que sur elle-même, pas sur ${subject.name}.`
      : operation === 'IssueMachineKey' || operation === 'RevokeMachineKey'
        ? `Seule ${subject.name} gère ses propres clés d'accès ; ${author.name} ne peut pas le faire à sa place.`
        : `Seule ${subject.name} peut déclarer ses propres valeurs ; ${author.name} ne peut pas le faire à sa place.`,
  );
}
