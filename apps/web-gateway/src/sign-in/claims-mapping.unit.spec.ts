import { describe, expect, it } from '@jest/globals';

import { identityFromClaims } from './claims-mapping.js';

const KEYCLOAK = { subject: 'sub', email: 'email', emailVerified: 'email_verified', name: 'name' };

describe('reading who signed in from the ID token', () => {
  it('reads the configured claims, the address in lower case', () => {
    expect(
      identityFromClaims(
        {
          sub: 'abc',
          email: ' Julien.Moreau@Mayenne.cci.example',
          email_verified: true,
          name: 'Julien Moreau',
        },
        KEYCLOAK,
      ),
    ).toEqual({
      ok: true,
      identity: { subject: 'abc', email: 'julien.moreau@mayenne.cci.example', name: 'Julien Moreau' },
    });
  });

  it('follows another provider’s claim names, and names the person by the address when no name is given', () => {
    const entra = { subject: 'oid', email: 'preferred_username', emailVerified: null, name: 'display' };
    expect(identityFromClaims({ oid: 'x-1', preferred_username: 'a.b@cci.example' }, entra)).toEqual({
      ok: true,
      identity: { subject: 'x-1', email: 'a.b@cci.example', name: 'a.b@cci.example' },
    });
  });

  it('refuses an address the provider did not verify, naming it', () => {
    const reading = identityFromClaims(
      { sub: 'abc', email: 'x@cci.example', email_verified: false, name: 'X' },
      KEYCLOAK,
    );
    expect(reading).toMatchObject({ ok: false, reason: 'unverified-email' });
    expect(!reading.ok && reading.message).toContain("n'a pas vérifié l'adresse x@cci.example");
  });

  it('refuses a token without the address, naming the claim the configuration expects', () => {
    const reading = identityFromClaims({ sub: 'abc', email_verified: true }, KEYCLOAK);
    expect(reading).toMatchObject({ ok: false, reason: 'incomplete' });
    expect(!reading.ok && reading.message).toContain('« email »');
  });
});
