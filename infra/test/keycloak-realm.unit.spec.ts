import { describe, expect, it } from '@jest/globals';
import { referenceData } from '@cci/domain';

import { demoAccounts, personRoles, realm } from './keycloak-files.js';

const ccis = new Map(referenceData.ccis.map((cci) => [cci.id, cci]));

describe('the demo accounts (infra/keycloak/demo-accounts.json)', () => {
  it('are the people of the realm file, each able to sign in with the password listed', () => {
    const realmPeople = realm.users.map((user) => ({
      username: user.username,
      email: user.email,
      firstName: user.firstName,
      lastName: user.lastName,
      passwords: user.credentials.filter((c) => c.type === 'password' && !c.temporary).map((c) => c.value),
      ready: user.enabled && user.emailVerified && (user.requiredActions ?? []).length === 0,
    }));
    expect(realmPeople).toEqual(
      demoAccounts.map((account) => ({
        username: account.username,
        email: account.email,
        firstName: account.firstName,
        lastName: account.lastName,
        passwords: [account.password],
        ready: true,
      })),
    );
  });

  it('name CCIs of the reference data and roles the product knows', () => {
    const known: readonly string[] = personRoles;
    expect(
      demoAccounts.map(({ username, cciId, roles }) => ({
        username,
        cciKnown: ccis.has(cciId),
        hasRole: roles.length > 0,
        unknownRoles: roles.filter((role) => !known.includes(role)),
      })),
    ).toEqual(
      demoAccounts.map(({ username }) => ({
        username,
        cciKnown: true,
        hasRole: true,
        unknownRoles: [],
      })),
    );
  });

  it('cover every role and every level of CCI, with distinct names, addresses and passwords', () => {
    expect(new Set(demoAccounts.flatMap((account) => account.roles))).toEqual(new Set(personRoles));
    expect(new Set(demoAccounts.map((account) => ccis.get(account.cciId)?.kind))).toEqual(
      new Set(['territorial', 'regional', 'national']),
    );
    for (const key of ['username', 'email', 'password'] as const) {
      expect(new Set(demoAccounts.map((account) => account[key])).size).toBe(demoAccounts.length);
    }
  });

  it('use addresses of the reserved .example domain, which no one can receive mail at', () => {
    expect(demoAccounts.filter((account) => !/^[a-z.-]+@[a-z.-]+\.example$/.test(account.email))).toEqual([]);
  });
});
