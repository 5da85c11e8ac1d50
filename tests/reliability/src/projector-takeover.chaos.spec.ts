import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedHistory, type DomainEvent } from '@cci/domain';
import { EventAppender, type AppendedEvent } from '@cci/event-log';
import { regionalProjector } from '@cci/projector';
import { DeadLetters } from '@cci/read-model-store';
import { simulateEvents } from '@cci/simulation';
import { quantile } from '@cci/test-support';

import { sleep } from '../test/http.js';
import { Platform } from '../test/platform.js';
import { startProjectorInstance, type ProjectorInstance } from '../test/projector-instances.js';
import { caughtUp, expectedReadModels, storedReadModels } from '../test/projections.js';

/** How long after the kill the read models must be fresh again: the dead instance's partitions served. */
const TAKEOVER_LIMIT_SECONDS = 10;
const PROBE_EVERY_MS = 50;

type Probe = AppendedEvent & { appendedAt: number; visibleAt: number | null };

// Two processes of the regional projector share the log's partitions (three each). One is killed while
// live traffic goes on: the events of its partitions wait until the group hands them to the other. The
// probes are that traffic, one event every 50 ms, each timed from its append until the checkpoint of
// its partition has passed it (its effect is then in the read models).
describe('a projector instance killed while another one runs', () => {
  const platform = new Platform('chaos-takeover');
  const reference = platform.reference;
  const history = [
    ...seedHistory(reference),
    ...simulateEvents(reference, { seed: 31, fromYear: 2023, count: 6_000 }),
  ];
  const produced: DomainEvent[] = [];
  const instances: ProjectorInstance[] = [];
  let appender: EventAppender | null = null;
  let next = 0;

  async function append(count: number): Promise<AppendedEvent[]> {
    const events = history.slice(next, next + count);
    next += events.length;
    produced.push(...events);
    return appender!.append(events);
  }

  async function checkpoints(): Promise<Map<number, number>> {
    const documents = await (
      await platform.mongo()
    )
      .db!.collection('projection_checkpoints')
      .find({ projector: 'regional', topic: platform.eventsTopic })
      .toArray();
    return new Map(documents.map((d) => [d.partition as number, d.offset as number]));
  }

  const settled = async () =>
    caughtUp(await platform.mongo(), 'regional', platform.eventsTopic, produced.length, () =>
      instances.map((i) => i.process.output()).join('\n'),
    );

  /**
   * Appends a probe every 50 ms for `forMs`, doing `meanwhile` after `afterMs`, then waits until every
   * probe is visible.
   */
  async function probe(forMs: number, afterMs: number, meanwhile: () => Promise<void>): Promise<Probe[]> {
    const probes: Probe[] = [];
    const started = Date.now();
    const appending = { done: false };
    const watching = (async () => {
      while (!appending.done || probes.some((p) => p.visibleAt === null)) {
        const positions = await checkpoints();
        const now = Date.now();
        for (const p of probes)
          if (p.visibleAt === null && (positions.get(p.partition) ?? 0) > p.offset) p.visibleAt = now;
        if (Date.now() - started > forMs + 60_000) throw new Error('Sondes jamais visibles');
        await sleep(20);
      }
    })();
    const action = sleep(afterMs).then(meanwhile);
    while (Date.now() - started < forMs) {
      const appendedAt = Date.now();
      const [appended] = await append(1);
      probes.push({ ...appended!, appendedAt, visibleAt: null });
      await sleep(Math.max(0, PROBE_EVERY_MS - (Date.now() - appendedAt)));
    }
    await action;
    appending.done = true;
    await watching;
    return probes;
  }

  /**
   * The takeover, as a user sees it: the longest any event appended within a second after `at` waited to
   * be visible (those of the stopped instance's partitions wait until the group hands them over).
   */
  function takeoverSeconds(probes: Probe[], at: number): number {
    const first = probes.filter((p) => p.appendedAt >= at && p.appendedAt < at + 1_000);
    return Math.max(...first.map((p) => (p.visibleAt! - p.appendedAt) / 1000));
  }

  beforeAll(async () => {
    await platform.createTopics();
    appender = new EventAppender(platform.kafka, { topic: platform.eventsTopic });
    instances.push(await startProjectorInstance(platform, 'regional', 'premiere'));
    instances.push(await startProjectorInstance(platform, 'regional', 'seconde'));
    await append(3_000);
    await settled();
  }, 240_000);

  afterAll(async () => {
    for (const instance of instances) await instance.process.kill('SIGKILL');
    await appender?.disconnect();
    await platform.dispose();
  }, 60_000);

  it.each([['SIGKILL'], ['SIGTERM']] as const)(
    'serves the partitions of an instance stopped by %s within 10 s, and loses or doubles nothing',
    async (signal) => {
      const victim = instances.shift()!;
      let killedAt = 0;
      const probes = await probe(20_000, 3_000, async () => {
        killedAt = Date.now();
        await victim.process.kill(signal);
        // The next scenario's pair: a new instance joins the survivor.
        instances.push(await startProjectorInstance(platform, 'regional', `relais-${signal}`));
      });
      await settled();
      const latencies = probes.map((p) => (p.visibleAt! - p.appendedAt) / 1000);
      const takeover = takeoverSeconds(probes, killedAt);
      console.log(
        `takeover figures (${signal}): ${JSON.stringify({
          probes: probes.length,
          takeoverSeconds: takeover,
          visibleP50Seconds: quantile(latencies, 0.5),
          visibleP99Seconds: quantile(latencies, 0.99),
          visibleMaxSeconds: Math.max(...latencies),
        })}`,
      );
      expect(takeover).toBeLessThanOrEqual(TAKEOVER_LIMIT_SECONDS);
      const connection = await platform.mongo();
      expect(await storedReadModels(connection, regionalProjector)).toEqual(
        expectedReadModels(regionalProjector, produced, reference),
      );
      expect(await new DeadLetters(connection).count('regional')).toBe(0);
    },
    180_000,
  );
});
