import { describe, expect, it } from '@jest/globals';

import type { PeopleView } from '../../api/read-api-types.js';
import { person } from '../../../test/access-fixtures.js';
import type { DirectoryPerson } from './access-labels.js';
import { awaitListed, showsMachineKey, showsPerson } from './awaited-change.js';

describe('a change awaited in the lists', () => {
  const view = (people: DirectoryPerson[]): PeopleView => ({ cciId: 'cci-mayenne', people });

  it('reads the list again until it shows the change the API answered', async () => {
    const answers = [view([]), view([person({ roles: ['lecture'] })]), view([person({})])];
    let reads = 0;
    const result = await awaitListed(
      () => Promise.resolve(answers[Math.min(reads++, answers.length - 1)]!),
      showsPerson({ personId: person({}).personId, status: 'active', roles: ['saisie'] }),
      { intervalMs: 1 },
    );
    expect(result).toEqual({ list: view([person({})]), shown: true });
    expect(reads).toBe(3);
  });

  it('gives up after its time, saying the list does not show the change yet', async () => {
    const result = await awaitListed(
      () => Promise.resolve(view([person({})])),
      showsPerson({ personId: person({}).personId, status: 'removed', roles: [] }),
      { intervalMs: 1, timeoutMs: 20 },
    );
    expect(result.shown).toBe(false);
  });

  it('knows a key issued, then revoked', () => {
    const key = {
      keyId: '0f3a9c21b7de',
      label: 'Tableur de saisie',
      roles: ['saisie' as const],
      revoked: false,
      issued: { at: '2026-03-12T09:04:00.000Z', by: 'Isabelle Rousseau' },
      revokedAt: null,
    };
    const keys = { cciId: 'cci-mayenne', machineKeys: [key] };
    expect(showsMachineKey({ keyId: key.keyId, revoked: false })(keys)).toBe(true);
    expect(showsMachineKey({ keyId: key.keyId, revoked: true })(keys)).toBe(false);
    expect(showsMachineKey({ keyId: 'aaaaaaaaaaaa', revoked: false })(keys)).toBe(false);
  });
});
