import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadReferenceData, seedHistory } from '@cci/domain';
import { EventAppender } from '@cci/event-log';
import { regionalProjector } from '@cci/projector';
import { DeadLetters } from '@cci/read-model-store';
import { Random, simulateEvents, syntheticReferenceFiles } from '@cci/simulation';
import { crashAfterDocumentsWritten } from '@cci/test-support';

import { sleep } from '../test/http.js';
import { Platform } from '../test/platform.js';
import { caughtUp, checkpointed, expectedReadModels, storedReadModels } from '../test/projections.js';

/** How many events the replay holds: 200,000 for the full run, fewer by default to keep CI in minutes. */
const replayEvents = Number(process.env.CHAOS_REPLAY_EVENTS ?? 30_000);
const kills = 20;

// A network of 285 CCIs with a COM every year to 2040, so that the simulation has 200,000 events for
// the full run, and each flush writes hundreds of documents for a kill to land in the middle of; the
// projector processes read the same file.
const referenceFiles = syntheticReferenceFiles({
  territorialPerRegion: 16,
  comPeriods: Array.from({ length: 18 }, (_, i) => ({ from: 2023 + i, to: 2023 + i })),
});
const referenceDirectory = mkdtempSync(join(tmpdir(), 'cci-chaos-reference-'));
const referenceFile = join(referenceDirectory, 'reference.json');
writeFileSync(referenceFile, JSON.stringify(referenceFiles));

describe('the regional projector killed again and again during a replay', () => {
  const reference = loadReferenceData(referenceFiles);
  const platform = new Platform('chaos-projector-crashes', reference);
  const events = [
    ...seedHistory(reference),
    ...simulateEvents(reference, { seed: 17, fromYear: 2023, count: replayEvents }),
  ];
  const flushEvents = 500;
  // Each life waits for the killed member's session to expire before it gets the partitions: 3 s
  // (the local broker allows 2 s) rather than the platform's 6 s spares a minute over twenty kills.
  const settings = {
    REFERENCE_DATA_FILE: referenceFile,
    FLUSH_MAX_EVENTS: String(flushEvents),
    SESSION_TIMEOUT_MS: '3000',
  };

  beforeAll(async () => {
    await platform.createTopics();
    const appender = new EventAppender(platform.kafka, { topic: platform.eventsTopic });
    for (let i = 0; i < events.length; i += 1_000) await appender.append(events.slice(i, i + 1_000));
    await appender.disconnect();
  }, 300_000);

  afterAll(async () => {
    await platform.dispose();
    rmSync(referenceDirectory, { recursive: true, force: true });
  }, 60_000);

  it('ends with read models identical, field by field, to the pure projections of the log: no event counted twice, none missed', async () => {
    expect(events.length).toBe(seedHistory(reference).length + replayEvents);
    const started = Date.now();
    const connection = await platform.mongo();
    const applied = () => checkpointed(connection, 'regional', platform.eventsTopic);
    const random = new Random(2026);
    const lives: { kill: string; from: number; to: number }[] = [];

    for (let life = 1; life <= kills; life += 1) {
      const from = await applied();
      // Each life moves the checkpoints by a few flushes at most, so that the twenty kills spread over
      // the replay; one in four ends right after a flush wrote its documents, before its checkpoints.
      const flushesLeft = Math.floor((events.length - from) / flushEvents);
      const betweenWriteAndCheckpoint = life % 4 === 0 && flushesLeft >= 1;
      await platform.start(
        'regional',
        betweenWriteAndCheckpoint
          ? { ...settings, ...crashAfterDocumentsWritten(random.integer(1, Math.min(3, flushesLeft))) }
          : settings,
      );
      const process = platform.process('regional').process;
      const running = () => process.exitCode === null && process.signalCode === null;
      const deadline = Date.now() + 300_000;
      if (betweenWriteAndCheckpoint) {
        while (running() && Date.now() < deadline) await sleep(20);
      } else {
        const step = Math.floor((events.length * 0.6) / kills);
        const target = Math.min(from + random.integer(1, 2 * step), events.length - 1);
        while ((await applied()) < target && running() && Date.now() < deadline) await sleep(10);
        await sleep(random.integer(0, 150));
      }
      expect({
        life,
        diedAlone: !running() && !betweenWriteAndCheckpoint,
        late: Date.now() > deadline,
      }).toEqual({
        life,
        diedAlone: false,
        late: false,
      });
      await platform.stop('regional', 'SIGKILL');
      lives.push({
        kill: betweenWriteAndCheckpoint ? 'après écriture, avant point de reprise' : 'au hasard',
        from,
        to: await applied(),
      });
    }
    expect(lives).toHaveLength(kills);
    expect(await applied()).toBeLessThan(events.length);

    await platform.start('regional', settings);
    await caughtUp(
      connection,
      'regional',
      platform.eventsTopic,
      events.length,
      () => platform.output(),
      600_000,
    );
    await platform.stop('regional');

    const stored = await storedReadModels(connection, regionalProjector);
    const expected = expectedReadModels(regionalProjector, events, reference);
    console.log(
      `projector crash figures: ${JSON.stringify({
        events: events.length,
        kills: lives.length,
        betweenWriteAndCheckpoint: lives.filter((l) => l.kill !== 'au hasard').length,
        checkpointsAtKills: lives.map((l) => l.to),
        documents: Object.values(stored).reduce((sum, models) => sum + Object.keys(models).length, 0),
        seconds: Math.round((Date.now() - started) / 1000),
      })}`,
    );
    for (const projection of regionalProjector.projections)
      expect(stored[projection.name]).toEqual(expected[projection.name]);
    expect(await new DeadLetters(connection).count('regional')).toBe(0);
  }, 1_800_000);
});
