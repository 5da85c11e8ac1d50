import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedHistory, type DomainEvent } from '@cci/domain';
import { EventAppender } from '@cci/event-log';
import { regionalProjector } from '@cci/projector';
import { connectReadModels, DeadLetters } from '@cci/read-model-store';
import { simulateEvents } from '@cci/simulation';
import { mongoDatabaseUrl } from '@cci/test-support';
import type { Connection } from 'mongoose';

import { CheckpointAudit } from '../test/checkpoint-audit.js';
import { OwnFerretDb } from '../test/ferretdb.js';
import { sleep } from '../test/http.js';
import { Platform } from '../test/platform.js';
import { caughtUp, checkpointed, expectedReadModels, storedReadModels } from '../test/projections.js';

/** How long the database stays away while events keep arriving. */
const outageMs = Number(process.env.CHAOS_DATABASE_OUTAGE_MS ?? 15_000);

// The projector's database server is killed (SIGKILL) in the middle of a projection and comes back
// later. The server is the test's own FerretDB, over the same PostgreSQL as the shared one, so that
// killing it touches nothing else; the test reads through it too (each FerretDB caches which
// collections exist, and would not see the other's).
describe('the database killed during a projection', () => {
  const platform = new Platform('chaos-database-outage');
  const reference = platform.reference;
  const ferretdb = new OwnFerretDb();
  const history = [
    ...seedHistory(reference),
    ...simulateEvents(reference, { seed: 29, fromYear: 2023, count: 12_000 }),
  ];
  let connection: Connection | null = null;
  let appender: EventAppender | null = null;
  let producing: Promise<void> | null = null;
  let over = false;

  beforeAll(async () => {
    await platform.createTopics();
    await ferretdb.start();
    connection = await connectReadModels(
      mongoDatabaseUrl(platform.database, { ...platform.servers, mongoUrl: ferretdb.mongoUrl }),
    );
    appender = new EventAppender(platform.kafka, { topic: platform.eventsTopic });
  });

  afterAll(async () => {
    over = true;
    await producing?.catch(() => undefined);
    await platform.stop('regional', 'SIGKILL');
    await appender?.disconnect();
    // The database is dropped through the server that created it, which must be up for that.
    await ferretdb.start().catch(() => undefined);
    await connection?.dropDatabase().catch(() => undefined);
    await connection?.close();
    await ferretdb.dispose();
    await platform.dispose();
  }, 120_000);

  it('pauses while the database is away, moves no checkpoint past what is written, and catches up with the right read models', async () => {
    const started = Date.now();
    const db = connection!;
    await platform.start('regional', { MONGO_URL: ferretdb.mongoUrl, FLUSH_MAX_EVENTS: '500' });
    const projector = platform.process('regional').process;
    const audit = new CheckpointAudit(() => db, regionalProjector, platform.eventsTopic, reference);
    const appended: DomainEvent[] = [];

    // Live traffic all along, the outage included: the log takes events whatever the database does.
    producing = (async () => {
      for (let i = 0; i < history.length && !over; i += 100) {
        const events = history.slice(i, i + 100);
        const placed = await appender!.append(events);
        audit.know(
          placed.map((p, index) => ({ event: events[index]!, partition: p.partition, offset: p.offset })),
        );
        appended.push(...events);
        await sleep(500);
      }
    })();

    const database: { up: boolean } = { up: true };
    const unapplied: string[] = [];
    const sampling = (async () => {
      while (!over) {
        if (database.up) {
          // A sample cut short by the kill proves nothing either way.
          const sample = await audit.sample().catch(() => null);
          if (sample) unapplied.push(...sample.unapplied);
        }
        await sleep(250);
      }
    })();

    await caughtUp(db, 'regional', platform.eventsTopic, 3_000, () => platform.output());
    const atKill = await checkpointed(db, 'regional', platform.eventsTopic);
    await ferretdb.kill('SIGKILL');
    database.up = false;
    const duringOutage: { live: number; ready: number }[] = [];
    const url = platform.url('regional');
    for (const end = Date.now() + outageMs; Date.now() < end;) {
      await sleep(2_000);
      duringOutage.push({
        live: (await fetch(`${url}/health/live`)).status,
        ready: (await fetch(`${url}/health/ready`)).status,
      });
    }
    expect(projector.exitCode).toBeNull();
    expect(projector.signalCode).toBeNull();
    const appendedDuringOutage = appended.length;

    await ferretdb.start();
    database.up = true;
    await producing;
    await caughtUp(db, 'regional', platform.eventsTopic, history.length, () => platform.output(), 180_000);
    over = true;
    await sampling;
    unapplied.push(...(await audit.sample()).unapplied);

    const retries = platform.output('regional').split('Nouvel essai').length - 1;
    console.log(
      `database outage figures: ${JSON.stringify({
        events: history.length,
        checkpointedAtKill: atKill,
        appendedWhenDatabaseReturned: appendedDuringOutage,
        outageMs,
        retriesLogged: retries,
        samples: audit.samples,
        eventsChecked: audit.eventsChecked,
        unapplied: unapplied.length,
        seconds: Math.round((Date.now() - started) / 1000),
      })}`,
    );
    expect(unapplied).toEqual([]);
    expect(audit.eventsChecked).toBe(history.length);
    expect(projector.exitCode).toBeNull();
    // Alive and waiting, but not ready: the probe says the projections cannot keep up.
    expect(duringOutage.every((probe) => probe.live === 200)).toBe(true);
    expect(duringOutage.some((probe) => probe.ready === 503)).toBe(true);
    expect(retries).toBeGreaterThan(0);
    expect(await storedReadModels(db, regionalProjector)).toEqual(
      expectedReadModels(regionalProjector, history, reference),
    );
    expect(await new DeadLetters(db).count('regional')).toBe(0);
  }, 300_000);
});
