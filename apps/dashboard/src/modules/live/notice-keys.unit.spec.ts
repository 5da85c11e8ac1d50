import { describe, expect, it } from '@jest/globals';
import { QueryClient } from '@tanstack/react-query';

import { readModelKeys } from '../../api/read-model-keys.js';
import { KEYS_NOTICES_COVER, keysNamedBy } from './notice-keys.js';

/** A cache holding one of each read, all fresh, as after a tour of the pages. */
function visitedPages(): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  const keys = [
    readModelKeys.me(),
    readModelKeys.reference(),
    readModelKeys.regionalView('normandie', null),
    readModelKeys.regionalView('normandie', '2017-12-31'),
    readModelKeys.auditTrail('normandie', {
      kind: 'cell',
      macroProcessId: 'si-gouvernance',
      cciId: 'cci-rouen-metropole',
    }),
    readModelKeys.auditTrail('normandie', {
      kind: 'indicator',
      indicatorId: 'premier-niveau-information',
      cciId: null,
    }),
    readModelKeys.regionalView('pays-de-la-loire', null),
    readModelKeys.nationalView(null),
    readModelKeys.monitoring(),
  ];
  for (const key of keys) client.setQueryData(key, { lu: true });
  return client;
}

/** A key's part as text: an audit subject's values joined by colons. */
const keyPart = (part: unknown): string =>
  typeof part === 'object' && part !== null ? Object.values(part).join(':') : String(part);

async function staleAfter(keys: readonly (readonly unknown[])[]): Promise<string[]> {
  const client = visitedPages();
  for (const queryKey of keys) await client.invalidateQueries({ queryKey, refetchType: 'none' });
  return client
    .getQueryCache()
    .getAll()
    .filter((query) => query.isStale())
    .map((query) => query.queryKey.map(keyPart).join('/'));
}

describe('what a live notice makes stale', () => {
  it("a regional notice: the named regions' views, as of any day, and their audit trails, nothing else", async () => {
    const notice = { projector: 'regional', regionIds: ['normandie'], at: '2026-11-24T10:00:00Z' };
    expect(await staleAfter(keysNamedBy(notice))).toEqual([
      'regional/normandie/view/null',
      'regional/normandie/view/2017-12-31',
      'regional/normandie/audit/cell:si-gouvernance:cci-rouen-metropole',
      'regional/normandie/audit/indicator:premier-niveau-information:',
    ]);
  });

  it('a national notice: the national view, as of any day', async () => {
    const notice = { projector: 'national', regionIds: ['normandie'], at: '2026-11-24T10:00:00Z' };
    expect(await staleAfter(keysNamedBy(notice))).toEqual(['national/view/null']);
  });

  it("an unknown projector's notice: nothing", async () => {
    const notice = { projector: 'autre', regionIds: ['normandie'], at: '2026-11-24T10:00:00Z' };
    expect(await staleAfter(keysNamedBy(notice))).toEqual([]);
  });

  it('a reconnection: every read a notice could have named, but not who the CCI is nor the reference', async () => {
    expect(await staleAfter(KEYS_NOTICES_COVER)).toEqual([
      'regional/normandie/view/null',
      'regional/normandie/view/2017-12-31',
      'regional/normandie/audit/cell:si-gouvernance:cci-rouen-metropole',
      'regional/normandie/audit/indicator:premier-niveau-information:',
      'regional/pays-de-la-loire/view/null',
      'national/view/null',
    ]);
  });
});
