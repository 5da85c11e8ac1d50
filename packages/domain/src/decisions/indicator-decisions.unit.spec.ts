import { describe, expect, it } from '@jest/globals';

import { command, Scenario } from '../../test/scenario.js';
import { commandSchemas } from './commands.js';

const report = (body: Record<string, unknown> = {}) =>
  command('ReportIndicator', {
    cciId: 'cci-rouen-metropole',
    indicatorId: 'premier-niveau-information',
    period: '2024-T1',
    value: 412,
    unitId: 'entreprises',
    ...body,
  });

describe('reporting a COM indicator', () => {
  it('records the value, the unit and the CCI’s comment', () => {
    const [event] = new Scenario().given(
      'cci-rouen-metropole',
      report({ comment: 'Salon Made in Normandie en mars' }),
    );
    expect(event).toMatchObject({
      type: 'IndicatorReported',
      schemaVersion: 2,
      aggregateId: 'indicator-report:cci-rouen-metropole:premier-niveau-information:2024-T1',
      payload: { value: 412, unitId: 'entreprises', comment: 'Salon Made in Normandie en mars' },
    });
  });

  it('turns a second report of the same CCI, indicator and period into a correction that keeps the earlier value', () => {
    const scenario = new Scenario();
    scenario.given('cci-rouen-metropole', report());
    const [event] = scenario.given('cci-rouen-metropole', report({ value: 430 }));
    expect(event).toMatchObject({
      type: 'IndicatorReportCorrected',
      aggregateVersion: 2,
      payload: { previousValue: 412, value: 430, reason: 'Nouvelle déclaration pour T1 2024' },
    });
  });

  it('appends nothing when the same value is reported again', () => {
    const scenario = new Scenario();
    scenario.given('cci-rouen-metropole', report());
    expect(scenario.decide('cci-rouen-metropole', report())).toEqual({ events: [] });
  });

  it('is the reporting CCI’s own fact: its regional CCI cannot report for it', () => {
    const rejection = new Scenario().rejection('cci-normandie', report());
    expect(rejection).toMatchObject({ kind: 'forbidden', code: 'autre-cci' });
    expect(rejection.message).toBe(
      'Seule CCI Rouen Métropole peut déclarer ses propres valeurs ; CCI Normandie ne peut pas le faire à sa place.',
    );
  });

  it('refuses a value in another unit than the indicator’s', () => {
    const rejection = new Scenario().rejection('cci-rouen-metropole', report({ unitId: 'euros' }));
    expect(rejection).toMatchObject({ code: 'unite-erronee', field: 'unitId' });
    expect(rejection.message).toBe(
      "L'indicateur « Entreprises ayant bénéficié d'un premier niveau gratuit d'information » se déclare en entreprises (« entreprises »), pas en « euros ».",
    );
  });

  it('refuses a negative value where the unit says so, a fraction of a company, a rate above 100 %', () => {
    const scenario = new Scenario();
    expect(scenario.rejection('cci-rouen-metropole', report({ value: -3 })).message).toBe(
      'Une valeur en entreprises ne peut pas être négative (-3).',
    );
    expect(scenario.rejection('cci-rouen-metropole', report({ value: 2.5 })).message).toBe(
      'Une valeur en entreprises est un nombre entier (2.5).',
    );
    expect(
      scenario.rejection(
        'cci-rouen-metropole',
        report({ indicatorId: 'satisfaction-entreprises', unitId: 'pourcentage', value: 104 }),
      ).message,
    ).toBe('Une valeur en pourcentage ne dépasse pas 100 (104).');
  });

  it('refuses a value that is not a finite number before any decision', () => {
    for (const value of [Number.POSITIVE_INFINITY, Number.NaN, '412']) {
      const parsed = commandSchemas.ReportIndicator.safeParse({
        cciId: 'cci-rouen-metropole',
        indicatorId: 'premier-niveau-information',
        period: '2024-T1',
        value,
        unitId: 'entreprises',
      });
      expect(parsed.success).toBe(false);
    }
  });

  it('refuses a period outside the COM’s years, at the wrong frequency, or not yet begun', () => {
    const scenario = new Scenario();
    expect(scenario.rejection('cci-rouen-metropole', report({ period: '2022-T4' })).message).toBe(
      'La période T4 2022 sort des années de la COM Normandie 2023-2027 (2023-2027).',
    );
    expect(scenario.rejection('cci-rouen-metropole', report({ period: '2024' })).message).toBe(
      "L'indicateur « Entreprises ayant bénéficié d'un premier niveau gratuit d'information » se déclare par période trimestrielle (ex. 2024-T3).",
    );
    expect(scenario.rejection('cci-rouen-metropole', report({ period: '2024-T4' })).message).toBe(
      "La période T4 2024 n'a pas encore commencé.",
    );
  });

  it('refuses an indicator of another region’s COM', () => {
    const rejection = new Scenario().rejection('cci-mayenne', report({ cciId: 'cci-mayenne' }));
    expect(rejection).toMatchObject({ code: 'indicateur-hors-com', field: 'indicatorId' });
  });
});

describe('correcting a reported value', () => {
  it('needs a value to correct', () => {
    const rejection = new Scenario().rejection(
      'cci-rouen-metropole',
      command('CorrectIndicatorReport', {
        cciId: 'cci-rouen-metropole',
        indicatorId: 'premier-niveau-information',
        period: '2024-T1',
        value: 400,
        unitId: 'entreprises',
        reason: 'Doublons retirés',
      }),
    );
    expect(rejection).toMatchObject({ kind: 'not-found', code: 'declaration-inconnue' });
  });

  it('keeps the previous value and says why', () => {
    const scenario = new Scenario();
    scenario.given('cci-rouen-metropole', report());
    const [event] = scenario.given(
      'cci-rouen-metropole',
      command('CorrectIndicatorReport', {
        cciId: 'cci-rouen-metropole',
        indicatorId: 'premier-niveau-information',
        period: '2024-T1',
        value: 400,
        unitId: 'entreprises',
        reason: 'Doublons retirés',
        expectedVersion: 1,
      }),
    );
    expect(event?.payload).toMatchObject({ previousValue: 412, value: 400, reason: 'Doublons retirés' });
  });
});

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
