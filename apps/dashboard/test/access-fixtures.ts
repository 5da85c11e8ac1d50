import type { MeView } from '../src/api/read-api-types.js';
import type { DirectoryPerson } from '../src/modules/access/access-labels.js';

/** An administrator signed in, and a person of a CCI's directory, for the people and keys pages' logic. */
export function administrator(
  cci: MeView['cci'],
  roles: MeView['roles'] = ['lecture', 'administration'],
): MeView {
  return {
    cci,
    role: cci.kind,
    person: 'Isabelle Rousseau',
    roles,
    agent: { kind: 'person', id: '6f1c2b0e-8d5a-4c3b-9e7f-0a1b2c3d4e5f', name: 'Isabelle Rousseau' },
    permissions: {
      regions: cci.regionId ? [cci.regionId] : 'all',
      national: cci.kind === 'national',
      monitoring: false,
      operate: false,
      manageAccess: roles.includes('administration'),
      entrySheet: null,
      review: [],
    },
  };
}

export const person = (overrides: Partial<DirectoryPerson>): DirectoryPerson => ({
  personId: '0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70',
  email: 'julien.moreau@mayenne.cci.example',
  name: 'Julien Moreau',
  roles: ['saisie'],
  status: 'active',
  invited: { at: '2026-03-12T09:04:00.000Z', by: 'Isabelle Rousseau' },
  lastChange: { at: '2026-03-12T09:04:00.000Z', by: 'Isabelle Rousseau' },
  ...overrides,
});
