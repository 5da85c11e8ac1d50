import { describe, expect, it } from '@jest/globals';

import { DEFAULT_QUIET_HOURS } from './delivery-window.js';
import { sentBackNotices } from './sent-back-notice.js';
import { directories, paris } from './test/fixtures.js';

const people = directories({
  'cci-rouen-metropole': [
    { id: 'rouen-saisie', roles: ['saisie'] },
    { id: 'rouen-lecture', roles: ['lecture'] },
  ],
});
const settings = { quietHours: DEFAULT_QUIET_HOURS, maxAgeMs: 7 * 86_400_000 };

function sentBack(recordedAt: string) {
  return {
    recordedAt,
    aggregateVersion: 3,
    payload: {
      cciId: 'cci-rouen-metropole',
      indicatorId: 'accompagnements-individuels',
      period: '2026-T3',
      declaredVersion: 2,
      comment: 'Le chiffre double celui du T2 : merci de vérifier.',
    },
  };
}

describe('the notice of a figure sent back by the region', () => {
  it('goes to the CCI’s saisie persons at once, with the region’s comment', () => {
    const now = paris('2026-10-27T10:00', 1);
    expect(sentBackNotices(sentBack('2026-10-27T08:59:00.000Z'), people, 'normandie', now, settings)).toEqual(
      [
        {
          reasonKey: 'renvoi:cci-rouen-metropole:accompagnements-individuels:2026-T3:v3',
          recipient: {
            personId: 'rouen-saisie',
            cciId: 'cci-rouen-metropole',
            name: 'Personne rouen-saisie',
            email: 'rouen-saisie@example.test',
          },
          deliverAt: now,
          delivery: 'immediat',
          facts: {
            kind: 'renvoi',
            regionId: 'normandie',
            period: '2026-T3',
            cciId: 'cci-rouen-metropole',
            indicatorId: 'accompagnements-individuels',
            comment: 'Le chiffre double celui du T2 : merci de vérifier.',
            sentBackAt: '2026-10-27T08:59:00.000Z',
          },
        },
      ],
    );
  });

  it('waits for the morning when sent back in the evening', () => {
    const now = paris('2026-10-27T21:00', 1);
    const [notice] = sentBackNotices(
      sentBack('2026-10-27T20:00:00.000Z'),
      people,
      'normandie',
      now,
      settings,
    );
    expect(notice?.deliverAt).toBe(paris('2026-10-28T08:00', 1));
  });

  it('is history, not news, when read more than the maximum age after it happened', () => {
    const now = paris('2026-11-04T10:00', 1);
    expect(sentBackNotices(sentBack('2026-10-27T08:59:00.000Z'), people, 'normandie', now, settings)).toEqual(
      [],
    );
  });
});
