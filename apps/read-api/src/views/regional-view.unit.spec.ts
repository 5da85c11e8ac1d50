import { describe, expect, it } from '@jest/globals';
import {
  actionProgress,
  actionProgressId,
  gapStatus,
  loadReferenceData,
  project,
  regionalSromMatrix,
  seedHistory,
  sromMatrixId,
} from '@cci/domain';
import { demoNetworkReferenceFiles, simulateEvents } from '@cci/simulation';

import { buildRegionalView } from './regional-view.js';

// The demo network: the documented SROM 2017-2021, then a simulated 2022-2026 whose projections the
// simulated regions set in 2023.
const reference = loadReferenceData(demoNetworkReferenceFiles());
const events = [
  ...seedHistory(reference),
  ...simulateEvents(reference, { seed: 4, fromYear: 2023, count: 3_000 }),
];
const models = {
  matrix: project(regionalSromMatrix, events, reference).get(sromMatrixId('pays-de-la-loire'))!,
  actions: project(actionProgress, events, reference).get(actionProgressId('pays-de-la-loire'))!,
  coms: [],
  conventions: [],
};
const NOW = Date.parse('2026-12-06T09:00:00Z');
const viewAt = (asOf: string | null, sromCycleId: string | null = null) =>
  buildRegionalView(models, reference, {
    now: NOW,
    asOf: asOf ? { date: asOf, instantMs: Date.parse(`${asOf}T23:59:59+01:00`) } : null,
    statuses: [],
    sromCycleId,
  });

describe('the regional view across SROM cycles', () => {
  it('shows the cycle in force on the day viewed, today as in the past, or the one asked for', () => {
    const today = viewAt(null);
    expect(today.srom.cycle.cycleId).toBe('srom-2022-2026');
    expect(today.srom.cycles).toEqual([
      { cycleId: 'srom-2017-2021', label: 'SROM 2017-2021', years: { from: 2017, to: 2021 }, inForce: false },
      {
        cycleId: 'srom-2022-2026',
        label: 'SROM 2022-2026 (simulé)',
        years: { from: 2022, to: 2026 },
        inForce: true,
      },
    ]);
    expect(today.milestones.map((m) => m.id)).toEqual(['2022', '2026']);
    expect(viewAt('2019-12-31').srom.cycle.cycleId).toBe('srom-2017-2021');
    expect(viewAt('2019-12-31').milestones.map((m) => m.id)).toEqual(['2013', '2017', '2021']);
    expect(viewAt(null, 'srom-2017-2021').srom).toMatchObject({
      cycle: { cycleId: 'srom-2017-2021' },
      cycles: [{ inForce: false }, { inForce: true }],
    });
  });

  it("measures each cell's gap and the table's columns against the chosen cycle's projection", () => {
    const gapsOf = (cycleId: string, projection: string, columns: string[]) => {
      const view = viewAt(null, cycleId);
      for (const row of view.matrix.milestoneRows) expect(Object.keys(row.groups).sort()).toEqual(columns);
      for (const cell of Object.values(view.matrix.cells).flatMap((row) => Object.values(row)))
        expect(cell.gap).toBe(gapStatus(cell.current, cell.milestones[projection] ?? null));
      return view.matrix.gaps;
    };
    const documented = gapsOf('srom-2017-2021', '2021', ['2013', '2017', '2021', 'current']);
    const simulated = gapsOf('srom-2022-2026', '2026', ['2022', '2026', 'current']);
    const grid = Object.values(documented).reduce((a, b) => a + b, 0);
    expect(documented['no-target']).toBeLessThan(grid);
    expect(simulated['no-target']).toBeLessThan(grid);
    expect(simulated).not.toEqual(documented);
  });
});
