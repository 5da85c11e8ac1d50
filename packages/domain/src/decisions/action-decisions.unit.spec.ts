import { describe, expect, it } from '@jest/globals';

import { command, Scenario } from '../../test/scenario.js';

const plan = (body: Record<string, unknown> = {}) =>
  command('PlanAction', {
    actionId: 'si-fusion-six-si',
    regionId: 'pays-de-la-loire',
    ownerCciId: 'cci-pays-de-la-loire',
    title: 'Fusionner les six systèmes d’information en un seul',
    functionId: 'si',
    totem: true,
    plannedOn: '2024-01-10',
    ...body,
  });

describe('actions and chantiers', () => {
  it('are planned by the regional CCI for its region, then started and completed', () => {
    const scenario = new Scenario();
    scenario.given('cci-pays-de-la-loire', plan());
    scenario.given(
      'cci-pays-de-la-loire',
      command('StartAction', { actionId: 'si-fusion-six-si', startedOn: '2024-02-01' }),
    );
    const [completed] = scenario.given(
      'cci-pays-de-la-loire',
      command('CompleteAction', { actionId: 'si-fusion-six-si', completedOn: '2024-05-31' }),
    );
    expect(completed).toMatchObject({
      type: 'ActionCompleted',
      aggregateId: 'action:si-fusion-six-si',
      aggregateVersion: 3,
      payload: { regionId: 'pays-de-la-loire', completedOn: '2024-05-31' },
    });
  });

  it('lets a territorial CCI plan its own action but not one owned by another CCI', () => {
    const scenario = new Scenario();
    scenario.given('cci-vendee', plan({ actionId: 'vendee-paie', ownerCciId: 'cci-vendee', totem: false }));
    const rejection = scenario.rejection(
      'cci-vendee',
      plan({ actionId: 'mayenne-paie', ownerCciId: 'cci-mayenne' }),
    );
    expect(rejection.message).toBe(
      'CCI Vendée ne peut enregistrer des faits que sur elle-même, pas sur CCI Mayenne.',
    );
  });

  it('refuses an owner that does not belong to the stated region', () => {
    const rejection = new Scenario().rejection(
      'cci-pays-de-la-loire',
      plan({ ownerCciId: 'cci-caen-normandie' }),
    );
    expect(rejection).toMatchObject({ kind: 'invalid', code: 'cci-hors-region', field: 'ownerCciId' });
    expect(rejection.message).toBe("CCI Caen Normandie n'appartient pas à la région Pays de la Loire.");
  });

  it('cannot complete an action that was never planned', () => {
    const rejection = new Scenario().rejection(
      'cci-pays-de-la-loire',
      command('CompleteAction', { actionId: 'fantome', completedOn: '2024-05-31' }),
    );
    expect(rejection).toMatchObject({ kind: 'not-found', code: 'action-inconnue' });
    expect(rejection.message).toBe("L'action « fantome » n'a jamais été planifiée.");
  });

  it('cannot complete before it was planned', () => {
    const scenario = new Scenario();
    scenario.given('cci-pays-de-la-loire', plan());
    const rejection = scenario.rejection(
      'cci-pays-de-la-loire',
      command('CompleteAction', { actionId: 'si-fusion-six-si', completedOn: '2023-12-31' }),
    );
    expect(rejection).toMatchObject({ code: 'date-anterieure', field: 'completedOn' });
    expect(rejection.message).toBe('La date 31 décembre 2023 précède sa planification (10 janvier 2024).');
  });

  it('cannot complete twice', () => {
    const scenario = new Scenario();
    scenario.given('cci-pays-de-la-loire', plan());
    scenario.given(
      'cci-pays-de-la-loire',
      command('CompleteAction', { actionId: 'si-fusion-six-si', completedOn: '2024-03-01' }),
    );
    const rejection = scenario.rejection(
      'cci-pays-de-la-loire',
      command('CompleteAction', { actionId: 'si-fusion-six-si', completedOn: '2024-04-01' }),
    );
    expect(rejection).toMatchObject({ kind: 'conflict', code: 'transition-impossible', currentVersion: 2 });
    expect(rejection.message).toBe("L'action ne peut pas être achevée : elle est déjà achevée.");
  });

  it('cannot be planned twice', () => {
    const scenario = new Scenario();
    scenario.given('cci-pays-de-la-loire', plan());
    expect(scenario.rejection('cci-pays-de-la-loire', plan())).toMatchObject({
      kind: 'conflict',
      code: 'action-existante',
    });
  });

  it('records why an action is abandoned, and nothing moves it afterwards', () => {
    const scenario = new Scenario();
    scenario.given('cci-pays-de-la-loire', plan());
    const [abandoned] = scenario.given(
      'cci-pays-de-la-loire',
      command('AbandonAction', {
        actionId: 'si-fusion-six-si',
        abandonedOn: '2024-04-01',
        reason: 'Audit SI 2017 défavorable',
      }),
    );
    expect(abandoned?.payload).toMatchObject({ reason: 'Audit SI 2017 défavorable' });
    expect(
      scenario.rejection(
        'cci-pays-de-la-loire',
        command('StartAction', { actionId: 'si-fusion-six-si', startedOn: '2024-05-01' }),
      ).message,
    ).toBe("L'action ne peut pas démarrer : elle est déjà abandonnée.");
  });

  it('refuses macro-processes outside the action’s function', () => {
    const rejection = new Scenario().rejection(
      'cci-pays-de-la-loire',
      plan({ macroProcessIds: ['rh-administration-paie'] }),
    );
    expect(rejection).toMatchObject({ code: 'macro-processus-hors-fonction', field: 'macroProcessIds.0' });
  });
});
