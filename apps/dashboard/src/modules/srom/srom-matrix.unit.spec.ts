import { describe, expect, it } from '@jest/globals';

import { cell, ccis, matrix, reference } from '../../../test/view-fixtures.js';
import {
  cellDescription,
  describeMode,
  documentedMacroProcesses,
  gapSummary,
  milestoneGroups,
  offTargetCells,
} from './srom-matrix.js';

const integratedAtRegion = {
  mode: 'I' as const,
  delegate: { kind: 'ccir' as const, cciId: 'cci-pays-de-la-loire' },
  since: '2015-01-01',
};
const autonomous = { mode: 'A' as const, delegate: null, since: '2012-12-31' };
const cciIds = ['cci-pays-de-la-loire', 'cci-mayenne', 'cci-nantes-st-nazaire'];
const gouvernance = reference.functions[0]!.macroProcesses[0]!;

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

  it('gives every cell an accessible name that says what its colour and signs say', () => {
    expect(
      cellDescription(
        reference,
        gouvernance,
        ccis[1]!,
        cell({ current: integratedAtRegion, gap: 'off-target' }),
      ),
    ).toBe(
      "Gouvernance, CCI Mayenne : Intégration, I → CCI Pays de la Loire, écart à la projection 2021. Voir l'historique",
    );
    expect(cellDescription(reference, gouvernance, ccis[0]!, null)).toBe(
      "Gouvernance, CCI Pays de la Loire : mode inconnu. Voir l'historique",
    );
  });

  it('computes the gap to the projection per macro-process, CCI by CCI', () => {
    const m = matrix({
      'si-gouvernance': {
        'cci-mayenne': cell({ current: integratedAtRegion, gap: 'on-target' }),
        'cci-nantes-st-nazaire': cell({ current: autonomous, gap: 'off-target' }),
      },
    });
    expect(gapSummary(m, 'si-gouvernance', cciIds)).toEqual({
      onTarget: ['cci-mayenne'],
      offTarget: ['cci-nantes-st-nazaire'],
      unknown: ['cci-pays-de-la-loire'],
    });
    expect(
      offTargetCells(m, reference.functions, cciIds).map((g) => `${g.macroProcess.id}/${g.cciId}`),
    ).toEqual(['si-gouvernance/cci-nantes-st-nazaire']);
  });

  it('groups the CCIs that share a mode at a milestone, delegate included', () => {
    const viaNantes = {
      mode: 'I' as const,
      delegate: { kind: 'ccit' as const, cciId: 'cci-nantes-st-nazaire' },
      since: '2013-01-01',
    };
    const m = matrix({
      'si-gouvernance': {
        'cci-mayenne': cell({
          current: integratedAtRegion,
          milestones: { '2013': viaNantes, '2017': integratedAtRegion, '2021': null },
        }),
        'cci-nantes-st-nazaire': cell({
          current: integratedAtRegion,
          milestones: { '2013': autonomous, '2017': integratedAtRegion, '2021': null },
        }),
      },
    });
    expect(milestoneGroups(m, 'si-gouvernance', cciIds, '2013')).toEqual([
      { snapshot: null, cciIds: ['cci-pays-de-la-loire'] },
      { snapshot: viaNantes, cciIds: ['cci-mayenne'] },
      { snapshot: autonomous, cciIds: ['cci-nantes-st-nazaire'] },
    ]);
    expect(milestoneGroups(m, 'si-gouvernance', cciIds, 'current')).toEqual([
      { snapshot: null, cciIds: ['cci-pays-de-la-loire'] },
      { snapshot: integratedAtRegion, cciIds: ['cci-mayenne', 'cci-nantes-st-nazaire'] },
    ]);
  });

  it('lists for the milestones table only the macro-processes the documents speak of', () => {
    const m = matrix({
      'si-gouvernance': { 'cci-mayenne': cell({ current: autonomous }) },
      'si-services-numeriques': { 'cci-mayenne': cell({}) },
    });
    expect(documentedMacroProcesses(m, reference.functions[0]!).map((mp) => mp.id)).toEqual([
      'si-gouvernance',
    ]);
  });
});
