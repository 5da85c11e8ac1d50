import { describe, expect, it } from '@jest/globals';

import { command, Scenario } from '../../test/scenario.js';
import { referenceData as reference } from '../reference/index.js';
import { actionOrder, stepsReached } from './action-list.js';
import { actionProgress, actionProgressId } from './action-progress.js';
import { project } from './projection.js';

const REGION = 'cci-pays-de-la-loire';

function plan(scenario: Scenario, actionId: string, title: string, functionId: string, totem = false) {
  scenario.given(
    REGION,
    command('PlanAction', {
      actionId,
      regionId: 'pays-de-la-loire',
      ownerCciId: REGION,
      title,
      functionId,
      totem,
      plannedOn: '2024-01-10',
    }),
  );
}

function actionsOf(scenario: Scenario) {
  return project(actionProgress, scenario.events, reference).get(actionProgressId('pays-de-la-loire'))!
    .actions;
}

describe('the actions as their list shows them', () => {
  it('places each action on its way planned → started → completed, an abandoned one where it stopped', () => {
    const given = new Scenario();
    plan(given, 'prevue', 'Prévue', 'si');
    plan(given, 'demarree', 'Démarrée', 'si');
    plan(given, 'achevee', 'Achevée', 'si');
    plan(given, 'abandonnee-tot', 'Abandonnée avant de démarrer', 'si');
    plan(given, 'abandonnee-en-cours', 'Abandonnée en cours', 'si');
    for (const actionId of ['demarree', 'achevee', 'abandonnee-en-cours'])
      given.given(REGION, command('StartAction', { actionId, startedOn: '2024-02-01' }));
    given.given(REGION, command('CompleteAction', { actionId: 'achevee', completedOn: '2024-05-31' }));
    for (const actionId of ['abandonnee-tot', 'abandonnee-en-cours'])
      given.given(
        REGION,
        command('AbandonAction', { actionId, abandonedOn: '2024-04-01', reason: 'Budget' }),
      );
    const actions = actionsOf(given);
    expect(Object.fromEntries(Object.entries(actions).map(([id, a]) => [id, stepsReached(a)]))).toEqual({
      prevue: 1,
      demarree: 2,
      achevee: 3,
      'abandonnee-tot': 1,
      'abandonnee-en-cours': 2,
    });
  });

  it('puts the totems first, then orders by function and title', () => {
    const given = new Scenario();
    plan(given, 'si-zeta', 'Zêta', 'si');
    plan(given, 'si-eco', 'Écoconception', 'si');
    plan(given, 'finance-achats', 'Achats', 'finance');
    plan(given, 'si-totem', 'Un seul SI', 'si', true);
    expect(actionOrder(actionsOf(given))).toEqual(['si-totem', 'finance-achats', 'si-eco', 'si-zeta']);
  });
});
