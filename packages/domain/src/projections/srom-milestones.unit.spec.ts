import { describe, expect, it } from '@jest/globals';

import { command, Scenario } from '../../test/scenario.js';
import { referenceData as reference } from '../reference/index.js';
import { project } from './projection.js';
import { regionalSromMatrix, sromMatrixId } from './regional-srom-matrix.js';
import { milestoneRows } from './srom-milestones.js';

const REGION = 'cci-pays-de-la-loire';
const CCI_IDS = [REGION, 'cci-mayenne', 'cci-nantes-st-nazaire'];
const atRegion = { kind: 'ccir', cciId: REGION } as const;
const viaNantes = { kind: 'ccit', cciId: 'cci-nantes-st-nazaire' } as const;

function changeMode(
  scenario: Scenario,
  cciId: string,
  body: {
    from: string | null;
    to: string;
    delegate?: object;
    effectiveDate: string;
    expectedVersion: number;
  },
  macroProcessId = 'si-gouvernance',
) {
  scenario.given(
    REGION,
    command('ChangeProcessMode', { cciId, macroProcessId, rationale: 'Décision du Bureau', ...body }),
  );
}

function setTarget(
  scenario: Scenario,
  cciId: string,
  mode: string,
  delegate: object | null,
  version: number,
) {
  scenario.given(
    REGION,
    command('SetProcessModeTarget', {
      cciId,
      macroProcessId: 'si-gouvernance',
      mode,
      delegate,
      rationale: 'Projection 2021',
      expectedVersion: version,
    }),
  );
}

/** Mayenne: autonomous, then integrated via Nantes in 2013, then at the region from 2015. Nantes: autonomous, then at the region. */
function paysDeLaLoire() {
  const given = new Scenario(new Date('2024-06-15T10:00:00Z'));
  changeMode(given, 'cci-mayenne', { from: null, to: 'A', effectiveDate: '2012-12-31', expectedVersion: 0 });
  changeMode(given, 'cci-mayenne', {
    from: 'A',
    to: 'I',
    delegate: viaNantes,
    effectiveDate: '2013-06-01',
    expectedVersion: 1,
  });
  changeMode(given, 'cci-mayenne', {
    from: 'I',
    to: 'I',
    delegate: atRegion,
    effectiveDate: '2015-01-01',
    expectedVersion: 2,
  });
  setTarget(given, 'cci-mayenne', 'I', atRegion, 3);
  changeMode(given, 'cci-nantes-st-nazaire', {
    from: null,
    to: 'A',
    effectiveDate: '2012-12-31',
    expectedVersion: 0,
  });
  changeMode(given, 'cci-nantes-st-nazaire', {
    from: 'A',
    to: 'I',
    delegate: atRegion,
    effectiveDate: '2015-01-01',
    expectedVersion: 1,
  });
  setTarget(given, 'cci-nantes-st-nazaire', 'M', null, 2);
  return project(regionalSromMatrix, given.events, reference).get(sromMatrixId('pays-de-la-loire'))!;
}

describe('the milestones table of a SROM', () => {
  const matrix = paysDeLaLoire();
  const rows = milestoneRows(matrix.cells, reference, CCI_IDS, reference.sromCycles[0]!);

  it('lists only the macro-processes the documents speak of, in the SROM order', () => {
    expect(rows.map((r) => [r.functionId, r.macroProcessId])).toEqual([['si', 'si-gouvernance']]);
  });

  it('groups the CCIs that share a mode at a milestone, delegate included', () => {
    const [row] = rows;
    expect(row?.groups['2013']).toEqual([
      { snapshot: null, cciIds: [REGION] },
      {
        snapshot: { mode: 'I', delegate: viaNantes, since: '2013-06-01' },
        cciIds: ['cci-mayenne'],
      },
      { snapshot: { mode: 'A', delegate: null, since: '2012-12-31' }, cciIds: ['cci-nantes-st-nazaire'] },
    ]);
    expect(row?.groups.current).toEqual([
      { snapshot: null, cciIds: [REGION] },
      {
        snapshot: { mode: 'I', delegate: atRegion, since: '2015-01-01' },
        cciIds: ['cci-mayenne', 'cci-nantes-st-nazaire'],
      },
    ]);
  });

  it('says which CCIs are on their projection, which are not, and which cannot be judged', () => {
    expect(rows[0]?.gaps).toEqual({
      onTarget: ['cci-mayenne'],
      offTarget: ['cci-nantes-st-nazaire'],
      unknown: [REGION],
    });
  });
});
