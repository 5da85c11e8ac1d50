import type { Role } from '../../decisions/writer.js';
import type { EventOfType } from '../../events/envelope.js';

export type MachineKeyEvent = EventOfType<'MachineKeyIssued' | 'MachineKeyRevoked'>;

/**
 * A machine key a CCI's administrators issued for one of its tools (`machine-key:<keyId>`): its CCI,
 * label, the roles it is limited to and the hash of its secret, until it is revoked. Rotating a key is
 * issuing a new one, then revoking the old one.
 */
export type MachineKeyState = {
  kind: 'machine-key';
  version: number;
  cciId: string | null;
  label: string;
  roles: Role[];
  secretHash: string | null;
  revoked: boolean;
};

export function initialMachineKeyState(): MachineKeyState {
  return {
    kind: 'machine-key',
    version: 0,
    cciId: null,
    label: '',
    roles: [],
    secretHash: null,
    revoked: false,
  };
}

export function evolveMachineKey(state: MachineKeyState, event: MachineKeyEvent): MachineKeyState {
  const moved = { ...state, version: event.aggregateVersion };
  switch (event.type) {
    case 'MachineKeyIssued': {
      const { cciId, label, roles, secretHash } = event.payload;
      return { ...moved, cciId, label, roles, secretHash, revoked: false };
    }
    case 'MachineKeyRevoked':
      return { ...moved, revoked: true };
  }
}
