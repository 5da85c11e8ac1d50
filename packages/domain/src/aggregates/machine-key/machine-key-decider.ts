import { orderedRoles, type AccessCommandOfType } from '../../decisions/access-commands.js';
import { accepted, draft, rejected, type Decision } from '../../decisions/decision.js';
import { reject } from '../../decisions/rejection.js';
import { mayRecordAbout } from '../../decisions/tenancy.js';
import { rolesOfCciKind, type DecisionContext } from '../../decisions/writer.js';
import type { Decider } from '../decider.js';
import {
  evolveMachineKey,
  initialMachineKeyState,
  type MachineKeyEvent,
  type MachineKeyState,
} from './machine-key.js';

export type MachineKeyCommand = AccessCommandOfType<'IssueMachineKey' | 'RevokeMachineKey'>;

function decideIssueMachineKey(
  command: AccessCommandOfType<'IssueMachineKey'>,
  state: MachineKeyState,
  context: DecisionContext,
): Decision {
  const cci = context.reference.cci(command.cciId);
  if (!cci)
    return rejected(reject.notFound('cci-inconnue', `La CCI « ${command.cciId} » est inconnue.`, 'cciId'));
  const forbidden = mayRecordAbout(context, cci, command.type);
  if (forbidden) return rejected(forbidden);
  if (command.roles.includes('administration'))
    return rejected(
      reject.invalid(
        'administration-reservee',
        "Une clé d'accès ne peut pas avoir le rôle « administration » : les personnes et les clés sont gérées par des personnes.",
        'roles',
      ),
    );
  const allowed = rolesOfCciKind(cci.kind);
  const outside = command.roles.filter((r) => !allowed.includes(r));
  if (outside.length > 0)
    return rejected(
      reject.invalid(
        'role-hors-perimetre',
        `Une clé de ${cci.name} ne peut pas avoir le rôle ${outside.map((r) => `« ${r} »`).join(', ')} (rôles possibles : ${allowed.filter((r) => r !== 'administration').join(', ')}).`,
        'roles',
      ),
    );
  if (state.version > 0)
    return rejected({
      kind: 'conflict',
      code: 'cle-existante',
      message: 'Une clé porte déjà cet identifiant : recommencez.',
    });
  return accepted(
    draft('MachineKeyIssued', 1, context.now.toISOString(), {
      keyId: command.keyId,
      cciId: cci.id,
      label: command.label,
      roles: orderedRoles(command.roles),
      secretHash: command.secretHash,
    }),
  );
}

function decideRevokeMachineKey(
  command: AccessCommandOfType<'RevokeMachineKey'>,
  state: MachineKeyState,
  context: DecisionContext,
): Decision {
  const cci = state.cciId === null ? undefined : context.reference.cci(state.cciId);
  if (!cci)
    return rejected(reject.notFound('cle-inconnue', "Aucune clé d'accès ne porte cet identifiant.", 'keyId'));
  const forbidden = mayRecordAbout(context, cci, command.type);
  if (forbidden) return rejected(forbidden);
  if (state.revoked) return accepted();
  return accepted(
    draft('MachineKeyRevoked', state.version + 1, context.now.toISOString(), {
      keyId: command.keyId,
      cciId: cci.id,
    }),
  );
}

export const machineKeyDecider: Decider<MachineKeyState, MachineKeyCommand, MachineKeyEvent> = {
  initialState: initialMachineKeyState,
  evolve: evolveMachineKey,
  decide(command, state, context) {
    switch (command.type) {
      case 'IssueMachineKey':
        return decideIssueMachineKey(command, state, context);
      case 'RevokeMachineKey':
        return decideRevokeMachineKey(command, state, context);
    }
  },
};
