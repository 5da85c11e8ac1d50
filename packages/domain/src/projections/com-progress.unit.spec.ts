import { describe, expect, it } from '@jest/globals';

import { command, Scenario } from '../../test/scenario.js';
import { referenceData as reference } from '../reference/index.js';
import { indicatorAuditTrail } from './audit-trail.js';
import { comProgress, comProgressAsOf, comProgressId } from './com-progress.js';
import { consolidateNational, endedReporting, nationalRegionSummary } from './national-consolidation.js';
import { project } from './projection.js';
import { regionFiguresOfNationalSummary } from './reconciliation.js';

function reportAt(
  scenario: Scenario,
  at: string,
  cciId: string,
  indicatorId: string,
  period: string,
  value: number,
  comment: string | null = null,
) {
  const unitId = reference.indicator(indicatorId)!.unitId;
  scenario
    .at(at)
    .given(cciId, command('ReportIndicator', { cciId, indicatorId, period, value, unitId, comment }));
}

function targetAt(scenario: Scenario, cciId: string, indicatorId: string, year: number, target: number) {
  const unitId = reference.indicator(indicatorId)!.unitId;
  scenario.given(
    'cci-normandie',
    command('SetIndicatorTarget', { cciId, indicatorId, year, target, unitId }),
  );
}

describe('COM progress of one indicator', () => {
  const scenario = new Scenario(new Date('2024-04-10T09:00:00Z'));
  targetAt(scenario, 'cci-normandie', 'premier-niveau-information', 2024, 2000);
  targetAt(scenario, 'cci-rouen-metropole', 'premier-niveau-information', 2024, 600);
  reportAt(
    scenario,
    '2024-04-10T09:00:00Z',
    'cci-rouen-metropole',
    'premier-niveau-information',
    '2024-T1',
    150,
    'Salon en mars',
  );
  reportAt(
    scenario,
    '2024-04-29T09:00:00Z',
    'cci-caen-normandie',
    'premier-niveau-information',
    '2024-T1',
    90,
  );
  reportAt(
    scenario,
    '2024-05-15T09:00:00Z',
    'cci-seine-estuaire',
    'premier-niveau-information',
    '2024-T1',
    60,
  );
  reportAt(
    scenario,
    '2024-07-20T09:00:00Z',
    'cci-rouen-metropole',
    'premier-niveau-information',
    '2024-T2',
    170,
  );
  reportAt(
    scenario,
    '2024-07-25T09:00:00Z',
    'cci-rouen-metropole',
    'premier-niveau-information',
    '2024-T1',
    155,
  );
  const doc = project(comProgress, scenario.events, reference).get(
    comProgressId('normandie', 'premier-niveau-information'),
  )!;

  it('adds up the quarters of a year and the CCIs of the region for a "sum" indicator', () => {
    expect(doc.years['2024']?.ccis['cci-rouen-metropole']).toEqual({
      actual: 325,
      target: 600,
      attainment: 325 / 600,
    });
    expect(doc.years['2024']?.region).toEqual({
      actual: 325 + 90 + 60,
      target: 2000,
      attainment: 475 / 2000,
    });
    expect(doc.periods['2024-T1']?.value).toBe(155 + 90 + 60);
  });

  it('keeps a correction and the value it replaced, and the CCI’s comment', () => {
    const cell = doc.reports['cci-rouen-metropole']?.['2024-T1'];
    expect(cell).toMatchObject({ value: 155, corrections: 1, comment: null });
    expect(cell?.history.map((e) => [e.kind, e.value, e.previousValue, e.comment])).toEqual([
      ['reported', 150, null, 'Salon en mars'],
      ['corrected', 155, 150, null],
    ]);
  });

  it('counts expected, received and on-time reports against the deadline of each period', () => {
    expect(doc.periods['2024-T1']).toEqual({
      value: 305,
      expected: 5,
      received: 3,
      onTime: 2,
      missing: ['cci-ouest-normandie', 'cci-portes-de-normandie'],
    });
    expect(doc.reports['cci-seine-estuaire']?.['2024-T1']).toMatchObject({
      onTime: false,
      deadline: '2024-04-30T23:59:59+02:00',
    });
    expect(doc.periods['2024-T2']).toMatchObject({ received: 1, onTime: 1 });
    expect(doc.periods['2024-T3']).toMatchObject({ received: 0, expected: 5 });
  });

  it('shows what was known at a past date', () => {
    const before = comProgressAsOf(doc, Date.parse('2024-05-01T00:00:00Z'), reference);
    expect(before.periods['2024-T1']).toMatchObject({ value: 240, received: 2 });
    expect(before.reports['cci-rouen-metropole']?.['2024-T1']?.value).toBe(150);
  });

  it('writes its audit trail in French', () => {
    expect(indicatorAuditTrail(doc, reference, 'cci-rouen-metropole').map((e) => e.what)).toEqual([
      'Valeur corrigée pour T1 2024 : 150 entreprises → 155 entreprises',
      'Valeur déclarée pour T2 2024 : 170 entreprises',
      'Valeur déclarée pour T1 2024 : 150 entreprises (« Salon en mars »)',
      'Cible 2024 fixée pour CCI Rouen Métropole : 600 entreprises',
    ]);
  });
});

