import { describe, expect, it } from '@jest/globals';
import { loadReferenceData, seedHistory } from '@cci/domain';
import { simulateEvents, syntheticReferenceFiles } from '@cci/simulation';

import type { ProjectorRunner } from './projector-runner.js';
import { ProjectorTestStack } from './projector-test-stack.fixture.js';
import { regionalProjector as regional } from './projectors.js';
import { sleep } from './serial.js';

const reference = loadReferenceData(
  syntheticReferenceFiles({ territorialPerRegion: 4, comPeriods: [{ from: 2023, to: 2027 }] }),
);

/**
 * Every state the runner reports, with how many events its checkpoints held, until `until` holds, and
 * once more then: the state that made it hold may have come between two samples.
 */
async function watch(
  runner: ProjectorRunner,
  until: () => boolean,
): Promise<{ state: string; applied: number }[]> {
  const seen: { state: string; applied: number }[] = [];
  const sample = () => {
    const applied = [...runner.positions().values()].reduce((sum, offset) => sum + offset, 0);
    seen.push({ state: runner.snapshot().state, applied });
  };
  while (!until()) {
    sample();
    await sleep(5);
  }
  sample();
  return seen;
}

describe("a projector's status", () => {
  it('says starting, then catching up, and up to date only once the backlog it started in front of is applied', async () => {
    const stack = new ProjectorTestStack(reference, 'projector-status');
    await stack.open();
    try {
      await stack.append([
        ...seedHistory(reference),
        ...simulateEvents(reference, { seed: 5, fromYear: 2023, count: 12_000 }),
      ]);
      const backlog = stack.appended.length;
      const runner = stack.create(regional, 'regional-status');
      let upToDate = false;
      const watching = watch(runner, () => upToDate);
      await runner.start();
      await stack.caughtUp('regional');
      while (runner.snapshot().state !== 'caught-up') await sleep(20);
      upToDate = true;
      const seen = await watching;

      expect(seen[0]?.state).toBe('starting');
      const states = seen.map((s) => s.state).filter((s, i, all) => s !== all[i - 1]);
      expect(states).toEqual(['starting', 'catching-up', 'caught-up']);
      expect(seen.filter((s) => s.state === 'caught-up' && s.applied < backlog)).toEqual([]);
    } finally {
      await stack.close();
    }
  }, 180_000);

  it('says it has no partition when the group gave it none, rather than up to date', async () => {
    const stack = new ProjectorTestStack(reference, 'projector-unassigned', 1);
    await stack.open();
    try {
      await stack.append(seedHistory(reference));
      const first = await stack.start(regional, 'regional-first');
      const second = await stack.start(regional, 'regional-second');
      const states = () =>
        [first.snapshot().state, second.snapshot().state].sort((a, b) => a.localeCompare(b));
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline && states().join() !== 'caught-up,unassigned') await sleep(50);
      expect(states()).toEqual(['caught-up', 'unassigned']);
    } finally {
      await stack.close();
    }
  }, 120_000);
});
