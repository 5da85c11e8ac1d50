import { describe, expect, it } from '@jest/globals';
import { QueryClient } from '@tanstack/react-query';

import { readModelKeys } from '../../api/read-model-keys.js';
import type { ModelChangedNotice } from './server-sent-events.js';
import { indicatorsChangedIn, isNamedBy, KEYS_NOTICES_COVER } from './notice-keys.js';

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
    readModelKeys.campaignList('normandie'),
    readModelKeys.campaignReview('normandie', '2026-T3'),
    readModelKeys.annualReports('normandie'),
    readModelKeys.entrySheet('normandie', 'cci-rouen-metropole', '2026-T3'),
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

async function staleAfterNotice(notice: ModelChangedNotice): Promise<string[]> {
  const client = visitedPages();
  await client.invalidateQueries({
    predicate: (query) => isNamedBy(notice, query.queryKey),
    refetchType: 'none',
  });
  return staleKeys(client);
}

function staleKeys(client: QueryClient): string[] {
  return client
    .getQueryCache()
    .getAll()
    .filter((query) => query.isStale())
    .map((query) => query.queryKey.map(keyPart).join('/'));
}

const regional = (models: string[] | null, regionIds = ['normandie']): ModelChangedNotice => ({
  projector: 'regional',
  regionIds,
  models,
  documents: null,
  at: '2026-11-24T10:00:00Z',
});

/** A regional notice naming these documents (read model, id). */
const naming = (...documents: [string, string][]): ModelChangedNotice => ({
  ...regional([...new Set(documents.map(([model]) => model))]),
  documents: documents.map(([model, id]) => ({ model, id })),
});
const figure: [string, string] = ['com-progress', 'com-progress:normandie:premier-niveau-information'];

describe('what a live notice makes stale', () => {
  it("a figure reported: the region's views as of any day, its indicators' histories and its campaigns, not its annual reports", async () => {
    expect(await staleAfterNotice(regional(['campaign-progress', 'com-progress']))).toEqual([
      'regional/normandie/view/null/null/null',
      'regional/normandie/view/2017-12-31/null/null',
      'regional/normandie/audit/indicator:premier-niveau-information:',
      'regional/normandie/campaigns',
      'regional/normandie/campaigns/2026-T3',
      'regional/normandie/entry-sheet/cci-rouen-metropole/2026-T3',
    ]);
  });

  it('a draft saved: the entry sheet alone, not the regional view', async () => {
    expect(await staleAfterNotice(regional(['declaration-drafts']))).toEqual([
      'regional/normandie/entry-sheet/cci-rouen-metropole/2026-T3',
    ]);
  });

  it("a mode changed: the region's views and the cells' histories, not its campaigns", async () => {
    expect(await staleAfterNotice(regional(['regional-srom-matrix']))).toEqual([
      'regional/normandie/view/null/null/null',
      'regional/normandie/view/2017-12-31/null/null',
      'regional/normandie/audit/cell:si-gouvernance:cci-rouen-metropole',
    ]);
  });

  it('an annual report presented: the annual reports alone', async () => {
    expect(await staleAfterNotice(regional(['annual-report']))).toEqual([
      'regional/normandie/annual-reports',
    ]);
  });

  it('a model no read is made of (the directory): nothing', async () => {
    expect(await staleAfterNotice(regional(['directory']))).toEqual([]);
  });

  it('a notice that names no model: every read of the named regions, as before the notices named them', async () => {
    expect(await staleAfterNotice(regional(null, ['pays-de-la-loire']))).toEqual([
      'regional/pays-de-la-loire/view/null/null/null',
    ]);
  });

  it('a national notice: the national view, as of any day', async () => {
    const notice = { ...regional(['national-region-summary']), projector: 'national' };
    expect(await staleAfterNotice(notice)).toEqual(['national/view/null']);
  });

  it("an unknown projector's notice: nothing", async () => {
    expect(await staleAfterNotice({ ...regional(null), projector: 'autre' })).toEqual([]);
  });

  it('a reconnection: every read a notice could have named, but not who the CCI is nor the reference', async () => {
    const client = visitedPages();
    for (const queryKey of KEYS_NOTICES_COVER)
      await client.invalidateQueries({ queryKey, refetchType: 'none' });
    expect(staleKeys(client)).toEqual([
      'regional/normandie/view/null/null/null',
      'regional/normandie/view/2017-12-31/null/null',
      'regional/normandie/audit/cell:si-gouvernance:cci-rouen-metropole',
      'regional/normandie/audit/indicator:premier-niveau-information:',
      'regional/normandie/campaigns',
      'regional/normandie/campaigns/2026-T3',
      'regional/normandie/annual-reports',
      'regional/normandie/entry-sheet/cci-rouen-metropole/2026-T3',
      'regional/pays-de-la-loire/view/null/null/null',
      'national/view/null',
    ]);
  });
});

describe('what a live regional view reads again of a notice', () => {
  const live = readModelKeys.regionalView('normandie', null);

  it('the indicators alone, when they are all the notice changed of the view', () => {
    const notice = naming(
      figure,
      ['com-progress', 'com-progress:normandie:satisfaction-entreprises'],
      ['campaign-progress', 'campaign-progress:normandie:2026-T3'],
    );
    expect(indicatorsChangedIn(notice, live)).toEqual([
      'premier-niveau-information',
      'satisfaction-entreprises',
    ]);
    expect(
      indicatorsChangedIn(notice, readModelKeys.regionalView('normandie', null, { comId: 'com-x' })),
    ).toEqual(['premier-niveau-information', 'satisfaction-entreprises']);
  });

  it('the whole view when another part changed, when the notice names no documents, or for a past date', () => {
    expect(
      indicatorsChangedIn(naming(figure, ['regional-srom-matrix', 'srom-matrix:normandie']), live),
    ).toBeNull();
    expect(indicatorsChangedIn(regional(['com-progress']), live)).toBeNull();
    const reported = naming(figure);
    expect(indicatorsChangedIn(reported, readModelKeys.regionalView('normandie', '2017-12-31'))).toBeNull();
    expect(indicatorsChangedIn(reported, readModelKeys.campaignList('normandie'))).toBeNull();
    expect(indicatorsChangedIn({ ...reported, projector: 'national' }, live)).toBeNull();
  });
});
