import { describe, expect, it } from '@jest/globals';

import type { NationalRegionRow } from '../../api/read-api-types.js';
import { reference } from '../../../test/view-fixtures.js';
import {
  colourClasses,
  colourOf,
  NO_DATA_COLOUR,
  regionFigure,
  regionIdForMapName,
  SEQUENTIAL_BLUES,
} from './national-figures.js';

const normandie = {
  regionId: 'normandie',
  reporting: { expected: 140, received: 70, onTime: 60, receivedShare: 0.5, onTimeShare: 60 / 70 },
  indicators: {
    'premier-niveau-information': {
      comId: 'c',
      axisId: 'a',
      years: { '2024': { actual: 2520, target: null, attainment: null } },
    },
  },
} as unknown as NationalRegionRow;

describe('the national map figures', () => {
  it('colours a region by the share of expected reports it sent, as the read API serves it', () => {
    expect(regionFigure(normandie, { kind: 'completeness' })).toBe(0.5);
    expect(regionFigure(undefined, { kind: 'completeness' })).toBeNull();
  });

  it("takes an indicator's actual value for the chosen year, or nothing", () => {
    const measure = { kind: 'indicator' as const, indicatorId: 'premier-niveau-information', year: '2024' };
    expect(regionFigure(normandie, measure)).toBe(2520);
    expect(regionFigure(normandie, { ...measure, year: '2023' })).toBeNull();
  });

  it('colours by five equal classes, and regions without data apart', () => {
    const classes = colourClasses([0, null, 50, 100]);
    expect(classes.map((c) => [c.from, c.to])).toEqual([
      [0, 20],
      [20, 40],
      [40, 60],
      [60, 80],
      [80, 100],
    ]);
    expect(colourOf(0, classes)).toBe(SEQUENTIAL_BLUES[0]);
    expect(colourOf(100, classes)).toBe(SEQUENTIAL_BLUES[4]);
    expect(colourOf(null, classes)).toBe(NO_DATA_COLOUR);
    expect(colourClasses([7, 7])).toHaveLength(1);
  });

  it("matches the map's region names to the reference, accents and apostrophes aside", () => {
    expect(regionIdForMapName(reference, "Provence-Alpes-Côte d'Azur")).toBe('provence-alpes-cote-d-azur');
    expect(regionIdForMapName(reference, 'Pays de la Loire')).toBe('pays-de-la-loire');
    expect(regionIdForMapName(reference, 'Atlantide')).toBeNull();
  });
});
