import { describe, expect, it } from '@jest/globals';

import { isOpenDataRequest } from './open-data.js';

describe('the open data the gateway forwards without a session', () => {
  it('is a read of a plain file name under /v1/donnees-ouvertes/', () => {
    expect(isOpenDataRequest('GET', '/v1/donnees-ouvertes/consolidation-cop.csv')).toBe(true);
    expect(isOpenDataRequest('HEAD', '/v1/donnees-ouvertes/dictionnaire.json')).toBe(true);
  });

  it('is nothing else: no write, no other path, no way out of the folder', () => {
    expect(isOpenDataRequest('POST', '/v1/donnees-ouvertes/consolidation-cop.csv')).toBe(false);
    expect(isOpenDataRequest('GET', '/v1/donnees-ouvertes/')).toBe(false);
    expect(isOpenDataRequest('GET', '/v1/donnees-ouvertes/../national')).toBe(false);
    expect(isOpenDataRequest('GET', '/v1/donnees-ouvertes/%2e%2e/national')).toBe(false);
    expect(isOpenDataRequest('GET', '/v1/donnees-ouvertes/a/b.csv')).toBe(false);
    expect(isOpenDataRequest('GET', '/v1/national')).toBe(false);
  });
});
