import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedHistory, type DomainEvent } from '@cci/domain';
import { EventAppender } from '@cci/event-log';
import { regionalProjector } from '@cci/projector';
import { DeadLetters } from '@cci/read-model-store';
import { simulateEvents } from '@cci/simulation';

import { sleep } from '../test/http.js';
import { Platform } from '../test/platform.js';
import {
  instanceStatus,
  startProjectorInstance,
  type ProjectorInstance,
} from '../test/projector-instances.js';
import { caughtUp, checkpointed, expectedReadModels, storedReadModels } from '../test/projections.js';

// Two processes of the regional projector in one consumer group. One is frozen (SIGSTOP) while it holds
// events it has applied in memory and not written; past its session the group hands its partitions to
// the other, which applies the same events again and more. Woken (SIGCONT), the zombie flushes what it
// held, computed from documents that have moved on since: the revision guard must refuse every one of
// those writes.
describe('a projector frozen past its session, then woken', () => {
  const platform = new Platform('chaos-zombie');
  const reference = platform.reference;
  const history = [
    ...seedHistory(reference),
    ...simulateEvents(reference, { seed: 23, fromYear: 2023, count: 6_000 }),
  ];
  const third = Math.floor(history.length / 3);
  const waves = {
    before: history.slice(0, third),
    frozen: history.slice(third, Math.floor(2.5 * third)),
    after: history.slice(Math.floor(2.5 * third)),
  };
  const instances: ProjectorInstance[] = [];
  const produced: DomainEvent[] = [];
  let appender: EventAppender | null = null;

  /** Appends events a few at a time, as live traffic does, so that the instances work in small batches. */
  async function trickle(events: readonly DomainEvent[], whileGoing?: () => Promise<void>): Promise<void> {
    const side = whileGoing?.();
    for (let i = 0; i < events.length; i += 50) {
      await appender!.append(events.slice(i, i + 50));
      produced.push(...events.slice(i, i + 50));
      await sleep(30);
    }
    await side;
  }

  const settled = async () =>
    caughtUp(await platform.mongo(), 'regional', platform.eventsTopic, produced.length, () =>
      instances.map((i) => i.process.output()).join('\n'),
    );

  beforeAll(async () => {
    await platform.createTopics();
    appender = new EventAppender(platform.kafka, { topic: platform.eventsTopic });
  });

  afterAll(async () => {
    for (const instance of instances) {
      instance.process.process.kill('SIGCONT');
      await instance.process.kill('SIGKILL');
    }
    await appender?.disconnect();
    await platform.dispose();
  }, 60_000);

  it('refuses every write the woken zombie had buffered, and ends with the read models of the pure projections', async () => {
    const started = Date.now();
    // The zombie-to-be flushes seldom, so that it always holds applied events it has not written.
    const zombie = await startProjectorInstance(platform, 'regional', 'zombie', {
      FLUSH_MAX_DELAY_MS: '2500',
      FLUSH_MAX_EVENTS: '1000000',
    });
    instances.push(zombie);
    instances.push(await startProjectorInstance(platform, 'regional', 'survivor'));
    await trickle(waves.before);
    await settled();

    // Frozen once it has applied events since its last flush: they are in memory only.
    let frozenHolding = 0;
    let conflictsBefore = 0;
    await trickle(waves.frozen, async () => {
      await sleep(1_000);
      let seen = await instanceStatus(zombie);
      for (;;) {
        await sleep(40);
        const now = await instanceStatus(zombie);
        if (now.flushes === seen.flushes && (now.eventsApplied ?? 0) > (seen.eventsApplied ?? 0) + 20) {
          zombie.process.process.kill('SIGSTOP');
          conflictsBefore = now.writeConflicts ?? 0;
          frozenHolding = (now.eventsApplied ?? 0) - (seen.eventsApplied ?? 0);
          return;
        }
        seen = now;
      }
    });
    expect(frozenHolding).toBeGreaterThan(0);

    // The survivor gets the zombie's partitions once its session ends, and applies everything.
    await settled();
    const connection = await platform.mongo();
    expect(await storedReadModels(connection, regionalProjector)).toEqual(
      expectedReadModels(regionalProjector, produced, reference),
    );
    const checkpointsBeforeWake = await checkpointed(connection, 'regional', platform.eventsTopic);

    zombie.process.process.kill('SIGCONT');
    // The zombie's flush timer is long overdue: its held writes go out at once, and are refused.
    let woken = await instanceStatus(zombie);
    for (let quiet = 0; quiet < 10;) {
      await sleep(300);
      const now = await instanceStatus(zombie);
      quiet = now.flushes === woken.flushes && now.writeConflicts === woken.writeConflicts ? quiet + 1 : 0;
      woken = now;
    }
    const refused = (woken.writeConflicts ?? 0) - conflictsBefore;
    expect(zombie.process.process.exitCode).toBeNull();
    expect(await checkpointed(connection, 'regional', platform.eventsTopic)).toBe(checkpointsBeforeWake);
    expect(await storedReadModels(connection, regionalProjector)).toEqual(
      expectedReadModels(regionalProjector, produced, reference),
    );

    // Both go on together afterwards.
    await trickle(waves.after);
    await settled();
    expect(await storedReadModels(connection, regionalProjector)).toEqual(
      expectedReadModels(regionalProjector, produced, reference),
    );
    expect(await new DeadLetters(connection).count('regional')).toBe(0);
    console.log(
      `zombie figures: ${JSON.stringify({
        events: produced.length,
        heldByZombieWhenFrozen: frozenHolding,
        zombieWritesRefused: refused,
        seconds: Math.round((Date.now() - started) / 1000),
      })}`,
    );
    expect(refused).toBeGreaterThan(0);
  }, 300_000);
});
