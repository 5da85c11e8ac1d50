import { describe, expect, it } from '@jest/globals';

import type { RegionalView } from '../../api/read-api-types.js';
import { indicator, report } from '../../../test/view-fixtures.js';
import {
  attainmentRows,
  comparePeriods,
  completenessGrid,
  periodEnd,
  periodSeries,
  yearlySeries,
  type ComReference,
} from './com-figures.js';

const rouen = {
  id: 'cci-rouen-metropole',
  name: 'CCI Rouen Métropole',
  kind: 'territorial' as const,
  regionId: 'normandie',
};
const caen = {
  id: 'cci-caen-normandie',
  name: 'CCI Caen Normandie',
  kind: 'territorial' as const,
  regionId: 'normandie',
};
const regional = {
  id: 'cci-normandie',
  name: 'CCI Normandie',
  kind: 'regional' as const,
  regionId: 'normandie',
};

describe('COM figures', () => {
  it('orders periods by their end', () => {
    expect(periodEnd('2024-T1')).toBe('2024-03-31');
    expect(periodEnd('2024-T4')).toBe('2024-12-31');
    expect(periodEnd('2024')).toBe('2024-12-31');
    expect(['2025-T1', '2024', '2024-T4', '2024-T2'].sort(comparePeriods)).toEqual([
      '2024-T2',
      '2024-T4',
      '2024',
      '2025-T1',
    ]);
  });

  it("takes the sum of the CCIs' targets as the region's when it has none and the indicator adds up", () => {
    const view = indicator({
      years: {
        '2025': {
          region: { actual: 1170, target: null, attainment: null },
          ccis: {
            [rouen.id]: { actual: 280, target: 584, attainment: 0.48 },
            [caen.id]: { actual: 232, target: 488, attainment: 0.48 },
          },
        },
        '2024': { region: { actual: 2520, target: 2600, attainment: 0.97 }, ccis: {} },
      },
    });
    expect(yearlySeries(view)).toEqual([
      { year: '2024', actual: 2520, target: 2600, targetSource: 'region' },
      { year: '2025', actual: 1170, target: 1072, targetSource: 'ccis' },
    ]);
    expect(yearlySeries({ ...view, aggregation: 'average' })[1]).toEqual({
      year: '2025',
      actual: 1170,
      target: null,
      targetSource: null,
    });
  });

  it('draws the periods from the first reported one to the last that has ended', () => {
    const figures = (value: number | null) => ({
      value,
      expected: 5,
      received: value === null ? 0 : 5,
      onTime: 5,
      missing: [],
    });
    const view = indicator({
      periods: {
        '2023-T4': figures(null),
        '2024-T1': figures(600),
        '2024-T2': figures(null),
        '2024-T3': figures(640),
        '2024': figures(1240),
      },
    });
    expect(periodSeries(view, '2024-09-30')).toEqual([
      { period: '2024-T1', value: 600 },
      { period: '2024-T2', value: null },
      { period: '2024-T3', value: 640 },
    ]);
  });

  it("gives each territorial CCI's attainment with its latest comment of the year", () => {
    const view = indicator({
      years: {
        '2025': {
          region: { actual: 280, target: null, attainment: null },
          ccis: { [rouen.id]: { actual: 280, target: 584, attainment: 0.479 } },
        },
      },
      reports: {
        [rouen.id]: {
          '2025-T1': report({
            value: 132,
            comment: 'Permanences, T1',
            lastRecordedAt: '2025-04-10T08:00:00Z',
          }),
          '2025-T2': report({
            value: 148,
            comment: 'Permanences, T2',
            lastRecordedAt: '2025-07-10T08:00:00Z',
          }),
          '2024-T4': report({ value: 140, comment: 'Ancien', lastRecordedAt: '2025-08-10T08:00:00Z' }),
        },
      },
    });
    expect(attainmentRows(view, '2025', [regional, rouen, caen])).toEqual([
      { cci: rouen, actual: 280, target: 584, attainment: 0.479, comment: 'Permanences, T2' },
      { cci: caen, actual: null, target: null, attainment: null, comment: null },
    ]);
  });

  it('counts expected, received and on-time reports per CCI and ended period', () => {
    const com = {
      id: 'com-normandie-2023-2027',
      regionId: 'normandie',
      label: 'COM Normandie',
      years: { from: 2023, to: 2027 },
      axes: [],
      indicators: [
        {
          id: 'premier-niveau-information',
          axisId: 'a',
          label: 'PNI',
          unitId: 'entreprises',
          aggregation: 'sum',
          frequency: 'quarterly',
        },
        {
          id: 'accompagnements-individuels',
          axisId: 'a',
          label: 'AI',
          unitId: 'entreprises',
          aggregation: 'sum',
          frequency: 'quarterly',
        },
      ],
      reportingCalendar: [
        { period: '2024-T1', deadline: '2024-04-30T23:59:59+02:00' },
        { period: '2024', deadline: '2025-03-31T23:59:59+02:00' },
        { period: '2024-T2', deadline: '2024-07-31T23:59:59+02:00' },
      ],
    } satisfies ComReference;
    const view = {
      ccis: [regional, rouen],
      com: {
        indicators: [
          indicator({
            reports: {
              [rouen.id]: { '2024-T1': report({ onTime: true }), '2024-T2': report({ onTime: false }) },
            },
          }),
          indicator({
            indicatorId: 'accompagnements-individuels',
            reports: { [rouen.id]: { '2024-T1': report({ onTime: true }) } },
          }),
        ],
      },
    } as unknown as RegionalView;
    expect(completenessGrid(view, com, '2024-07-01')).toEqual({
      periods: ['2024-T1', '2024-T2'],
      rows: [
        {
          cci: rouen,
          cells: [
            { period: '2024-T1', expected: 2, received: 2, onTime: 2 },
            { period: '2024-T2', expected: 2, received: 1, onTime: 0 },
          ],
        },
      ],
    });
  });
});