describe('a target and the body that decided it, in the audit trail', () => {
  it('names the body and the day of the decision beside the target', () => {
    const scenario = new Scenario(new Date('2025-02-01T09:00:00Z'));
    scenario.given(
      'cci-normandie',
      command('SetIndicatorTarget', {
        cciId: 'cci-caen-normandie',
        indicatorId: 'premier-niveau-information',
        year: 2025,
        target: 800,
        unitId: 'entreprises',
        decidedBy: { bodyId: 'comex', on: '2025-01-20' },
      }),
    );
    const doc = project(comProgress, scenario.events, reference).get(
      comProgressId('normandie', 'premier-niveau-information'),
    )!;
    expect(indicatorAuditTrail(doc, reference, 'cci-caen-normandie')).toMatchObject([
      {
        what: 'Cible 2025 fixée pour CCI Caen Normandie : 800 entreprises',
        decidedBy: 'COMEX, le 20 janvier 2025',
      },
    ]);
  });
});

describe("an indicator's trajectory: its baseline and final target, each revision with its body", () => {
  it('keeps the trajectory in force beside the yearly targets, every revision in the audit trail, and the one known at a date', () => {
    const scenario = new Scenario(new Date('2023-03-20T09:00:00Z'));
    const trajectory = (finalTarget: number, decidedBy: { bodyId: string; on: string }) =>
      command('SetIndicatorTrajectory', {
        cciId: 'cci-caen-normandie',
        indicatorId: 'premier-niveau-information',
        baseline: { year: 2022, value: 700 },
        finalTarget,
        unitId: 'entreprises',
        decidedBy,
      });
    scenario.given('cci-normandie', trajectory(1000, { bodyId: 'assemblee-generale', on: '2023-03-15' }));
    scenario
      .at('2025-02-03T09:00:00Z')
      .given('cci-normandie', trajectory(1100, { bodyId: 'bureau-regional', on: '2025-01-30' }));
    const doc = project(comProgress, scenario.events, reference).get(
      comProgressId('normandie', 'premier-niveau-information'),
    )!;
    expect(doc.trajectories['cci-caen-normandie']).toMatchObject({
      version: 2,
      baseline: { year: 2022, value: 700 },
      finalTarget: 1100,
    });
    expect(
      indicatorAuditTrail(doc, reference, 'cci-caen-normandie').map((e) => [e.what, e.decidedBy]),
    ).toEqual([
      [
        'Trajectoire fixée pour CCI Caen Normandie : référence 2022 700 entreprises, cible 2027 1\u202f100 entreprises',
        'Bureau régional, le 30 janvier 2025',
      ],
      [
        'Trajectoire fixée pour CCI Caen Normandie : référence 2022 700 entreprises, cible 2027 1\u202f000 entreprises',
        'Assemblée générale, le 15 mars 2023',
      ],
    ]);
    const in2024 = comProgressAsOf(doc, Date.parse('2024-12-31T23:59:59Z'), reference);
    expect(in2024.trajectories['cci-caen-normandie']?.finalTarget).toBe(1000);
    expect(comProgressAsOf(doc, Date.parse('2022-12-31T00:00:00Z'), reference).trajectories).toEqual({});
  });
});

