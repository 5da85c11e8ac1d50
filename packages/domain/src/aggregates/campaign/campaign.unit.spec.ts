import { describe, expect, it } from '@jest/globals';

import { fact, given, type Fact } from '../../../test/decider-spec.js';
import { command } from '../../../test/scenario.js';
import { commandReads, decide } from '../../decisions/decide.js';
import { referenceData as reference } from '../../reference/index.js';
import { expectedDeclarations } from './expected-declarations.js';

const T3 = { regionId: 'normandie', period: '2024-T3' };
const KEY = { kind: 'machine-key', keyId: '0123456789ab', label: 'test', source: 'file' } as const;
const EXPECTED = expectedDeclarations(reference, 'normandie', '2024-T3');

/** Every declaration the campaign expects, declared, and validated but for the last `unvalidated`. */
function declarations(unvalidated: number): Fact[] {
  return EXPECTED.flatMap(({ cci, indicator }, index) => {
    const of = { cciId: cci.id, indicatorId: indicator.id, period: '2024-T3' };
    const value = indicator.unitId === 'pourcentage' ? 80 : 10;
    const reported = fact('IndicatorReported', { ...of, value, unitId: indicator.unitId, comment: null });
    return index < EXPECTED.length - unvalidated
      ? [
          reported,
          fact('DeclarationValidated', { ...of, declaredVersion: 1, value, unitId: indicator.unitId }),
        ]
      : [reported];
  });
}

const closedFacts = (missing: number) =>
  fact('CampaignClosed', {
    ...T3,
    comId: 'com-normandie-2023-2027',
    expected: 70,
    validated: 70 - missing,
    awaitingValidation: 0,
    sentBack: 0,
    notDeclared: missing,
    missing,
  });

describe('the declarations a campaign expects', () => {
  it('are each territorial CCI of the region for each indicator of the period’s frequency', () => {
    expect(EXPECTED).toHaveLength(5 * 14);
    expect(new Set(EXPECTED.map((e) => e.cci.kind))).toEqual(new Set(['territorial']));
    expect(expectedDeclarations(reference, 'normandie', '2024')).toEqual([]);
    expect(expectedDeclarations(reference, 'pays-de-la-loire', '2024-T3')).toEqual([]);
  });
});

