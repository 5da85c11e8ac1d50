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
  completeness: {
    '2024-T1': { expected: 70, received: 10, onTime: 10 },
    '2024-T2': { expected: 70, received: 60, onTime: 50 },
    '2026-T4': { expected: 70, received: 0, onTime: 0 },
  },
  indicators: {
    'premier-niveau-information': {
      comId: 'c',
      axisId: 'a',
      years: { '2024': { actual: 2520, target: null, attainment: null } },
    },
  },
} as unknown as NationalRegionRow;

describe('the national map figures', () => {
  it("takes a region's completeness over the periods ended by the day shown", () => {
    expect(regionFigure(normandie, { kind: 'completeness' }, '2026-11-23')).toBe(0.5);
    expect(regionFigure(normandie, { kind: 'completeness' }, '2024-04-01')).toBeCloseTo(10 / 70);
    expect(regionFigure(undefined, { kind: 'completeness' }, '2026-11-23')).toBeNull();
  });

  it("takes an indicator's actual value for the chosen year, or nothing", () => {
    const measure = { kind: 'indicator' as const, indicatorId: 'premier-niveau-information', year: '2024' };
    expect(regionFigure(normandie, measure, '2026-11-23')).toBe(2520);
    expect(regionFigure(normandie, { ...measure, year: '2023' }, '2026-11-23')).toBeNull();
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