describe('the region’s review in COM progress', () => {
  const scenario = new Scenario(new Date('2024-10-10T09:00:00Z'));
  reportAt(
    scenario,
    '2024-10-10T09:00:00Z',
    'cci-rouen-metropole',
    'premier-niveau-information',
    '2024-T3',
    612,
  );
  const of = { cciId: 'cci-rouen-metropole', indicatorId: 'premier-niveau-information', period: '2024-T3' };
  scenario
    .at('2024-11-06T09:00:00Z')
    .given(
      'cci-normandie',
      command('SendBackDeclaration', { ...of, declaredVersion: 1, comment: 'À vérifier' }),
    );
  reportAt(
    scenario,
    '2024-11-07T09:00:00Z',
    'cci-rouen-metropole',
    'premier-niveau-information',
    '2024-T3',
    306,
  );
  scenario
    .at('2024-11-08T09:00:00Z')
    .given('cci-normandie', command('ValidateDeclaration', { ...of, declaredVersion: 3 }));
  const doc = project(comProgress, scenario.events, reference).get(
    comProgressId('normandie', 'premier-niveau-information'),
  )!;

  it('shows where each declaration stands, and what the region validated', () => {
    expect(doc.reports['cci-rouen-metropole']?.['2024-T3']).toMatchObject({
      version: 4,
      value: 306,
      status: 'validee',
      validatedValue: 306,
      sentBackComment: null,
    });
    const sentBack = comProgressAsOf(doc, Date.parse('2024-11-06T12:00:00Z'), reference);
    expect(sentBack.reports['cci-rouen-metropole']?.['2024-T3']).toMatchObject({
      value: 612,
      status: 'renvoyee',
      validatedValue: null,
      sentBackComment: 'À vérifier',
    });
  });

  it('writes the review in the audit trail', () => {
    expect(indicatorAuditTrail(doc, reference, 'cci-rouen-metropole').map((e) => [e.what, e.why])).toEqual([
      ['Déclaration de T3 2024 validée : 306 entreprises', null],
      [
        'Valeur corrigée pour T3 2024 : 612 entreprises → 306 entreprises',
        'Nouvelle déclaration après renvoi pour T3 2024',
      ],
      ['Déclaration de T3 2024 renvoyée à la CCI', 'À vérifier'],
      ['Valeur déclarée pour T3 2024 : 612 entreprises', null],
    ]);
  });
});

