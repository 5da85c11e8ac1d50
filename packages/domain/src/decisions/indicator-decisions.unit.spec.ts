import { describe, expect, it } from '@jest/globals';

import { command, Scenario } from '../../test/scenario.js';

describe('setting an indicator target', () => {
  const target = (body: Record<string, unknown> = {}) =>
    command('SetIndicatorTarget', {
      cciId: 'cci-normandie',
      indicatorId: 'premier-niveau-information',
      year: 2024,
      target: 6000,
      unitId: 'entreprises',
      ...body,
    });

  it('is the regional CCI’s, for the region or for one of its territorial CCIs', () => {
    const scenario = new Scenario();
    expect(scenario.given('cci-normandie', target())[0]?.type).toBe('IndicatorTargetSet');
    expect(
      scenario.given('cci-normandie', target({ cciId: 'cci-seine-estuaire', target: 1100 }))[0]?.payload,
    ).toMatchObject({
      cciId: 'cci-seine-estuaire',
    });
    expect(scenario.rejection('cci-seine-estuaire', target({ cciId: 'cci-seine-estuaire' })).code).toBe(
      'reserve-cci-regionale',
    );
  });

  it('must fall within the COM’s years', () => {
    expect(new Scenario().rejection('cci-normandie', target({ year: 2030 })).message).toBe(
      "L'année 2030 sort des années de la COM Normandie 2023-2027 (2023-2027).",
    );
  });
});

describe('revising a target with the body that decided it', () => {
  const target = (body: Record<string, unknown> = {}) =>
    command('SetIndicatorTarget', {
      cciId: 'cci-seine-estuaire',
      indicatorId: 'premier-niveau-information',
      year: 2025,
      target: 1200,
      unitId: 'entreprises',
      ...body,
    });

  it('records the body and the day of its decision, and a revision by another body', () => {
    const scenario = new Scenario();
    const comex = { bodyId: 'comex', on: '2025-01-20' };
    expect(scenario.given('cci-normandie', target({ decidedBy: comex }))[0]?.payload).toMatchObject({
      target: 1200,
      decidedBy: comex,
    });
    // The same figure by the same body changes nothing; the Bureau confirming it is a new fact.
    expect(scenario.given('cci-normandie', target({ decidedBy: comex }))).toEqual([]);
    const bureau = { bodyId: 'bureau-regional', on: '2025-03-03' };
    expect(scenario.given('cci-normandie', target({ decidedBy: bureau }))[0]?.payload).toMatchObject({
      target: 1200,
      decidedBy: bureau,
    });
  });

  it('refuses a body the reference data does not know, naming the known ones', () => {
    expect(
      new Scenario().rejection('cci-normandie', target({ decidedBy: { bodyId: 'conseil' } })),
    ).toMatchObject({
      code: 'instance-inconnue',
      field: 'decidedBy.bodyId',
    });
  });

  it('refuses a decision dated before 2000', () => {
    expect(
      new Scenario().rejection('cci-normandie', target({ decidedBy: { bodyId: 'comex', on: '1999-12-31' } })),
    ).toMatchObject({ code: 'date-hors-bornes', field: 'decidedBy.on' });
  });
});

describe("framing an indicator's trajectory: its baseline and its final target", () => {
  const trajectory = (body: Record<string, unknown> = {}) =>
    command('SetIndicatorTrajectory', {
      cciId: 'cci-seine-estuaire',
      indicatorId: 'premier-niveau-information',
      baseline: { year: 2022, value: 900 },
      finalTarget: 1500,
      unitId: 'entreprises',
      decidedBy: { bodyId: 'assemblee-generale', on: '2023-03-15' },
      ...body,
    });

  it('is the regional CCI’s; a revision is a new fact with the body that decided it, the same one none', () => {
    const scenario = new Scenario();
    expect(scenario.given('cci-normandie', trajectory())[0]).toMatchObject({
      type: 'IndicatorTrajectorySet',
      aggregateId: 'indicator-trajectory:cci-seine-estuaire:premier-niveau-information',
      payload: { baseline: { year: 2022, value: 900 }, finalTarget: 1500 },
    });
    expect(scenario.given('cci-normandie', trajectory())).toEqual([]);
    const revised = { bodyId: 'bureau-regional', on: '2025-02-01' };
    expect(
      scenario.given('cci-normandie', trajectory({ finalTarget: 1700, decidedBy: revised }))[0],
    ).toMatchObject({ aggregateVersion: 2, payload: { finalTarget: 1700, decidedBy: revised } });
    expect(scenario.rejection('cci-seine-estuaire', trajectory()).code).toBe('reserve-cci-regionale');
  });

  it('takes a baseline measured in the five years before the COM or its first year, in the indicator’s unit', () => {
    const scenario = new Scenario();
    expect(
      scenario.rejection('cci-normandie', trajectory({ baseline: { year: 2024, value: 900 } })),
    ).toMatchObject({
      code: 'annee-de-reference',
      field: 'baseline.year',
      message:
        "L'année de référence doit être entre 2018 et 2023, la première année de la COM Normandie 2023-2027.",
    });
    expect(
      scenario.rejection('cci-normandie', trajectory({ baseline: { year: 2022, value: -3 } })),
    ).toMatchObject({ code: 'valeur-negative', field: 'baseline.value' });
    expect(scenario.rejection('cci-normandie', trajectory({ finalTarget: 12.5 }))).toMatchObject({
      code: 'valeur-non-entiere',
      field: 'finalTarget',
    });
    expect(scenario.rejection('cci-normandie', trajectory({ unitId: 'pourcentage' })).code).toBe(
      'unite-erronee',
    );
  });
});

describe('recording the signature of a COM', () => {
  const sign = command('SignObjectivesConvention', {
    comId: 'com-normandie-2023-2027',
    signedOn: null,
    signedOnText: '12 septembre',
    place: 'Deauville',
    signatories: ['CCI France'],
  });

  it('belongs to the regional CCI of the COM’s region, once', () => {
    const scenario = new Scenario();
    expect(scenario.rejection('cci-pays-de-la-loire', sign).code).toBe('autre-region');
    expect(scenario.given('cci-normandie', sign)[0]?.payload).toMatchObject({
      axisIds: [
        'transition-ecologique',
        'transitions-numerique-economique-rh',
        'orienter-former-recruter',
        'entrepreneuriat-transmission',
        'international',
        'representation',
        'moyens-competences',
      ],
    });
    expect(scenario.rejection('cci-normandie', sign)).toMatchObject({
      kind: 'conflict',
      code: 'deja-signee',
    });
  });
});
