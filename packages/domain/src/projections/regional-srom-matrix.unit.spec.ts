import { describe, expect, it } from '@jest/globals';

import { command, Scenario } from '../../test/scenario.js';
import { referenceData as reference } from '../reference/index.js';
import { project } from './projection.js';
import { modeTotals, regionalSromMatrix, sromMatrixId } from './regional-srom-matrix.js';

describe("a region's SROM grid counted by mode", () => {
  it('adds up the cells of every support function, the unknown ones included, and lists the CCIs in each mode', () => {
    const given = new Scenario();
    for (const [macroProcessId, to] of [
      ['si-gouvernance', 'I'],
      ['finance-stocks', 'A'],
      ['rh-administration-paie', 'A'],
    ] as const) {
      given.given(
        'cci-pays-de-la-loire',
        command('ChangeProcessMode', {
          cciId: 'cci-mayenne',
          macroProcessId,
          from: null,
          to,
          delegate: to === 'I' ? { kind: 'ccir', cciId: 'cci-pays-de-la-loire' } : null,
          effectiveDate: '2024-01-01',
          rationale: 'Décision du Bureau',
          expectedVersion: 0,
        }),
      );
    }
    const matrix = project(regionalSromMatrix, given.events, reference).get(
      sromMatrixId('pays-de-la-loire'),
    )!;
    const cells = reference.macroProcesses().length * reference.ccisOfRegion('pays-de-la-loire').length;
    expect(modeTotals(matrix.distribution)).toEqual({
      A: 2,
      C: 0,
      H: 0,
      M: 0,
      I: 1,
      unknown: cells - 3,
    });
    // What a DSI reads in the database beside the body: the CCIs in each mode, per macro-process.
    expect(regionalSromMatrix.plainFields?.(matrix, reference)).toEqual({
      modes: {
        'finance-stocks': { A: ['cci-mayenne'] },
        'rh-administration-paie': { A: ['cci-mayenne'] },
        'si-gouvernance': { I: ['cci-mayenne'] },
      },
      distribution: matrix.distribution,
    });
  });
});