describe('aggregation rules from the indicator catalogue', () => {
  it('averages a rate over quarters and CCIs', () => {
    const scenario = new Scenario(new Date('2024-10-10T09:00:00Z'));
    reportAt(
      scenario,
      '2024-10-10T09:00:00Z',
      'cci-rouen-metropole',
      'satisfaction-entreprises',
      '2024-T1',
      80,
    );
    reportAt(
      scenario,
      '2024-10-10T09:00:00Z',
      'cci-rouen-metropole',
      'satisfaction-entreprises',
      '2024-T2',
      90,
    );
    reportAt(
      scenario,
      '2024-10-10T09:00:00Z',
      'cci-caen-normandie',
      'satisfaction-entreprises',
      '2024-T1',
      70,
    );
    const doc = project(comProgress, scenario.events, reference).get(
      comProgressId('normandie', 'satisfaction-entreprises'),
    )!;
    expect(doc.years['2024']?.ccis['cci-rouen-metropole']?.actual).toBe(85);
    expect(doc.years['2024']?.region.actual).toBe((85 + 70) / 2);
  });

  it('takes the latest quarter of a stock, summed over CCIs', () => {
    const scenario = new Scenario(new Date('2024-10-10T09:00:00Z'));
    reportAt(
      scenario,
      '2024-10-10T09:00:00Z',
      'cci-rouen-metropole',
      'collaborateurs-cci-academie',
      '2024-T3',
      40,
    );
    reportAt(
      scenario,
      '2024-10-10T09:00:00Z',
      'cci-rouen-metropole',
      'collaborateurs-cci-academie',
      '2024-T1',
      25,
    );
    reportAt(
      scenario,
      '2024-10-10T09:00:00Z',
      'cci-caen-normandie',
      'collaborateurs-cci-academie',
      '2024-T2',
      12,
    );
    const doc = project(comProgress, scenario.events, reference).get(
      comProgressId('normandie', 'collaborateurs-cci-academie'),
    )!;
    expect(doc.years['2024']?.ccis['cci-rouen-metropole']?.actual).toBe(40);
    expect(doc.years['2024']?.region.actual).toBe(52);
  });
});

describe('the national consolidation', () => {
  it('sums completeness and SROM cells over the regions and carries each region’s validated indicator figures', () => {
    const scenario = new Scenario(new Date('2024-04-10T09:00:00Z'));
    reportAt(
      scenario,
      '2024-04-10T09:00:00Z',
      'cci-rouen-metropole',
      'premier-niveau-information',
      '2024-T1',
      150,
    );
    reportAt(
      scenario,
      '2024-04-11T09:00:00Z',
      'cci-caen-normandie',
      'premier-niveau-information',
      '2024-T1',
      90,
    );
    scenario.given(
      'cci-normandie',
      command('ValidateDeclaration', {
        cciId: 'cci-rouen-metropole',
        indicatorId: 'premier-niveau-information',
        period: '2024-T1',
        declaredVersion: 1,
      }),
    );
    scenario.given(
      'cci-mayenne',
      command('ChangeProcessMode', {
        cciId: 'cci-mayenne',
        macroProcessId: 'finance-stocks',
        from: null,
        to: 'A',
        effectiveDate: '2024-01-01',
        rationale: 'Gestion locale',
        expectedVersion: 0,
      }),
    );
    const regions = [...project(nationalRegionSummary, scenario.events, reference).values()];
    const totals = consolidateNational(regions.map(regionFiguresOfNationalSummary), reference);
    expect(totals.indicators['premier-niveau-information']).toEqual({
      axisId: 'transitions-numerique-economique-rh',
      regionIds: ['normandie'],
      years: { '2024': { actual: 150, target: null, attainment: null } },
    });
    expect(regions[0]?.pending['premier-niveau-information']).toEqual({
      '2024': { declarations: 1, actual: 90 },
    });
    expect(totals.completeness['2024-T1']).toEqual({ expected: 5 * 14, received: 2, onTime: 2 });
    expect(totals.srom.distribution.finance?.A).toBe(1);
    expect(totals.srom.distribution.finance?.unknown).toBe(2 * 12 * 6 - 1);
  });

  it("takes a region's reporting over the periods ended on the day shown, with its shares", () => {
    const completeness = {
      '2024-T1': { expected: 70, received: 10, onTime: 10 },
      '2024-T2': { expected: 70, received: 60, onTime: 50 },
      '2026-T4': { expected: 70, received: 0, onTime: 0 },
    };
    expect(endedReporting(completeness, '2026-11-23')).toEqual({
      expected: 140,
      received: 70,
      onTime: 60,
      receivedShare: 0.5,
      onTimeShare: 60 / 70,
    });
    expect(endedReporting(completeness, '2024-04-01')).toMatchObject({ receivedShare: 10 / 70 });
    expect(endedReporting(completeness, '2024-03-31')).toEqual({
      expected: 0,
      received: 0,
      onTime: 0,
      receivedShare: null,
      onTimeShare: null,
    });
  });
});
