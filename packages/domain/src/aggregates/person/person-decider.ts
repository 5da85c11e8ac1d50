import { relationToCci } from '../../access/access-policy.js';
import { orderedRoles, sameRoles, type AccessCommandOfType } from '../../decisions/access-commands.js';
import { accepted, draft, rejected, type Decision } from '../../decisions/decision.js';
import { reject, type Rejection } from '../../decisions/rejection.js';
import { mayRecordAbout } from '../../decisions/tenancy.js';
import { rolesOfCciKind, type DecisionContext, type Role } from '../../decisions/writer.js';
import type { Cci } from '../../reference/reference-data.js';
import type { Decider } from '../decider.js';
import { evolvePerson, initialPersonState, type PersonEvent, type PersonState } from './person.js';

export type PersonCommand = AccessCommandOfType<'InvitePerson' | 'ChangePersonRoles' | 'RemovePerson'>;

/**
 * Who may change a person of `cci`, by the policy; and, for a regional CCI's administrators acting
 * on one of its territorial CCIs, only about that CCI's administrators (the person is one, before or
 * after the change).
 */
function mayManage(
  context: DecisionContext,
  cci: Cci,
  command: PersonCommand,
  administratorBeforeOrAfter: boolean,
): Rejection | null {
  const forbidden = mayRecordAbout(context, cci, command.type);
  if (forbidden) return forbidden;
  const author = context.reference.cci(context.writer.cciId);
  if (author && relationToCci(author, cci) === 'region' && !administratorBeforeOrAfter) {
    return reject.forbidden(
      'reserve-administrateurs',
      `${author.name} ne gère, à ${cci.name}, que ses administrateurs ; ses autres personnes relèvent de ses propres administrateurs.`,
    );
  }
  return null;
}

/** The roles a person of this CCI may hold: those its kind gives (a territorial CCI neither validates nor supervises). */
function checkRoles(cci: Cci, roles: readonly Role[]): Rejection | null {
  const allowed = rolesOfCciKind(cci.kind);
  const outside = roles.filter((r) => !allowed.includes(r));
  if (outside.length === 0) return null;
  return reject.invalid(
    'role-hors-perimetre',
    `Une personne de ${cci.name} ne peut pas avoir le rôle ${outside.map((r) => `« ${r} »`).join(', ')} (rôles possibles : ${allowed.join(', ')}).`,
    'roles',
  );
}

/** A person of the directory, once the URL's id is known to name them. */
function existingPerson(
  command: AccessCommandOfType<'ChangePersonRoles' | 'RemovePerson'>,
  state: PersonState,
  context: DecisionContext,
): { cci: Cci } | { rejection: Rejection } {
  const cci = state.cciId === null ? undefined : context.reference.cci(state.cciId);
  if (state.status === 'none' || state.personId !== command.personId || !cci)
    return {
      rejection: reject.notFound(
        'personne-inconnue',
        "Cette personne n'est pas dans l'annuaire.",
        'personId',
      ),
    };
  return { cci };
}

function isSelf(context: DecisionContext, personId: string): boolean {
  return context.writer.agent.kind === 'person' && context.writer.agent.personId === personId;
}

function decideInvitePerson(
  command: AccessCommandOfType<'InvitePerson'>,
  state: PersonState,
  context: DecisionContext,
): Decision {
  const cci = context.reference.cci(command.cciId);
  if (!cci)
    return rejected(reject.notFound('cci-inconnue', `La CCI « ${command.cciId} » est inconnue.`, 'cciId'));
  const problem =
    mayManage(context, cci, command, command.roles.includes('administration')) ??
    checkRoles(cci, command.roles);
  if (problem) return rejected(problem);
  const roles = orderedRoles(command.roles);
  if (state.status === 'active') {
    if (state.cciId === cci.id && state.name === command.name && sameRoles(state.roles, roles))
      return accepted();
    const holder = state.cciId === null ? undefined : context.reference.cci(state.cciId);
    return rejected(
      state.cciId === cci.id
        ? {
            kind: 'conflict',
            code: 'personne-deja-invitee',
            message: `${state.name ?? command.email} est déjà dans l'annuaire de ${cci.name} : changez ses rôles plutôt que de l'inviter à nouveau.`,
            field: 'email',
          }
        : {
            kind: 'conflict',
            code: 'courriel-deja-utilise',
            message: `L'adresse ${command.email} est celle d'une personne de ${holder?.name ?? 'une autre CCI'} : elle doit d'abord en être retirée.`,
            field: 'email',
          },
    );
  }
  return accepted(
    draft('PersonInvited', state.version + 1, context.now.toISOString(), {
      personId: state.personId ?? command.personId,
      cciId: cci.id,
      email: command.email,
      name: command.name,
      roles,
    }),
  );
}

function decideChangePersonRoles(
  command: AccessCommandOfType<'ChangePersonRoles'>,
  state: PersonState,
  context: DecisionContext,
): Decision {
  const found = existingPerson(command, state, context);
  if ('rejection' in found) return rejected(found.rejection);
  if (state.status === 'removed')
    return rejected(
      reject.notFound(
        'personne-retiree',
        `${state.name ?? 'Cette personne'} a été retirée de l'annuaire.`,
        'personId',
      ),
    );
  const { cci } = found;
  const administrator = state.roles.includes('administration') || command.roles.includes('administration');
  const problem = mayManage(context, cci, command, administrator) ?? checkRoles(cci, command.roles);
  if (problem) return rejected(problem);
  if (isSelf(context, command.personId) && !command.roles.includes('administration'))
    return rejected(
      reject.invalid(
        'retrait-de-soi',
        'Vous ne pouvez pas vous retirer le rôle « administration » : demandez-le à un autre administrateur de votre CCI.',
        'roles',
      ),
    );
  const roles = orderedRoles(command.roles);
  if (sameRoles(state.roles, roles)) return accepted();
  return accepted(
    draft('PersonRolesChanged', state.version + 1, context.now.toISOString(), {
      personId: command.personId,
      cciId: cci.id,
      email: command.email,
      roles,
    }),
  );
}

function decideRemovePerson(
  command: AccessCommandOfType<'RemovePerson'>,
  state: PersonState,
  context: DecisionContext,
): Decision {
  const found = existingPerson(command, state, context);
  if ('rejection' in found) return rejected(found.rejection);
  const problem = mayManage(context, found.cci, command, state.roles.includes('administration'));
  if (problem) return rejected(problem);
  if (state.status === 'removed') return accepted();
  if (isSelf(context, command.personId))
    return rejected(
      reject.invalid(
        'retrait-de-soi',
        'Vous ne pouvez pas vous retirer vous-même : demandez-le à un autre administrateur de votre CCI.',
        'personId',
      ),
    );
  return accepted(
    draft('PersonRemoved', state.version + 1, context.now.toISOString(), {
      personId: command.personId,
      cciId: found.cci.id,
      email: command.email,
    }),
  );
}

export const personDecider: Decider<PersonState, PersonCommand, PersonEvent> = {
  initialState: initialPersonState,
  evolve: evolvePerson,
  decide(command, state, context) {
    switch (command.type) {
      case 'InvitePerson':
        return decideInvitePerson(command, state, context);
      case 'ChangePersonRoles':
        return decideChangePersonRoles(command, state, context);
      case 'RemovePerson':
        return decideRemovePerson(command, state, context);
    }
  },
};
