import type { Role } from '../../decisions/writer.js';
import type { EventOfType } from '../../events/envelope.js';
import type { NoticePreferences } from './notice-preferences.js';

export type PersonEvent = EventOfType<
  'PersonInvited' | 'PersonRolesChanged' | 'PersonRemoved' | 'NoticePreferencesChanged'
>;

/**
 * The person an e-mail address names (`person:<address>`), network-wide: invited into a CCI with
 * roles, roles changed, removed. An address names one person at a time; a person removed may be
 * invited again, into the same CCI or another, and keeps the id given at the first invitation. They
 * choose how each kind of notice reaches them (`notices`); an invitation starts from none chosen.
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
  notices: NoticePreferences;
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
    notices: {},
  };
}

export function evolvePerson(state: PersonState, event: PersonEvent): PersonState {
  const moved = { ...state, version: event.aggregateVersion };
  switch (event.type) {
    case 'PersonInvited': {
      const { personId, cciId, email, name, roles } = event.payload;
      return { ...moved, status: 'active', personId, cciId, email, name, roles, notices: {} };
    }
    case 'PersonRolesChanged':
      return { ...moved, roles: event.payload.roles };
    case 'PersonRemoved':
      return { ...moved, status: 'removed' };
    case 'NoticePreferencesChanged':
      return { ...moved, notices: event.payload.preferences };
  }
}
