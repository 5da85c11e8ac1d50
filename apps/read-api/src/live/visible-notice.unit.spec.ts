import { describe, expect, it } from '@jest/globals';
import { referenceData as reference } from '@cci/domain';
import { fileKeyCaller } from '@cci/http-api';

import { permissionsOf } from '../access/read-access.js';
import { visibleNotice } from './visible-notice.js';

const permissions = (cciId: string) =>
  permissionsOf(
    fileKeyCaller({ credentialId: `key-${cciId}`, cciId, role: reference.cci(cciId)!.kind, label: 'outil' }),
    reference,
  );
const at = '2026-11-23T14:20:00.000Z';

/** One regional flush: Rouen's draft, Normandie's campaign and COM, an action of Pays de la Loire. */
const regionalFlush = {
  projector: 'regional',
  at,
  documents: [
    {
      projection: 'declaration-drafts',
      id: 'declaration-drafts:cci-rouen-metropole:2026-T3',
      regionId: null,
    },
    { projection: 'campaign-progress', id: 'campaign-progress:normandie:2026-T3', regionId: 'normandie' },
    {
      projection: 'com-progress',
      id: 'com-progress:normandie:premier-niveau-information',
      regionId: 'normandie',
    },
    { projection: 'action-progress', id: 'action-progress:pays-de-la-loire', regionId: 'pays-de-la-loire' },
  ],
};

describe('what a live notice tells each caller', () => {
  it('names the read models and regions the caller may read, its own drafts included', () => {
    expect(visibleNotice(regionalFlush, permissions('cci-rouen-metropole'))).toEqual({
      projector: 'regional',
      regionIds: ['normandie'],
      models: ['campaign-progress', 'com-progress', 'declaration-drafts'],
      documents: [
        { model: 'declaration-drafts', id: 'declaration-drafts:cci-rouen-metropole:2026-T3' },
        { model: 'campaign-progress', id: 'campaign-progress:normandie:2026-T3' },
        { model: 'com-progress', id: 'com-progress:normandie:premier-niveau-information' },
      ],
      at,
    });
  });

  it('keeps a CCI’s drafts from everyone else, CCI France included', () => {
    expect(visibleNotice(regionalFlush, permissions('cci-caen-normandie'))?.models).toEqual([
      'campaign-progress',
      'com-progress',
    ]);
    expect(visibleNotice(regionalFlush, permissions('cci-france'))).toEqual({
      projector: 'regional',
      regionIds: ['normandie', 'pays-de-la-loire'],
      models: ['action-progress', 'campaign-progress', 'com-progress'],
      documents: [
        { model: 'campaign-progress', id: 'campaign-progress:normandie:2026-T3' },
        { model: 'com-progress', id: 'com-progress:normandie:premier-niveau-information' },
        { model: 'action-progress', id: 'action-progress:pays-de-la-loire' },
      ],
      at,
    });
    const draftOnly = { ...regionalFlush, documents: regionalFlush.documents.slice(0, 1) };
    expect(visibleNotice(draftOnly, permissions('cci-normandie'))).toBeNull();
    expect(visibleNotice(draftOnly, permissions('cci-rouen-metropole'))).toMatchObject({
      regionIds: [],
      models: ['declaration-drafts'],
    });
  });

  it('tells only CCI France of the national consolidation', () => {
    const national = {
      projector: 'national',
      at,
      documents: [
        { projection: 'national-region-summary', id: 'national-region:normandie', regionId: 'normandie' },
      ],
    };
    expect(visibleNotice(national, permissions('cci-normandie'))).toBeNull();
    expect(visibleNotice(national, permissions('cci-france'))?.models).toEqual(['national-region-summary']);
  });
});
