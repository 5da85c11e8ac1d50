import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { duplicates, readEvents } from '../test/event-log.js';
import { bearer, postJson, sleep } from '../test/http.js';
import { Platform } from '../test/platform.js';

type Instance = 'ingest' | 'ingest-b';
type Command = { body: Record<string, unknown>; key: string; as: string };
type Acknowledged = { key: string; eventIds: string[]; at: number; sentAt: number };

// Two instances of the ingest API on one log, behind the test's client, which sends each command to
// either and, when one fails it, retries under the same idempotency key through the other.
describe('two ingest instances, one of them killed', () => {
  const platform = new Platform('chaos-ingest-instances');
  const reference = platform.reference;
  const keys = new Map<string, string>();
  const total = 5_000;
  const figures = {
    commands: total,
    acknowledged: 0,
    retries: 0,
    killedAt: 0,
    survivorServedAfterMs: 0,
    lost: 0,
    duplicates: 0,
  };
  const urls = new Map<Instance, string>();
  const settings = {
    INGEST_PEER_KEY_FILE: platform.ingestPeerKeyFile,
    RATE_LIMIT_CAPACITY: '1000000',
    RATE_LIMIT_PER_SECOND: '1000000',
  };

  const isWriter = async (instance: Instance) =>
    /^ingest_writer(\{[^}]*\})? 1$/m.test(await fetch(`${urls.get(instance)}/metrics`).then((r) => r.text()));

  /**
   * Ten clients, two per territorial CCI of Normandie (the region with a COM), each on its own
   * indicators: reports of three years' quarters, then corrections.
   */
  function queues(): Command[][] {
    const quarters = ['2023', '2024', '2025'].flatMap((year) => [1, 2, 3, 4].map((q) => `${year}-T${q}`));
    const indicators = reference.indicatorsOfRegion('normandie');
    const ccis = reference.ccisOfRegion('normandie').filter((c) => c.kind === 'territorial');
    const perCci = total / ccis.length;
    return ccis.flatMap((cci) => {
      const commands = Array.from({ length: perCci }, (_, i): Command => {
        const indicator = indicators[i % indicators.length]!;
        const period = quarters[Math.floor(i / indicators.length) % quarters.length]!;
        const round = Math.floor(i / (indicators.length * quarters.length));
        return {
          as: cci.id,
          key: `${cci.id}-${indicator.id}-${period}-${round}`,
          body: {
            cciId: cci.id,
            indicatorId: indicator.id,
            period,
            value: 40 + round,
            unitId: indicator.unitId,
            comment: `Envoi n° ${round + 1}`,
          },
        };
      });
      // An even count of indicators: each half keeps to its own indicators, so its own aggregates.
      return [commands.filter((_, i) => i % 2 === 0), commands.filter((_, i) => i % 2 === 1)];
    });
  }

  /** Sends each command until acknowledged, switching instance after a lost connection or a 503. */
  async function client(commands: Command[], first: number, acknowledged: Acknowledged[]): Promise<void> {
    let turn = first;
    for (const command of commands) {
      for (;;) {
        const instance: Instance = turn % 2 === 0 ? 'ingest' : 'ingest-b';
        const url = urls.get(instance);
        const sentAt = Date.now();
        const reply = url
          ? await postJson(url, '/v1/commands/report-indicator', command.body, {
              ...bearer(keys.get(command.as)!),
              'idempotency-key': command.key,
            }).catch(() => null)
          : null;
        turn += 1;
        if (reply && (reply.status === 200 || reply.status === 201)) {
          const body = reply.json as { events: { eventId: string }[] };
          acknowledged.push({
            key: command.key,
            eventIds: body.events.map((e) => e.eventId),
            at: Date.now(),
            sentAt,
          });
          break;
        }
        if (reply && reply.status !== 503)
          throw new Error(`${command.key}: ${reply.status} ${reply.text.slice(0, 300)}`);
        figures.retries += 1;
        await sleep(50);
      }
    }
  }

  beforeAll(async () => {
    await platform.createTopics();
    for (const cci of reference.ccis) keys.set(cci.id, (await platform.key(cci.id)).key);
    urls.set('ingest', await platform.start('ingest', settings));
    urls.set('ingest-b', await platform.start('ingest-b', settings));
  }, 120_000);

  afterAll(async () => {
    console.log(`two ingest instances figures: ${JSON.stringify(figures)}`);
    await platform.dispose();
  }, 60_000);

  it('lets exactly 1 of 50 concurrent writes on one aggregate through, spread over both instances', async () => {
    const replies = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        postJson(
          urls.get(i % 2 === 0 ? 'ingest' : 'ingest-b')!,
          '/v1/commands/change-process-mode',
          {
            cciId: 'cci-mayenne',
            macroProcessId: 'rh-relations-sociales',
            from: null,
            to: ['A', 'C', 'H', 'M'][i % 4],
            effectiveDate: '2025-01-01',
            rationale: `Proposition concurrente n° ${i}`,
            expectedVersion: 0,
          },
          { ...bearer(keys.get('cci-mayenne')!), 'idempotency-key': `course-${i}` },
        ),
      ),
    );
    expect(replies.filter((r) => r.status === 201)).toHaveLength(1);
    expect(replies.filter((r) => r.status === 409)).toHaveLength(49);
  });

  it('loses no acknowledged event and duplicates none when the instance that decides is SIGKILLed during 5,000 commands; the other decides within 5 s', async () => {
    const acknowledged: Acknowledged[] = [];
    const clients = Promise.all(queues().map((commands, i) => client(commands, i, acknowledged)));
    while (acknowledged.length < total * 0.3) await sleep(10);
    const writer: Instance = (await isWriter('ingest')) ? 'ingest' : 'ingest-b';
    urls.delete(writer);
    await platform.stop(writer, 'SIGKILL');
    figures.killedAt = acknowledged.length;
    const killedAt = Date.now();
    // The survivor serves again once a command sent after the kill is acknowledged.
    while (!acknowledged.some((a) => a.sentAt > killedAt)) await sleep(10);
    figures.survivorServedAfterMs = Math.min(
      ...acknowledged.filter((a) => a.sentAt > killedAt).map((a) => a.at - killedAt),
    );
    expect(figures.survivorServedAfterMs).toBeLessThan(5_000);
    // Back as a follower: from now on both instances take commands again.
    while (acknowledged.length < total * 0.7) await sleep(10);
    urls.set(writer, await platform.start(writer, settings));
    await clients;
    figures.acknowledged = acknowledged.length;

    const logged = (await readEvents(platform.kafka, platform.eventsTopic, reference))
      .map((e) => e.event)
      .filter((e) => !e.idempotencyKey?.startsWith('course-'));
    const byKey = new Map<string, string[]>();
    for (const event of logged)
      byKey.set(event.idempotencyKey!, [...(byKey.get(event.idempotencyKey!) ?? []), event.eventId]);
    const loggedIds = new Set(logged.map((e) => e.eventId));
    const lost = acknowledged.filter((a) => a.eventIds.some((id) => !loggedIds.has(id)));
    const twice = [...byKey.entries()].filter(([, ids]) => ids.length !== 1);
    figures.lost = lost.length;
    figures.duplicates = twice.length + duplicates(logged).length;
    expect(new Set(acknowledged.map((a) => a.key)).size).toBe(total);
    expect(lost).toEqual([]);
    expect(twice).toEqual([]);
    expect(duplicates(logged)).toEqual([]);
    expect(logged).toHaveLength(total);
    for (const a of acknowledged) expect(byKey.get(a.key)).toEqual(a.eventIds);
    expect([await isWriter('ingest'), await isWriter('ingest-b')].filter(Boolean)).toHaveLength(1);
  }, 240_000);
});
