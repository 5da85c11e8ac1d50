import { describe, expect, it } from '@jest/globals';

import { pendingSignInFrom, safeReturnAddress } from './pending-sign-in.js';

describe('the return address after sign-in', () => {
  it.each(['/', '/regions/normandie?au=2026-03-31', '/supervision#projecteurs'])(
    'keeps a path of the dashboard: %s',
    (path) => {
      expect(safeReturnAddress(path)).toBe(path);
    },
  );

  it.each([
    'https://evil.example/',
    '//evil.example/',
    '/\\evil.example',
    'javascript:alert(1)',
    'regions/normandie',
    '/a\nb',
    undefined,
    ['/'],
    `/${'a'.repeat(2000)}`,
  ])('sends anything else to the home page: %p', (requested) => {
    expect(safeReturnAddress(requested)).toBe('/');
  });
});

describe('the pending sign-in cookie', () => {
  const pending = { codeVerifier: 'v'.repeat(43), state: 's', nonce: 'n', returnTo: '/' };

  it('reads back what was written', () => {
    expect(pendingSignInFrom(JSON.stringify(pending))).toEqual(pending);
  });

  it.each([undefined, false, 'pas du JSON', JSON.stringify({ ...pending, codeVerifier: 'court' })])(
    'reads nothing from a missing, forged or damaged value: %p',
    (value) => {
      expect(pendingSignInFrom(value)).toBeNull();
    },
  );
});
