import { describe, expect, it } from '@jest/globals';

import { sameToken, unsafeRequestRefusal } from './csrf.js';

const expected = { origin: 'http://127.0.0.1:5173', csrfToken: 'jeton-de-la-session' };
const good = { method: 'POST', origin: expected.origin, csrfToken: expected.csrfToken };

describe('the checks of an unsafe request', () => {
  it('lets a request of the dashboard through', () => {
    expect(unsafeRequestRefusal(good, expected)).toBeNull();
  });

  it.each(['GET', 'HEAD', 'OPTIONS'])('asks nothing of a %s', (method) => {
    expect(unsafeRequestRefusal({ method, origin: undefined, csrfToken: undefined }, expected)).toBeNull();
  });

  it.each([
    ['another site', 'https://evil.example'],
    ['a sibling port', 'http://127.0.0.1:5174'],
    ['no origin at all', undefined],
  ])('refuses %s as the origin, in French', (_case, origin) => {
    expect(unsafeRequestRefusal({ ...good, origin }, expected)).toMatchObject({
      status: 403,
      code: 'origine-refusee',
    });
  });

  it.each([
    ['absent', undefined],
    ['forged', 'jeton-invente'],
    ['a prefix of the real one', 'jeton-de-la'],
  ])('refuses a CSRF token %s', (_case, csrfToken) => {
    const refusal = unsafeRequestRefusal({ ...good, csrfToken }, expected);
    expect(refusal).toMatchObject({ status: 403, code: 'jeton-csrf-invalide' });
    expect(refusal?.detail).toContain('X-CSRF-Token');
  });

  it('checks only the origin when there is no session to hold a token (signing out of an ended one)', () => {
    expect(
      unsafeRequestRefusal({ ...good, csrfToken: undefined }, { ...expected, csrfToken: null }),
    ).toBeNull();
  });

  it('compares tokens of different lengths without throwing', () => {
    expect(sameToken('a', 'a'.repeat(64))).toBe(false);
    expect(sameToken('abc', 'abc')).toBe(true);
  });
});
