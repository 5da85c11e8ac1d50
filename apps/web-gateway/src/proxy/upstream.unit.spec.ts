import { describe, expect, it } from '@jest/globals';

import { upstreamOf } from './upstream.js';

describe('which API a request goes to', () => {
  it.each([
    ['POST', '/v1/commands/report-indicator', 'ingest'],
    ['POST', '/v1/commands/batch', 'ingest'],
    ['GET', '/v1/schemas/events', 'ingest'],
    ['POST', '/v1/people', 'ingest'],
    ['PUT', '/v1/people/0b6c/roles', 'ingest'],
    ['DELETE', '/v1/people/0b6c', 'ingest'],
    ['POST', '/v1/machine-keys', 'ingest'],
    ['DELETE', '/v1/machine-keys/abc123', 'ingest'],
    ['GET', '/v1/people', 'read'],
    ['GET', '/v1/machine-keys', 'read'],
    ['GET', '/v1/live', 'read'],
    ['GET', '/v1/me', 'read'],
    ['POST', '/v1/monitoring/rebuilds', 'read'],
    ['GET', '/v1/commandsx', 'read'],
    ['POST', '/v1/peoplex', 'read'],
  ])('%s %s → %s', (method, path, upstream) => {
    expect(upstreamOf(method, path)).toBe(upstream);
  });
});
