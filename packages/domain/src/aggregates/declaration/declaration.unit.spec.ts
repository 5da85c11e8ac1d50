import { describe, expect, it } from '@jest/globals';

import { fact, given } from '../../../test/decider-spec.js';
import { command, Scenario } from '../../../test/scenario.js';
import { commandSchemas } from '../../decisions/commands.js';
import { readEvent } from '../../events/envelope.js';
import { evolveAggregate } from '../../decisions/aggregate-state.js';
import { decide } from '../../decisions/decide.js';
import { referenceData as reference } from '../../reference/index.js';

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

const ROUEN = 'cci-rouen-metropole';
const of = { cciId: ROUEN, indicatorId: 'premier-niveau-information', period: '2024-T3' };
const AGGREGATE = `indicator-report:${ROUEN}:premier-niveau-information:2024-T3`;
const reported = (value: number, comment: string | null = null) =>
  fact('IndicatorReported', { ...of, value, unitId: 'entreprises', comment });
const corrected = (previousValue: number, value: number) =>
  fact('IndicatorReportCorrected', {
    ...of,
    previousValue,
    value,
    unitId: 'entreprises',
    comment: null,
    reason: 'Doublons retirés',
  });
const drafted = (value: number, comment: string | null = null) =>
  fact('IndicatorValueDrafted', { ...of, value, unitId: 'entreprises', comment });
const validated = (declaredVersion: number, value: number) =>
  fact('DeclarationValidated', { ...of, declaredVersion, value, unitId: 'entreprises' });
const sentBack = (declaredVersion: number, comment = 'Le chiffre double celui du T2 : à vérifier') =>
  fact('DeclarationSentBack', { ...of, declaredVersion, comment });
const closed = (missing = 69) =>
  fact('CampaignClosed', {
    regionId: 'normandie',
    period: '2024-T3',
    comId: 'com-normandie-2023-2027',
    expected: 70,
    validated: 70 - missing,
    awaitingValidation: 0,
    sentBack: 0,
    notDeclared: missing,
    missing,
  });
const reopenedFor = (cciId: string) =>
  fact('CampaignReopenedForCci', {
    regionId: 'normandie',
    period: '2024-T3',
    cciId,
    reason: 'Erreur de saisie signalée par la CCI',
  });

describe('a draft, which the region does not see', () => {
  it('is kept with its value, unit and comment, and declares nothing', () => {
    given()
      .when(ROUEN, 'DraftIndicatorValue', { ...of, value: 380, unitId: 'entreprises', comment: 'Provisoire' })
      .then({
        type: 'IndicatorValueDrafted',
        payload: { ...of, value: 380, unitId: 'entreprises', comment: 'Provisoire' },
      });
    const draft = given(drafted(380)).state(AGGREGATE);
    expect(draft).toMatchObject({ status: 'a-declarer', declared: null, draft: { value: 380 } });
  });

  it('changes nothing when kept again as it is', () => {
    given(drafted(380))
      .when(ROUEN, 'DraftIndicatorValue', { ...of, value: 380, unitId: 'entreprises' })
      .thenNothing();
  });

  it('is declared as it is by DeclareIndicatorDraft, which consumes it', () => {
    given(drafted(380, 'Salon en septembre'))
      .when(ROUEN, 'DeclareIndicatorDraft', of)
      .then({
        type: 'IndicatorReported',
        payload: { ...of, value: 380, unitId: 'entreprises', comment: 'Salon en septembre' },
      });
    expect(given(drafted(380), reported(380)).state(AGGREGATE)).toMatchObject({
      status: 'declaree',
      draft: null,
      declared: { version: 2, value: 380 },
    });
  });

  it('gives way to the value a declaration states itself', () => {
    given(drafted(380))
      .when(ROUEN, 'ReportIndicator', { ...of, value: 412, unitId: 'entreprises' })
      .then({
        type: 'IndicatorReported',
        payload: { ...of, value: 412, unitId: 'entreprises', comment: null },
      });
  });

  it('must exist to be declared', () => {
    const rejection = given().when(ROUEN, 'DeclareIndicatorDraft', of).thenRejected({
      kind: 'invalid',
      code: 'brouillon-absent',
    });
    expect(rejection.message).toBe(
      "Aucun brouillon n'est gardé pour « Entreprises ayant bénéficié d'un premier niveau gratuit d'information » en T3 2024 : saisissez une valeur pour la déclarer.",
    );
  });

  it('is the CCI’s own: its region cannot keep one for it', () => {
    given()
      .when('cci-normandie', 'DraftIndicatorValue', { ...of, value: 380, unitId: 'entreprises' })
      .thenRejected({ kind: 'forbidden', code: 'autre-cci' });
  });
});

