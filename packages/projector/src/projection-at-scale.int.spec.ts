import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadReferenceData, seedHistory } from '@cci/domain';
import { simulateEvents, syntheticReferenceFiles } from '@cci/simulation';

import { ProjectorRunner } from './projector-runner.js';
import { ProjectorTestStack } from './projector-test-stack.fixture.js';
import { nationalProjector, regionalProjector } from './projectors.js';
import { sleep } from './serial.js';

/**
 * A network of 157 CCIs (8 territorial per region) with a COM for every year to 2035, so that the
 * simulation reaches 50,000 events (about five years of reports, some 8,000 per partition): the bundled
 * network and its COMs run out long before. One-year COMs keep each indicator's document at a real
 * five-year COM's size. The million-event replay is the benchmark's (`bench/`).
 */
const reference = loadReferenceData(
  syntheticReferenceFiles({
    territorialPerRegion: 8,
    comPeriods: Array.from({ length: 13 }, (_, i) => ({ from: 2023 + i, to: 2023 + i })),
  }),
);
const seed = seedHistory(reference);
const simulated = simulateEvents(reference, { seed: 100, fromYear: 2023, count: 50_000, after: seed });

describe('both projectors over the seed history and 50,000 simulated events', () => {
  const stack = new ProjectorTestStack(reference, 'projection-at-scale');

  beforeAll(async () => {
    await stack.open();
    await stack.append([...seed, ...simulated]);
  }, 180_000);

  afterAll(() => stack.close(), 60_000);

  it('stores exactly the read models the pure projections give', async () => {
    expect(simulated).toHaveLength(50_000);
    await stack.start(regionalProjector, 'regional-1');
    await stack.start(nationalProjector, 'national-1');
    await stack.caughtUp('regional', 600_000);
    await stack.caughtUp('national', 600_000);
    expect(await stack.stored(regionalProjector)).toEqual(stack.expected(regionalProjector));
    expect(await stack.stored(nationalProjector)).toEqual(stack.expected(nationalProjector));
  }, 900_000);

  // A rebuild replays up to stopping offsets. One partition reaches its stop within its first fetch,
  // the others need several: the one waiting at its stop must not keep them from reaching theirs. And
  // the group has committed offsets far past those stops while the database lost every checkpoint: the
  // replay starts from the checkpoints, not from the group.
  it('replays up to stopping offsets and reaches every one, from the checkpoints rather than the group', async () => {
    await stack.stopAll();
    await stack.connection
      .collection('projection_checkpoints')
      .deleteMany({ projector: nationalProjector.name });
    const admin = stack.kafka.admin();
    await admin.connect();
    const ends = await admin.fetchTopicOffsets(stack.topic);
    await admin.disconnect();
    const stopAt = new Map(
      ends.map((o) => [o.partition, Math.min(Number(o.high), o.partition === 0 ? 10 : 5_000)]),
    );
    const runner = new ProjectorRunner(
      stack.kafka,
      stack.connection,
      reference,
      nationalProjector,
      { ...stack.options('replay-to-stop'), generation: 1, stopAt: new Map(stopAt) },
      { info: () => undefined, warn: () => undefined, error: () => undefined },
    );
    await runner.start();
    const reached = () =>
      [...stopAt].every(([partition, offset]) => runner.positions().get(partition) === offset);
    for (const deadline = Date.now() + 120_000; !reached() && Date.now() < deadline;) await sleep(100);
    await runner.stop();
    expect(Object.fromEntries(runner.positions())).toEqual(Object.fromEntries(stopAt));
  }, 180_000);
});
