import { annualReportSnapshot } from '@cci/domain';
import { describe, expect, it } from '@jest/globals';

import type { ComIndicatorView, RegionalView } from '../../api/read-api-types.js';
import { cell, matrix } from '../../../test/view-fixtures.js';
import { reportSnapshot } from './report-snapshot.js';

const indicator = {
  indicatorId: 'premier-niveau-information',
  unitId: 'entreprises',
  years: {
    '2025': {
      region: { actual: 900, target: 1000, attainment: 0.9 },
      ccis: { 'cci-mayenne': { actual: 400, target: null, attainment: null } },
    },
  },
} as unknown as ComIndicatorView;

const view = {
  matrix: matrix({
    'accueil-information': {
      'cci-mayenne': cell({
        current: { mode: 'M', delegate: null, since: '2024-01-01' },
        milestones: { '2013': null, '2017': null, '2021': { mode: 'A', delegate: null } },
      }),
    },
  }),
  actions: {
    order: ['guichet-unique'],
    actions: {
      'guichet-unique': {
        title: 'Guichet unique',
        ownerCciId: 'cci-mayenne',
        status: 'completed',
        totem: true,
        dueOn: null,
        completedOn: '2025-06-30',
      },
    },
  },
  com: { indicators: [indicator] },
  milestones: [
    { id: '2013', label: 'État des lieux 2013', kind: 'observed', asOf: '2013-12-31', asOfNote: '' },
    { id: '2021', label: 'Projection 2021', kind: 'target', asOf: '2021-12-31', asOfNote: '' },
  ],
} as unknown as RegionalView;

describe('the figures a presentation freezes', () => {
  it('copies the view as of the day into the shape the event carries, which the domain accepts', () => {
    const snapshot = reportSnapshot(view, '2025-12-31');
    expect(snapshot).toEqual({
      asOf: '2025-12-31',
      srom: [
        {
          cciId: 'cci-mayenne',
          macroProcessId: 'accueil-information',
          mode: 'M',
          delegate: null,
          target: { mode: 'A', delegate: null },
        },
      ],
      actions: [
        {
          actionId: 'guichet-unique',
          title: 'Guichet unique',
          ownerCciId: 'cci-mayenne',
          status: 'completed',
          totem: true,
          dueOn: null,
          completedOn: '2025-06-30',
        },
      ],
      indicators: [
        {
          indicatorId: 'premier-niveau-information',
          cciId: null,
          year: 2025,
          unitId: 'entreprises',
          actual: 900,
          target: 1000,
        },
        {
          indicatorId: 'premier-niveau-information',
          cciId: 'cci-mayenne',
          year: 2025,
          unitId: 'entreprises',
          actual: 400,
          target: null,
        },
      ],
    });
    expect(annualReportSnapshot.safeParse(snapshot).success).toBe(true);
  });
});
