import { describe, expect, it } from '@jest/globals';

import { command, Scenario } from '../../test/scenario.js';
import { referenceData as reference } from '../reference/index.js';
import { indicatorDeclarations, indicatorDeclarationsId } from './indicator-declarations.js';
import { project } from './projection.js';

const INDICATOR = 'premier-niveau-information';
const T3 = indicatorDeclarationsId('normandie', '2024-T3', INDICATOR);

const declare = (cciId: string, value: number, period = '2024-T3') =>
  command('ReportIndicator', { cciId, indicatorId: INDICATOR, period, value, unitId: 'entreprises' });

describe('the declarations of one indicator for one period, CCI by CCI', () => {
  it('lists every territorial CCI of the region as not declared before anyone declares', () => {
    const scenario = new Scenario(new Date('2024-03-01T09:00:00Z'));
    scenario.given(
      'cci-normandie',
      command('SetIndicatorTarget', {
        cciId: 'cci-caen-normandie',
        indicatorId: INDICATOR,
        year: 2024,
        target: 400,
        unitId: 'entreprises',
      }),
    );
    const documents = project(indicatorDeclarations, scenario.events, reference);
    // A quarterly indicator's target of 2024 opens its four quarters.
    expect([...documents.keys()].sort()).toEqual(
      ['2024-T1', '2024-T2', '2024-T3', '2024-T4'].map((p) =>
        indicatorDeclarationsId('normandie', p, INDICATOR),
      ),
    );
    const doc = documents.get(T3)!;
    expect(doc).toMatchObject({
      regionId: 'normandie',
      period: '2024-T3',
      indicatorId: INDICATOR,
      comId: 'com-normandie-2023-2027',
      deadline: '2024-10-31T23:59:59+01:00',
      notDeclared: [
        'cci-caen-normandie',
        'cci-ouest-normandie',
        'cci-portes-de-normandie',
        'cci-rouen-metropole',
        'cci-seine-estuaire',
      ],
      counts: { expected: 5, declared: 0 },
    });
    expect(doc.declarations.find((r) => r.cciId === 'cci-caen-normandie')).toMatchObject({
      state: 'a-declarer',
      target: 400,
      targetVersion: 1,
    });
  });

  it('takes a CCI off the not-declared list when it declares, and follows the review', () => {
    const scenario = new Scenario(new Date('2024-10-10T09:00:00Z'));
    scenario.given('cci-rouen-metropole', declare('cci-rouen-metropole', 612));
    scenario.at('2024-11-05T09:00:00Z').given('cci-caen-normandie', declare('cci-caen-normandie', 90));
    scenario.at('2024-11-06T09:00:00Z');
    scenario.given(
      'cci-normandie',
      command('ValidateDeclaration', {
        cciId: 'cci-rouen-metropole',
        indicatorId: INDICATOR,
        period: '2024-T3',
        declaredVersion: 1,
      }),
    );
    // The regional CCI's own figure is not a campaign declaration: no row.
    scenario.given('cci-normandie', declare('cci-normandie', 2000));
    const doc = project(indicatorDeclarations, scenario.events, reference).get(T3)!;
    expect(doc.notDeclared).toEqual(['cci-ouest-normandie', 'cci-portes-de-normandie', 'cci-seine-estuaire']);
    expect(doc.counts).toEqual({
      expected: 5,
      declared: 2,
      awaitingValidation: 1,
      validated: 1,
      sentBack: 0,
    });
    expect(doc.declarations.map((r) => [r.cciId, r.state, r.value, r.late, r.declaredAt])).toEqual([
      ['cci-caen-normandie', 'declaree', 90, true, '2024-11-05T09:00:00.000Z'],
      ['cci-ouest-normandie', 'a-declarer', null, null, null],
      ['cci-portes-de-normandie', 'a-declarer', null, null, null],
      ['cci-rouen-metropole', 'validee', 612, false, '2024-10-10T09:00:00.000Z'],
      ['cci-seine-estuaire', 'a-declarer', null, null, null],
    ]);
  });
});
