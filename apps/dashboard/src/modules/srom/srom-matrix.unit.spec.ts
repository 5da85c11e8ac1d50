import { describe, expect, it } from '@jest/globals';

import { cell, ccis, matrix, reference } from '../../../test/view-fixtures.js';
import { cellDescription, describeMode, offTargetCells } from './srom-matrix.js';

const integratedAtRegion = {
  mode: 'I' as const,
  delegate: { kind: 'ccir' as const, cciId: 'cci-pays-de-la-loire' },
  since: '2015-01-01',
};
const autonomous = { mode: 'A' as const, delegate: null, since: '2012-12-31' };
const gouvernance = reference.functions[0]!.macroProcesses[0]!;
const projection2026 = {
  id: '2026',
  label: 'Projection 2026',
  kind: 'target' as const,
  asOf: '2026-12-31',
  asOfNote: 'Fin du cycle.',
};

describe('the SROM matrix as the dashboard reads it', () => {
  it('says a mode in words, with its letter and its delegate', () => {
    expect(describeMode(reference, integratedAtRegion)).toBe(
      'Intégration (I), déléguée à CCI Pays de la Loire',
    );
    expect(describeMode(reference, { mode: 'I', delegate: { kind: 'third-party' } })).toBe(
      'Intégration (I), déléguée à Tiers opérateur',
    );
    expect(describeMode(reference, autonomous)).toBe('Autonomie (A)');
    expect(describeMode(reference, null)).toBe('mode inconnu');
  });

  it("gives every cell an accessible name that says what its colour and signs say, against the view's cycle's projection", () => {
    expect(
      cellDescription(
        reference,
        gouvernance,
        ccis[1]!,
        cell({ current: integratedAtRegion, gap: 'off-target' }),
        projection2026,
      ),
    ).toBe(
      "Gouvernance, CCI Mayenne : Intégration, I → CCI Pays de la Loire, écart à la projection 2026. Voir l'historique",
    );
    expect(cellDescription(reference, gouvernance, ccis[0]!, null, projection2026)).toBe(
      "Gouvernance, CCI Pays de la Loire : mode inconnu. Voir l'historique",
    );
  });

  it("lists the cells away from their projection in the served milestones table's order", () => {
    const offTarget = cell({ current: autonomous, gap: 'off-target' });
    const groups = { '2013': [], '2017': [], current: [], '2021': [] };
    const m = matrix(
      {
        'si-gouvernance': { 'cci-nantes-st-nazaire': offTarget },
        'si-services-numeriques': { 'cci-mayenne': offTarget, 'cci-nantes-st-nazaire': offTarget },
      },
      [
        {
          functionId: 'si',
          macroProcessId: 'si-gouvernance',
          groups,
          gaps: { onTarget: ['cci-mayenne'], offTarget: ['cci-nantes-st-nazaire'], unknown: [] },
        },
        {
          functionId: 'si',
          macroProcessId: 'si-services-numeriques',
          groups,
          gaps: { onTarget: [], offTarget: ['cci-mayenne', 'cci-nantes-st-nazaire'], unknown: [] },
        },
      ],
    );
    expect(
      offTargetCells(m, reference.functions).map((g) => [g.fn.label, g.macroProcess.label, g.cciId]),
    ).toEqual([
      ["Systèmes d'information", 'Gouvernance', 'cci-nantes-st-nazaire'],
      ["Systèmes d'information", 'Services numériques', 'cci-mayenne'],
      ["Systèmes d'information", 'Services numériques', 'cci-nantes-st-nazaire'],
    ]);
  });
});