describe('closing a campaign', () => {
  it('records who closed it and the counts, when every expected declaration is validated', () => {
    given(...declarations(0))
      .when('cci-normandie', 'CloseCampaign', T3)
      .then({
        type: 'CampaignClosed',
        payload: {
          ...T3,
          comId: 'com-normandie-2023-2027',
          expected: 70,
          validated: 70,
          awaitingValidation: 0,
          sentBack: 0,
          notDeclared: 0,
          missing: 0,
        },
      });
  });

  it('with declarations missing, is refused until the region confirms how many, with the count', () => {
    const facts = [
      ...declarations(0).slice(0, 2 * 60),
      fact('IndicatorReported', {
        cciId: 'cci-seine-estuaire',
        indicatorId: 'premier-niveau-information',
        period: '2024-T3',
        value: 12,
        unitId: 'entreprises',
        comment: null,
      }),
      fact('DeclarationSentBack', {
        cciId: 'cci-seine-estuaire',
        indicatorId: 'premier-niveau-information',
        period: '2024-T3',
        declaredVersion: 1,
        comment: 'À vérifier',
      }),
    ];
    const rejection = given(...facts)
      .when('cci-normandie', 'CloseCampaign', T3)
      .thenRejected({ kind: 'invalid', code: 'declarations-manquantes', field: 'acknowledgedMissing' });
    expect(rejection.message).toBe(
      'Dans la campagne du T3 2024, 10 déclarations attendues ne sont pas validées (9 non déclarées, 1 renvoyée) : pour la clôturer quand même, confirmez ces 10 déclarations manquantes (acknowledgedMissing = 10).',
    );
    given(...facts)
      .when('cci-normandie', 'CloseCampaign', { ...T3, acknowledgedMissing: 10 })
      .then({
        type: 'CampaignClosed',
        payload: {
          ...T3,
          comId: 'com-normandie-2023-2027',
          expected: 70,
          validated: 60,
          awaitingValidation: 0,
          sentBack: 1,
          notDeclared: 9,
          missing: 10,
        },
      });
    const stale = given(...facts)
      .when('cci-normandie', 'CloseCampaign', { ...T3, acknowledgedMissing: 8 })
      .thenRejected({ kind: 'conflict', code: 'declarations-manquantes-changees' });
    expect(stale.message).toBe(
      'Vous avez confirmé 8 déclarations manquantes, mais dans la campagne du T3 2024, 10 déclarations attendues ne sont pas validées (9 non déclarées, 1 renvoyée). Relisez la campagne avant de la clôturer.',
    );
  });

  it('counts declarations awaiting validation as missing: the consolidation counts validated ones only', () => {
    given(...declarations(1))
      .when('cci-normandie', 'CloseCampaign', T3)
      .thenRejected({
        code: 'declarations-manquantes',
        message:
          'Dans la campagne du T3 2024, 1 déclaration attendue n’est pas validée (1 en attente de validation) : pour la clôturer quand même, confirmez cette déclaration manquante (acknowledgedMissing = 1).',
      });
  });

  it('waits for the end of the period, which opens the campaign', () => {
    const rejection = given(...declarations(0))
      .when('cci-normandie', 'CloseCampaign', T3, { now: new Date('2024-09-30T12:00:00Z') })
      .thenRejected({ kind: 'invalid', code: 'campagne-pas-ouverte' });
    expect(rejection.message).toBe(
      "La période T3 2024 n'est pas terminée (elle finit le 30 septembre 2024) : sa campagne n'est pas encore ouverte.",
    );
  });

  it('is about a period of the region’s COM calendar', () => {
    given()
      .when('cci-normandie', 'CloseCampaign', { ...T3, period: '2022-T3' })
      .thenRejected({ code: 'periode-hors-calendrier', field: 'period' });
    given()
      .when('cci-pays-de-la-loire', 'CloseCampaign', { regionId: 'pays-de-la-loire', period: '2024-T3' })
      .thenRejected({
        code: 'periode-hors-calendrier',
        message:
          "La période T3 2024 n'est au calendrier d'aucune COM de la région Pays de la Loire : elle n'a pas de campagne.",
      });
  });

  it('belongs to the region’s regional CCI alone', () => {
    given().when('cci-rouen-metropole', 'CloseCampaign', T3).thenRejected({ code: 'reserve-cci-regionale' });
    given().when('cci-pays-de-la-loire', 'CloseCampaign', T3).thenRejected({ code: 'autre-region' });
    given().when('cci-france', 'CloseCampaign', T3).thenRejected({ code: 'lecture-seule' });
    given()
      .when('cci-normandie', 'CloseCampaign', T3, { roles: ['saisie', 'lecture'] })
      .thenRejected({ code: 'role-manquant' });
  });

  it('happens once, until the region reopens the period for a CCI', () => {
    given(closedFacts(70))
      .when('cci-normandie', 'CloseCampaign', { ...T3, acknowledgedMissing: 70 })
      .thenRejected({ kind: 'conflict', code: 'campagne-deja-cloturee', currentVersion: 1 });
    const reopened = fact('CampaignReopenedForCci', {
      ...T3,
      cciId: 'cci-caen-normandie',
      reason: 'Erreur de saisie',
    });
    given(closedFacts(70), reopened)
      .when('cci-normandie', 'CloseCampaign', { ...T3, acknowledgedMissing: 70 })
      .then({
        type: 'CampaignClosed',
        payload: {
          ...T3,
          comId: 'com-normandie-2023-2027',
          expected: 70,
          validated: 0,
          awaitingValidation: 0,
          sentBack: 0,
          notDeclared: 70,
          missing: 70,
        },
      });
  });

  it('refuses a stale expected version', () => {
    given(
      closedFacts(70),
      fact('CampaignReopenedForCci', { ...T3, cciId: 'cci-caen-normandie', reason: 'Oubli' }),
    )
      .when('cci-normandie', 'CloseCampaign', { ...T3, acknowledgedMissing: 70, expectedVersion: 1 })
      .thenRejected({ kind: 'conflict', code: 'version-perimee', currentVersion: 2 });
  });
});

