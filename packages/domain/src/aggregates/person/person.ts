import type { Role } from '../../decisions/writer.js';
import type { EventOfType } from '../../events/envelope.js';

export type PersonEvent = EventOfType<'PersonInvited' | 'PersonRolesChanged' | 'PersonRemoved'>;

/**
 * The person an e-mail address names (`person:<address>`), network-wide: invited into a CCI with
 * roles, roles changed, removed. An address names one person at a time; a person removed may be
 * invited again, into the same CCI or another, and keeps the id given at the first invitation.
 */
export type PersonState = {
  kind: 'person';
  version: number;
  status: 'none' | 'active' | 'removed';
  personId: string | null;
  cciId: string | null;
  email: string | null;
  name: string | null;
  roles: Role[];
};

export function initialPersonState(): PersonState {
  return {
    kind: 'person',
    version: 0,
    status: 'none',
    personId: null,
    cciId: null,
    email: null,
    name: null,
    roles: [],
  };
}

export function evolvePerson(state: PersonState, event: PersonEvent): PersonState {
  const moved = { ...state, version: event.aggregateVersion };
  switch (event.type) {
    case 'PersonInvited': {
      const { personId, cciId, email, name, roles } = event.payload;
      return { ...moved, status: 'active', personId, cciId, email, name, roles };
    }
    case 'PersonRolesChanged':
      return { ...moved, roles: event.payload.roles };
    case 'PersonRemoved':
      return { ...moved, status: 'removed' };
  }
}
