import { describe, expect, it } from '@jest/globals';

import { retryAfterMs } from './ingest-client.js';

describe('retryAfterMs', () => {
  const now = Date.parse('2026-11-23T10:00:00Z');

  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('1', now)).toBe(1000);
    expect(retryAfterMs(' 30 ', now)).toBe(30_000);
    expect(retryAfterMs('Mon, 23 Nov 2026 10:00:05 GMT', now)).toBe(5000);
  });

  it('waits no less than nothing and no more than 5 minutes', () => {
    expect(retryAfterMs('Mon, 23 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('3600', now)).toBe(300_000);
  });

  it('has no opinion without a readable header', () => {
    expect(retryAfterMs(null, now)).toBeNull();
    expect(retryAfterMs('bientôt', now)).toBeNull();
  });
});
