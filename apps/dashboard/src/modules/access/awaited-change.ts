import type { Role } from '@cci/domain';

import type { MachineKeysView, PeopleView } from '../../api/read-api-types.js';

/**
 * A change the ingest API has recorded reaches the lists once the regional projector has applied it,
 * usually within a few hundred milliseconds, and no live notice names the directory: a page that made
 * a change reads its list again until the list shows it (or gives up after `timeoutMs`, saying so).
 */
export async function awaitListed<T>(
  read: () => Promise<T>,
  shows: (list: T) => boolean,
  { intervalMs = 200, timeoutMs = 10_000 }: { intervalMs?: number; timeoutMs?: number } = {},
): Promise<{ list: T; shown: boolean }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const list = await read();
    if (shows(list)) return { list, shown: true };
    if (Date.now() >= deadline) return { list, shown: false };
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

const sameRoles = (a: readonly Role[], b: readonly Role[]) =>
  a.length === b.length && a.every((role) => b.includes(role));

/** The person as the ingest API answered: active with these roles, or removed. */
export function showsPerson(person: {
  personId: string;
  status: 'active' | 'removed';
  roles: readonly Role[];
}): (view: PeopleView) => boolean {
  return (view) =>
    view.people.some(
      (p) =>
        p.personId === person.personId &&
        p.status === person.status &&
        (person.status === 'removed' || sameRoles(p.roles, person.roles)),
    );
}

/** The key as the ingest API answered: listed, and revoked or not. */
export function showsMachineKey(key: {
  keyId: string;
  revoked: boolean;
}): (view: MachineKeysView) => boolean {
  return (view) => view.machineKeys.some((k) => k.keyId === key.keyId && k.revoked === key.revoked);
}
