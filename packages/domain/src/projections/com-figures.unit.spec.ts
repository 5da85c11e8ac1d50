import { describe, expect, it } from '@jest/globals';

import { command, Scenario } from '../../test/scenario.js';
import { referenceData as reference } from '../reference/index.js';
import { axesWithIndicators, completenessGrid, periodSeries, yearlySeries } from './com-figures.js';
import { comProgress, comProgressId, type ComIndicatorProgress } from './com-progress.js';
import { project } from './projection.js';

const COM = 'com-normandie-2023-2027';
const ROUEN = 'cci-rouen-metropole';
const CAEN = 'cci-caen-normandie';
const TERRITORIAL = reference
  .ccisOfRegion('normandie')
  .filter((c) => c.kind === 'territorial')
  .map((c) => c.id);

function report(
  scenario: Scenario,
  at: string,
  cciId: string,
  period: string,
  value: number,
  comment: string | null = null,
  indicatorId = 'premier-niveau-information',
) {
  const unitId = reference.indicator(indicatorId)!.unitId;
  scenario
    .at(at)
    .given(cciId, command('ReportIndicator', { cciId, indicatorId, period, value, unitId, comment }));
}

function target(
  scenario: Scenario,
  cciId: string,
  year: number,
  value: number,
  indicatorId = 'premier-niveau-information',
) {
  const unitId = reference.indicator(indicatorId)!.unitId;
  scenario.given(
    'cci-normandie',
    command('SetIndicatorTarget', { cciId, indicatorId, year, target: value, unitId }),
  );
}

function progressOf(scenario: Scenario, indicatorId = 'premier-niveau-information'): ComIndicatorProgress {
  return project(comProgress, scenario.events, reference).get(comProgressId('normandie', indicatorId))!;
}

describe("the COM's figures as the regional page shows them", () => {
  it("takes the sum of the CCIs' targets as the region's when it has none and the indicator adds up", () => {
    const given = new Scenario(new Date('2025-08-01T08:00:00Z'));
    target(given, 'cci-normandie', 2024, 2600);
    target(given, ROUEN, 2025, 584);
    target(given, CAEN, 2025, 488);
    report(given, '2025-04-10T08:00:00Z', ROUEN, '2024-T4', 2520);
    report(given, '2025-04-10T08:00:00Z', ROUEN, '2025-T1', 280, 'Le T4 cumulait l’année');
    const years = yearlySeries(progressOf(given), TERRITORIAL);
    expect(years.map(({ ccis: _ccis, ...point }) => point)).toEqual([
      { year: '2024', actual: 2520, target: 2600, attainment: 2520 / 2600, targetSource: 'region' },
      { year: '2025', actual: 280, target: 1072, attainment: 280 / 1072, targetSource: 'ccis' },
    ]);
  });

  it("leaves a region without target when its CCIs' targets do not add up (an average)", () => {
    const given = new Scenario(new Date('2025-08-01T08:00:00Z'));
    target(given, ROUEN, 2025, 90, 'satisfaction-entreprises');
    target(given, CAEN, 2025, 80, 'satisfaction-entreprises');
    report(given, '2025-04-10T08:00:00Z', ROUEN, '2025-T1', 85, null, 'satisfaction-entreprises');
    const [year] = yearlySeries(progressOf(given, 'satisfaction-entreprises'), TERRITORIAL);
    expect(year).toMatchObject({
      year: '2025',
      actual: 85,
      target: null,
      attainment: null,
      targetSource: null,
    });
  });

  it("gives each territorial CCI's attainment with its latest comment of the year", () => {
    const given = new Scenario(new Date('2025-08-01T08:00:00Z'));
    target(given, ROUEN, 2025, 584);
    report(given, '2025-04-10T08:00:00Z', ROUEN, '2025-T1', 132, 'Permanences, T1');
    report(given, '2025-07-10T08:00:00Z', ROUEN, '2025-T2', 148, 'Permanences, T2');
    report(given, '2025-08-10T08:00:00Z', ROUEN, '2024-T4', 140, 'Ancien');
    const year2025 = yearlySeries(progressOf(given), TERRITORIAL).find((y) => y.year === '2025');
    expect(year2025?.ccis.map((c) => c.cciId)).toEqual(TERRITORIAL);
    expect(year2025?.ccis.find((c) => c.cciId === ROUEN)).toEqual({
      cciId: ROUEN,
      actual: 280,
      target: 584,
      attainment: 280 / 584,
      comment: 'Permanences, T2',
    });
    expect(year2025?.ccis.find((c) => c.cciId === CAEN)).toEqual({
      cciId: CAEN,
      actual: null,
      target: null,
      attainment: null,
      comment: null,
    });
  });

  it('draws the periods from the first reported one to the last that has ended', () => {
    const given = new Scenario();
    report(given, '2024-04-10T08:00:00Z', ROUEN, '2024-T1', 600);
    report(given, '2024-10-10T08:00:00Z', ROUEN, '2024-T3', 640);
    expect(periodSeries(progressOf(given), '2024-10-01')).toEqual([
      { period: '2024-T1', value: 600 },
      { period: '2024-T2', value: null },
      { period: '2024-T3', value: 640 },
    ]);
    expect(periodSeries(progressOf(given), '2024-09-30').map((p) => p.period)).toEqual([
      '2024-T1',
      '2024-T2',
    ]);
  });

  it('counts expected, received and on-time reports per CCI and ended period', () => {
    const given = new Scenario();
    report(given, '2024-04-10T08:00:00Z', ROUEN, '2024-T1', 150);
    report(given, '2024-04-11T08:00:00Z', ROUEN, '2024-T1', 12, null, 'accompagnements-individuels');
    report(given, '2024-08-20T08:00:00Z', ROUEN, '2024-T2', 170);
    const progresses = [progressOf(given), progressOf(given, 'accompagnements-individuels')];
    const grid = completenessGrid(reference, COM, [ROUEN, CAEN], progresses, '2024-07-01');
    expect(grid).toEqual({
      periods: ['2023-T1', '2023-T2', '2023-T3', '2023-T4', '2024-T1', '2024-T2'],
      rows: [
        {
          cciId: ROUEN,
          cells: [
            ...['2023-T1', '2023-T2', '2023-T3', '2023-T4'].map((period) => ({
              period,
              expected: 14,
              received: 0,
              onTime: 0,
            })),
            { period: '2024-T1', expected: 14, received: 2, onTime: 2 },
            { period: '2024-T2', expected: 14, received: 1, onTime: 0 },
          ],
        },
        {
          cciId: CAEN,
          cells: grid.periods.map((period) => ({ period, expected: 14, received: 0, onTime: 0 })),
        },
      ],
    });
  });

  it('lists each axis with its indicators, those with figures first, in the COM order', () => {
    const axes = axesWithIndicators(reference, COM, new Set(['numerique-accompagnements']));
    const axis = axes.find((a) => a.id === 'transitions-numerique-economique-rh');
    expect(axes.map((a) => a.id)[0]).toBe('transition-ecologique');
    expect(axis?.indicators.map((i) => [i.indicatorId, i.reported])).toEqual([
      ['numerique-accompagnements', true],
      ['premier-niveau-information', false],
      ['accompagnements-individuels', false],
      ['recherche-financement', false],
    ]);
  });
});