describe('the region’s review of a declaration', () => {
  it('validates the declared version it names, with its value', () => {
    given(reported(412))
      .when('cci-normandie', 'ValidateDeclaration', { ...of, declaredVersion: 1 })
      .then({
        type: 'DeclarationValidated',
        payload: { ...of, declaredVersion: 1, value: 412, unitId: 'entreprises' },
      });
  });

  it('is not disturbed by a draft the CCI keeps after declaring: drafts are not what it validates', () => {
    given(reported(412), drafted(415))
      .when('cci-normandie', 'ValidateDeclaration', { ...of, declaredVersion: 1 })
      .then({
        type: 'DeclarationValidated',
        payload: { ...of, declaredVersion: 1, value: 412, unitId: 'entreprises' },
      });
  });

  it('refuses to validate a declaration that changed since it was read, naming the current value', () => {
    const rejection = given(reported(412), corrected(412, 1412))
      .when('cci-normandie', 'ValidateDeclaration', { ...of, declaredVersion: 1 })
      .thenRejected({
        kind: 'conflict',
        code: 'declaration-modifiee',
        field: 'declaredVersion',
        currentVersion: 2,
      });
    expect(rejection.message).toBe(
      'CCI Rouen Métropole a déclaré à nouveau depuis votre lecture : la déclaration en cours est la version 2 (1\u202f412 entreprises), pas la 1. Relisez-la avant de la revoir.',
    );
  });

  it('needs something declared', () => {
    given(drafted(380))
      .when('cci-normandie', 'ValidateDeclaration', { ...of, declaredVersion: 1 })
      .thenRejected({ kind: 'not-found', code: 'declaration-absente' });
  });

  it('changes nothing when a validated declaration is validated again', () => {
    given(reported(412), validated(1, 412))
      .when('cci-normandie', 'ValidateDeclaration', { ...of, declaredVersion: 1 })
      .thenNothing();
  });

  it('sends a declaration back with the region’s comment, which a CCI must answer with a change', () => {
    given(reported(412))
      .when('cci-normandie', 'SendBackDeclaration', {
        ...of,
        declaredVersion: 1,
        comment: 'Le chiffre double celui du T2 : à vérifier',
      })
      .then({
        type: 'DeclarationSentBack',
        payload: { ...of, declaredVersion: 1, comment: 'Le chiffre double celui du T2 : à vérifier' },
      });
    expect(
      commandSchemas.SendBackDeclaration.safeParse({ ...of, declaredVersion: 1, comment: '  ' }).success,
    ).toBe(false);
    expect(commandSchemas.SendBackDeclaration.safeParse({ ...of, declaredVersion: 1 }).success).toBe(false);
    const rejection = given(reported(412), sentBack(1))
      .when(ROUEN, 'ReportIndicator', { ...of, value: 412, unitId: 'entreprises' })
      .thenRejected({ kind: 'invalid', code: 'renvoi-sans-changement' });
    expect(rejection.message).toBe(
      'CCI Rouen Métropole doit revoir ce chiffre, renvoyé par la région : changez la valeur ou expliquez-la dans le commentaire avant de le déclarer à nouveau.',
    );
  });

  it('takes the corrected declaration back to déclarée, for the region to validate again', () => {
    given(reported(412), sentBack(1))
      .when(ROUEN, 'ReportIndicator', { ...of, value: 206, unitId: 'entreprises' })
      .then({
        type: 'IndicatorReportCorrected',
        payload: {
          ...of,
          previousValue: 412,
          value: 206,
          unitId: 'entreprises',
          comment: null,
          reason: 'Nouvelle déclaration après renvoi pour T3 2024',
        },
      });
    const spec = given(reported(412), sentBack(1), corrected(412, 206));
    expect(spec.state(AGGREGATE)).toMatchObject({ status: 'declaree', sentBackComment: null });
    spec.when('cci-normandie', 'ValidateDeclaration', { ...of, declaredVersion: 3 }).then({
      type: 'DeclarationValidated',
      payload: { ...of, declaredVersion: 3, value: 206, unitId: 'entreprises' },
    });
  });

  it('is undone by a correction before the campaign closes: the figure is déclarée again', () => {
    given(reported(412), validated(1, 412))
      .when(ROUEN, 'CorrectIndicatorReport', {
        ...of,
        value: 400,
        unitId: 'entreprises',
        reason: 'Doublons retirés',
      })
      .then({
        type: 'IndicatorReportCorrected',
        payload: {
          ...of,
          previousValue: 412,
          value: 400,
          unitId: 'entreprises',
          comment: null,
          reason: 'Doublons retirés',
        },
      });
    expect(given(reported(412), validated(1, 412), corrected(412, 400)).state(AGGREGATE)).toMatchObject({
      status: 'declaree',
    });
  });

  it('belongs to the regional CCI of the declaring CCI’s region, with the role validation', () => {
    const body = { ...of, declaredVersion: 1 };
    given(reported(412))
      .when(ROUEN, 'ValidateDeclaration', body)
      .thenRejected({ kind: 'forbidden', code: 'reserve-cci-regionale' });
    given(reported(412))
      .when('cci-pays-de-la-loire', 'ValidateDeclaration', body)
      .thenRejected({ kind: 'forbidden', code: 'autre-region' });
    given(reported(412))
      .when('cci-france', 'SendBackDeclaration', { ...body, comment: 'À revoir' })
      .thenRejected({ kind: 'forbidden', code: 'lecture-seule' });
    const rejection = given(reported(412))
      .when('cci-normandie', 'ValidateDeclaration', body, {
        roles: ['saisie', 'lecture'],
        agent: { kind: 'person', personId: '2c0e6a53-5f7b-4d7e-8b1a-6f0c3d9e4a21', name: 'Paul Durand' },
      })
      .thenRejected({ kind: 'forbidden', code: 'role-manquant' });
    expect(rejection.message).toBe(
      "Paul Durand n'a pas le rôle « validation » pour CCI Normandie, qu'il faut pour enregistrer ce fait.",
    );
  });
});

