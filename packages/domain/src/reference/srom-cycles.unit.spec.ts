import { describe, expect, it } from '@jest/globals';

import { referenceProblems } from '../../test/reference-problems.js';
import { NEXT_SROM_CYCLE, withSromCycles } from '../../test/next-srom-cycle.js';
import { command, Scenario } from '../../test/scenario.js';
import { project } from '../projections/projection.js';
import { regionalSromMatrix, sromMatrixId } from '../projections/regional-srom-matrix.js';
import { milestoneKeys, milestoneRows } from '../projections/srom-milestones.js';
import { bundledReferenceFiles } from './index.js';
import { loadReferenceData } from './reference-data.js';
import type { SromCycle } from './srom-cycles.js';

const twoCycles = loadReferenceData(withSromCycles(bundledReferenceFiles, NEXT_SROM_CYCLE));

describe('SROM cycles as reference data', () => {
  it('loads a next cycle from the files alone, after the documented one', () => {
    expect(twoCycles.sromCycles.map((c) => c.id)).toEqual(['srom-2017-2021', 'srom-2022-2026']);
    expect(twoCycles.milestones.map((m) => m.id)).toEqual(['2013', '2017', '2021', '2022', '2026']);
    expect(twoCycles.sromCycleOfMilestone('2026')?.id).toBe('srom-2022-2026');
  });

  it('picks the cycle in force on a day: the one holding it, else the latest begun, else the first', () => {
    const inForce = (day: string) => twoCycles.sromCycleInForce(day).id;
    expect(inForce('2010-06-01')).toBe('srom-2017-2021');
    expect(inForce('2019-06-30')).toBe('srom-2017-2021');
    expect(inForce('2022-01-01')).toBe('srom-2022-2026');
    expect(inForce('2031-03-15')).toBe('srom-2022-2026');
  });

  it('refuses cycles that overlap, a projection that is not last and alone, a milestone twice or out of order', () => {
    const broken: SromCycle[] = [
      { ...NEXT_SROM_CYCLE, id: 'srom-2021-2025', years: { from: 2021, to: 2025 } },
      {
        ...NEXT_SROM_CYCLE,
        id: 'srom-2027-2031',
        years: { from: 2027, to: 2031 },
        milestones: [
          { ...NEXT_SROM_CYCLE.milestones[1]!, id: '2031', asOf: '2031-12-31' },
          { ...NEXT_SROM_CYCLE.milestones[0]!, id: '2027', asOf: '2027-01-01' },
        ],
      },
      {
        ...NEXT_SROM_CYCLE,
        id: 'srom-2032-2036',
        years: { from: 2032, to: 2036 },
        milestones: [{ ...NEXT_SROM_CYCLE.milestones[0]!, id: '2013' }, NEXT_SROM_CYCLE.milestones[1]!],
      },
    ];
    expect(referenceProblems(withSromCycles(bundledReferenceFiles, ...broken))).toEqual(
      expect.arrayContaining([
        'srom.json : srom-2021-2025 : commence avant la fin du cycle précédent srom-2017-2021',
        'srom.json : srom-2027-2031 : un seul jalon de projection attendu, en dernier',
        'srom.json : srom-2027-2031 : le jalon 2027 ne suit pas 2031',
        'srom.json : srom-2032-2036 : jalon en double 2013',
      ]),
    );
  });
});

describe('projections across SROM cycles', () => {
  const REGION = 'cci-pays-de-la-loire';
  const setTarget = (mode: string, expectedVersion: number, milestoneId?: string) =>
    command('SetProcessModeTarget', {
      cciId: 'cci-mayenne',
      macroProcessId: 'si-gouvernance',
      mode,
      rationale: 'Décision du Bureau',
      expectedVersion,
      ...(milestoneId ? { milestoneId } : {}),
    });

  it("sets a projection for the cycle in force when the command names none, and refuses a milestone that is no cycle's projection", () => {
    const in2019 = new Scenario(new Date('2019-03-01T10:00:00Z'), twoCycles);
    expect(in2019.given(REGION, setTarget('M', 0))[0]?.payload).toMatchObject({ milestoneId: '2021' });
    const in2024 = new Scenario(new Date('2024-03-01T10:00:00Z'), twoCycles);
    expect(in2024.given(REGION, setTarget('M', 0))[0]?.payload).toMatchObject({ milestoneId: '2026' });
    for (const milestoneId of ['2022', '2030'])
      expect(in2024.rejection(REGION, setTarget('M', 1, milestoneId))).toMatchObject({
        kind: 'invalid',
        code: 'jalon-inconnu',
        field: 'milestoneId',
        message: `Le jalon « ${milestoneId} » n'est la projection d'aucun cycle du SROM (projections connues : 2021, 2026).`,
      });
  });

  it("keeps each cycle's projection and milestones in the cell, measures today's gap to the projection set last, and each cycle's table to its own", () => {
    const given = new Scenario(new Date('2024-03-01T10:00:00Z'), twoCycles);
    given.given(
      REGION,
      command('ChangeProcessMode', {
        cciId: 'cci-mayenne',
        macroProcessId: 'si-gouvernance',
        from: null,
        to: 'M',
        effectiveDate: '2018-01-01',
        rationale: 'Décision du Bureau',
        expectedVersion: 0,
      }),
    );
    given.given(REGION, setTarget('M', 1, '2021'));
    given.given(REGION, setTarget('H', 2, '2026'));
    const matrix = project(regionalSromMatrix, given.events, twoCycles).get(
      sromMatrixId('pays-de-la-loire'),
    )!;
    const cell = matrix.cells['si-gouvernance']?.['cci-mayenne'];
    expect(cell?.milestones).toEqual({
      '2013': null,
      '2017': null,
      '2021': { mode: 'M', delegate: null },
      '2022': { mode: 'M', delegate: null, since: '2018-01-01' },
      '2026': { mode: 'H', delegate: null },
    });
    expect(cell?.gap).toBe('off-target');

    const [first, next] = twoCycles.sromCycles as [SromCycle, SromCycle];
    expect(milestoneKeys(first)).toEqual(['2013', '2017', 'current', '2021']);
    expect(milestoneKeys(next)).toEqual(['2022', 'current', '2026']);
    const gapsIn = (cycle: SromCycle) =>
      milestoneRows(matrix.cells, twoCycles, ['cci-mayenne'], cycle)[0]?.gaps;
    expect(gapsIn(first)).toEqual({ onTarget: ['cci-mayenne'], offTarget: [], unknown: [] });
    expect(gapsIn(next)).toEqual({ onTarget: [], offTarget: ['cci-mayenne'], unknown: [] });
  });
});
