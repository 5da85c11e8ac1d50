import type { CciDirectory, Role } from '@cci/domain';

import type { Recipient } from './notice.js';

/**
 * The active persons of a CCI who hold a role, from the directory read model, in a stable order. This
 * is where a person's preferences (which kinds, immediate or digest) will filter, as one more input.
 */
export function recipientsOf(directories: readonly CciDirectory[], cciId: string, role: Role): Recipient[] {
  const directory = directories.find((d) => d.cciId === cciId);
  if (!directory) return [];
  return Object.values(directory.people)
    .filter((person) => person.status === 'active' && person.roles.includes(role))
    .map(({ personId, cciId: own, name, email }) => ({ personId, cciId: own, name, email }))
    .sort((a, b) => a.personId.localeCompare(b.personId));
}