describe('a declaration of a closed period', () => {
  it('is refused to the CCI, whatever it tries, with a clear message', () => {
    const spec = given(reported(412), validated(1, 412), closed());
    const rejection = spec
      .when(ROUEN, 'ReportIndicator', { ...of, value: 430, unitId: 'entreprises' })
      .thenRejected({ kind: 'conflict', code: 'periode-cloturee', field: 'period' });
    expect(rejection.message).toBe(
      'La période T3 2024 est clôturée par CCI Normandie : ses chiffres ne peuvent plus changer. Pour corriger, demandez-lui de rouvrir la période pour CCI Rouen Métropole.',
    );
    spec
      .when(ROUEN, 'CorrectIndicatorReport', { ...of, value: 430, unitId: 'entreprises', reason: 'Oubli' })
      .thenRejected({ code: 'periode-cloturee' });
    spec
      .when(ROUEN, 'DraftIndicatorValue', { ...of, value: 430, unitId: 'entreprises' })
      .thenRejected({ code: 'periode-cloturee' });
    given(drafted(380), closed(70))
      .when(ROUEN, 'DeclareIndicatorDraft', of)
      .thenRejected({ code: 'periode-cloturee' });
  });

  it('is refused to the region’s review too', () => {
    const rejection = given(reported(412), closed())
      .when('cci-normandie', 'ValidateDeclaration', { ...of, declaredVersion: 1 })
      .thenRejected({ kind: 'conflict', code: 'periode-cloturee' });
    expect(rejection.message).toBe(
      'La période T3 2024 est clôturée : rouvrez-la pour CCI Rouen Métropole avant de revoir ses déclarations.',
    );
  });

  it('changes again for the CCI the region reopened the period for, and for it only, until the next closing', () => {
    const spec = given(reported(412), validated(1, 412), closed(), reopenedFor(ROUEN));
    spec
      .when(ROUEN, 'CorrectIndicatorReport', { ...of, value: 430, unitId: 'entreprises', reason: 'Oubli' })
      .then({
        type: 'IndicatorReportCorrected',
        payload: {
          ...of,
          previousValue: 412,
          value: 430,
          unitId: 'entreprises',
          comment: null,
          reason: 'Oubli',
        },
      });
    given(reported(412), corrected(412, 430), closed(), reopenedFor(ROUEN))
      .when('cci-normandie', 'ValidateDeclaration', { ...of, declaredVersion: 2 })
      .then({
        type: 'DeclarationValidated',
        payload: { ...of, declaredVersion: 2, value: 430, unitId: 'entreprises' },
      });
    spec
      .when('cci-caen-normandie', 'ReportIndicator', {
        ...of,
        cciId: 'cci-caen-normandie',
        value: 90,
        unitId: 'entreprises',
      })
      .thenRejected({ code: 'periode-cloturee' });
    given(reported(412), closed(), reopenedFor(ROUEN), closed())
      .when(ROUEN, 'ReportIndicator', { ...of, value: 430, unitId: 'entreprises' })
      .thenRejected({ code: 'periode-cloturee' });
  });
});

