import { relationToCci } from '../../access/access-policy.js';
import { orderedRoles, sameRoles, type AccessCommandOfType } from '../../decisions/access-commands.js';
import { accepted, draft, rejected, type Decision } from '../../decisions/decision.js';
import { reject, type Rejection } from '../../decisions/rejection.js';
import { mayRecordAbout } from '../../decisions/tenancy.js';
import { agentName, rolesOfCciKind, type DecisionContext, type Role } from '../../decisions/writer.js';
import type { Cci } from '../../reference/reference-data.js';
import type { Decider } from '../decider.js';
import {
  deliveryOf,
  NOTICE_KIND_LABELS,
  NOTICE_ROLE,
  noticeKindsFor,
  type NoticeKind,
  type NoticePreferences,
} from './notice-preferences.js';
import { evolvePerson, initialPersonState, type PersonEvent, type PersonState } from './person.js';

export type PersonCommand = AccessCommandOfType<
  'InvitePerson' | 'ChangePersonRoles' | 'RemovePerson' | 'ChangeNoticePreferences'
>;

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
  command: AccessCommandOfType<'ChangePersonRoles' | 'RemovePerson' | 'ChangeNoticePreferences'>,
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

/**
 * A person's choice of how each kind of notice reaches them: theirs alone, signed in or through a
 * message's unsubscribe link (which the ingest API records with them as its author). The event holds
 * the whole choice, every kind of their roles spelt out, so that a reader needs no earlier event.
 */
function decideChangeNoticePreferences(
  command: AccessCommandOfType<'ChangeNoticePreferences'>,
  state: PersonState,
  context: DecisionContext,
): Decision {
  // Before anything about the person is said: nobody learns from a refusal whether someone else exists.
  if (!isSelf(context, command.personId))
    return rejected(
      reject.forbidden(
        'choix-personnel',
        `Chaque personne choisit elle-même ses notifications : ${agentName(context.writer.agent)} ne peut pas changer celles d'une autre personne.`,
      ),
    );
  const found = existingPerson(command, state, context);
  if ('rejection' in found) return rejected(found.rejection);
  if (state.status === 'removed')
    return rejected(
      reject.notFound(
        'personne-retiree',
        `${state.name ?? 'Cette personne'} a été retirée de l'annuaire : elle ne reçoit plus de notification.`,
        'personId',
      ),
    );
  const forbidden = mayRecordAbout(context, found.cci, command.type);
  if (forbidden) return rejected(forbidden);
  const kinds = noticeKindsFor(state.roles);
  const outside = (Object.keys(command.preferences) as NoticeKind[]).filter((k) => !kinds.includes(k));
  if (outside.length > 0)
    return rejected(
      reject.invalid(
        'notification-hors-roles',
        outside
          .map(
            (kind) =>
              `${state.name ?? 'Cette personne'} ne reçoit pas « ${NOTICE_KIND_LABELS[kind]} », qui va aux personnes qui ont le rôle « ${NOTICE_ROLE[kind]} ».`,
          )
          .join(' '),
        'preferences',
      ),
    );
  const preferences: NoticePreferences = {};
  for (const kind of kinds) preferences[kind] = command.preferences[kind] ?? deliveryOf(state.notices, kind);
  if (kinds.every((kind) => preferences[kind] === deliveryOf(state.notices, kind))) return accepted();
  return accepted(
    draft('NoticePreferencesChanged', state.version + 1, context.now.toISOString(), {
      personId: command.personId,
      cciId: found.cci.id,
      email: command.email,
      preferences,
      via: command.via,
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
      case 'ChangeNoticePreferences':
        return decideChangeNoticePreferences(command, state, context);
    }
  },
};
