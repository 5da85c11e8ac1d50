import { describe, expect, it } from '@jest/globals';

import type { NationalRegionRow, NationalView } from '../../api/read-api-types.js';
import { reference } from '../../../test/view-fixtures.js';
import { copYears, mapFigure, missingRegionsText } from './cop-figures.js';

const view = {
  totals: {
    cop: [
      {
        copIndicatorId: 'cop-accompagnements',
        years: {
          '2025': {
            value: 150,
            target: null,
            attainment: null,
            establishmentsShare: 150 / 140_000,
            regions: [
              {
                regionId: 'normandie',
                indicatorId: 'accompagnements-individuels',
                value: 150,
                target: null,
                year: '2025',
                establishments: 140_000,
              },
            ],
            missing: [
              { regionId: 'provence-alpes-cote-d-azur', reason: 'sans-valeur-validee' },
              { regionId: 'pays-de-la-loire', reason: 'sans-valeur-validee' },
            ],
          },
        },
      },
      { copIndicatorId: 'cop-satisfaction', years: {} },
    ],
  },
} as unknown as NationalView;

const row = (regionId: string) => ({ regionId, reporting: { receivedShare: 0.5 } }) as NationalRegionRow;

describe('the national COP figures in the dashboard', () => {
  it('colours a region by what it brings to a COP figure, or by that over its establishments', () => {
    const measure = { kind: 'cop', copIndicatorId: 'cop-accompagnements', year: '2025' } as const;
    expect(mapFigure(view, row('normandie'), { ...measure, share: false })).toBe(150);
    expect(mapFigure(view, row('normandie'), { ...measure, share: true })).toBeCloseTo(150 / 140_000);
    expect(mapFigure(view, row('pays-de-la-loire'), { ...measure, share: false })).toBeNull();
    expect(mapFigure(view, row('normandie'), { kind: 'completeness' })).toBe(0.5);
  });

  it('names the missing regions by reason, in French alphabetical order', () => {
    const missing = view.totals.cop[0]?.years['2025']?.missing ?? [];
    expect(missingRegionsText(missing, reference)).toEqual([
      "aucune valeur validée : Pays de la Loire, Provence-Alpes-Côte d'Azur",
    ]);
  });

  it('offers the years with figures, for every indicator or one', () => {
    expect(copYears(view)).toEqual(['2025']);
    expect(copYears(view, 'cop-satisfaction')).toEqual([]);
  });
});