describe('reopening a closed period for a CCI', () => {
  const reopen = {
    ...T3,
    cciId: 'cci-caen-normandie',
    reason: 'La CCI a retrouvé des accompagnements oubliés',
  };

  it('records the CCI and the reason', () => {
    given(closedFacts(70))
      .when('cci-normandie', 'ReopenCampaignForCci', reopen)
      .then({ type: 'CampaignReopenedForCci', payload: reopen });
  });

  it('needs a closed campaign, a reason, and a territorial CCI of the region, once', () => {
    given()
      .when('cci-normandie', 'ReopenCampaignForCci', reopen)
      .thenRejected({ kind: 'conflict', code: 'campagne-non-cloturee' });
    expect(() => command('ReopenCampaignForCci', { ...T3, cciId: 'cci-caen-normandie' })).toThrow();
    given(closedFacts(70))
      .when('cci-normandie', 'ReopenCampaignForCci', { ...reopen, cciId: 'cci-mayenne' })
      .thenRejected({ code: 'cci-hors-campagne', field: 'cciId' });
    given(closedFacts(70), fact('CampaignReopenedForCci', reopen))
      .when('cci-normandie', 'ReopenCampaignForCci', reopen)
      .thenRejected({ kind: 'conflict', code: 'campagne-deja-rouverte' });
  });

  it('belongs to the regional CCI', () => {
    given(closedFacts(70))
      .when('cci-caen-normandie', 'ReopenCampaignForCci', reopen)
      .thenRejected({ code: 'reserve-cci-regionale' });
  });
});

describe('what a decision reads', () => {
  const declare = command('ReportIndicator', {
    cciId: 'cci-rouen-metropole',
    indicatorId: 'premier-niveau-information',
    period: '2024-T3',
    value: 412,
    unitId: 'entreprises',
  });

  const commentRuleReads = [
    'indicator-report:cci-rouen-metropole:premier-niveau-information:2024-T2',
    'indicator-target:cci-rouen-metropole:premier-niveau-information:2024',
  ];

  it('is the declaration, its campaign and what the comment rule compares with for a declaration, every expected declaration for a closing', () => {
    expect(commandReads(declare, reference)).toEqual([
      'indicator-report:cci-rouen-metropole:premier-niveau-information:2024-T3',
      'campaign:normandie:2024-T3',
      ...commentRuleReads,
    ]);
    const close = commandReads(command('CloseCampaign', T3), reference);
    expect(close[0]).toBe('campaign:normandie:2024-T3');
    expect(close).toHaveLength(1 + 70);
  });

  it('is what the decision looks up, and nothing else', () => {
    const looked: string[] = [];
    decide(declare, undefined, {
      writer: { cciId: 'cci-rouen-metropole', agent: KEY, roles: ['saisie'] },
      reference,
      now: new Date('2024-11-15T10:00:00Z'),
      lookup: (id) => {
        looked.push(id);
        return undefined;
      },
    });
    expect(looked).toEqual(['campaign:normandie:2024-T3', ...commentRuleReads]);
    looked.length = 0;
    decide(command('CloseCampaign', T3), undefined, {
      writer: { cciId: 'cci-normandie', agent: KEY, roles: ['validation'] },
      reference,
      now: new Date('2024-11-15T10:00:00Z'),
      lookup: (id) => {
        looked.push(id);
        return undefined;
      },
    });
    expect(looked).toEqual(commandReads(command('CloseCampaign', T3), reference).slice(1));
  });
});