describe('the version a CCI read', () => {
  it('refuses a change made on a stale reading, with the value now declared', () => {
    const rejection = given(reported(412), drafted(415))
      .when(ROUEN, 'ReportIndicator', { ...of, value: 430, unitId: 'entreprises', expectedVersion: 1 })
      .thenRejected({ kind: 'conflict', code: 'version-perimee', currentVersion: 2 });
    expect(rejection.message).toBe(
      'Ce chiffre a changé depuis votre lecture (version attendue 1, version actuelle 2) : valeur déclarée 412 entreprises (en attente de validation) ; brouillon 415 entreprises. Relisez-le avant de recommencer.',
    );
  });

  it('makes a figure set back to an earlier value a new declaration', () => {
    given(reported(10), corrected(10, 12))
      .when(ROUEN, 'ReportIndicator', { ...of, value: 10, unitId: 'entreprises', expectedVersion: 2 })
      .then({
        type: 'IndicatorReportCorrected',
        payload: {
          ...of,
          previousValue: 12,
          value: 10,
          unitId: 'entreprises',
          comment: null,
          reason: 'Nouvelle déclaration pour T3 2024',
        },
      });
  });
});

describe('a figure reported before campaigns existed', () => {
  it('reads as déclarée, and the region can validate it', () => {
    const read = readEvent(
      {
        eventId: '0b7f2a0e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
        type: 'IndicatorReported',
        schemaVersion: 1,
        aggregateId: AGGREGATE,
        aggregateVersion: 1,
        recordedBy: ROUEN,
        actor: { credentialId: 'cle-rouen', person: null },
        source: { service: 'ingest-api' },
        occurredAt: '2024-10-05T09:00:00.000Z',
        recordedAt: '2024-10-05T09:00:00.000Z',
        correlationId: 'ancien',
        causationId: null,
        idempotencyKey: null,
        payload: { ...of, period: { year: 2024, quarter: 3 }, value: 412 },
      },
      reference,
    );
    if (!('event' in read)) throw new Error(read.rejection.message);
    const state = evolveAggregate(undefined, read.event);
    expect(state).toMatchObject({
      kind: 'declaration',
      status: 'declaree',
      declared: { version: 1, value: 412 },
    });
    const decision = decide(command('ValidateDeclaration', { ...of, declaredVersion: 1 }), state, {
      writer: {
        cciId: 'cci-normandie',
        agent: { kind: 'machine-key', keyId: '0123456789ab', label: 'test', source: 'file' },
        roles: ['validation'],
      },
      reference,
      now: new Date('2024-11-15T10:00:00.000Z'),
      lookup: () => undefined,
    });
    expect(decision).toMatchObject({
      events: [
        { type: 'DeclarationValidated', payload: { declaredVersion: 1, value: 412, unitId: 'entreprises' } },
      ],
    });
  });
});
