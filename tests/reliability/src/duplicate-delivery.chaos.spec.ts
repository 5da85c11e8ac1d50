import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedHistory, type DomainEvent, type ReferenceData } from '@cci/domain';
import { toKafkaMessage } from '@cci/event-log';
import { nationalProjector, regionalProjector } from '@cci/projector';
import { DeadLetters } from '@cci/read-model-store';
import { HistorySimulator, Random, simulateEvents } from '@cci/simulation';
import { Partitioners, type Message } from 'kafkajs';

import { topicSize } from '../test/event-log.js';
import { Platform } from '../test/platform.js';
import { caughtUp, expectedReadModels, storedReadModels } from '../test/projections.js';

/**
 * Each event of `events` twice: the first copy in order, the second at a random later place (a producer
 * retry, a replayed batch, a consumer that read again). Both copies share a key, so the second lands
 * after the first in the same partition.
 */
function deliveredTwice(events: readonly DomainEvent[], random: Random): Message[] {
  const stream: Message[] = [];
  const pending: DomainEvent[] = [];
  for (const event of events) {
    stream.push(toKafkaMessage(event));
    pending.push(event);
    // Now and then, some earlier events come again: right away, or much later.
    while (pending.length > 0 && random.integer(0, 2) === 0) {
      const [again] = pending.splice(random.integer(0, pending.length - 1), 1);
      stream.push(toKafkaMessage(again!));
    }
  }
  for (const event of pending) stream.push(toKafkaMessage(event));
  return stream;
}

async function produce(platform: Platform, stream: readonly Message[]): Promise<void> {
  const producer = platform.kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();
  for (let i = 0; i < stream.length; i += 500)
    await producer.send({ topic: platform.eventsTopic, acks: -1, messages: stream.slice(i, i + 500) });
  await producer.disconnect();
}

/**
 * The facts the simulated quarters never hold, so that every read model has documents: the Bureau's
 * annual review of the SROM, and a person invited into the directory.
 */
function bureauAndPeople(reference: ReferenceData, history: readonly DomainEvent[]): DomainEvent[] {
  const simulator = new HistorySimulator(reference, { seed: 23, fromYear: 2026 });
  for (const event of history) simulator.remember(event);
  const at = '2026-01-15T09:00:00.000Z';
  const events = [
    ...simulator.record({
      at,
      recordedBy: 'cci-normandie',
      person: null,
      command: {
        type: 'RecordSromAnnualReview',
        regionId: 'normandie',
        year: 2025,
        reviewedOn: '2026-01-15',
        bodyId: 'bureau-regional',
        summary: 'Revue annuelle du SROM : trajectoire tenue.',
      },
    }),
    ...simulator.record({
      at,
      recordedBy: 'cci-normandie',
      person: null,
      command: {
        type: 'InvitePerson',
        personId: '0f7c5a4e-8d1b-4c35-9a51-2f3b6c7d8e90',
        cciId: 'cci-normandie',
        email: 'relecture@normandie.cci.fr',
        name: 'Relecture Normandie',
        roles: ['lecture'],
      },
    }),
  ];
  if (events.length !== 2) throw new Error('the annual review or the invitation was refused');
  return events;
}

// The same history delivered once on one topic and twice on another, projected by the real projector
// processes into two databases: the read models must be the same.
describe('duplicate delivery of every event', () => {
  const once = new Platform('chaos-once');
  const twice = new Platform('chaos-twice');
  const reference = once.reference;
  const simulated = [
    ...seedHistory(reference),
    ...simulateEvents(reference, { seed: 23, fromYear: 2023, count: 1_200, untilMs: Date.UTC(2026, 0, 1) }),
  ];
  const history = [...simulated, ...bureauAndPeople(reference, simulated)];
  const duplicated = deliveredTwice(history, new Random(7));

  beforeAll(async () => {
    await once.createTopics();
    await twice.createTopics();
    await produce(
      once,
      history.map((event) => toKafkaMessage(event)),
    );
    await produce(twice, duplicated);
    for (const platform of [once, twice]) {
      await platform.start('regional');
      await platform.start('national');
    }
  }, 120_000);

  afterAll(async () => {
    await Promise.all([once.dispose(), twice.dispose()]);
  }, 60_000);

  it('gives read models identical to single delivery, and to the pure projections, with no dead letter', async () => {
    expect(duplicated).toHaveLength(2 * history.length);
    expect(await topicSize(twice.kafka, twice.eventsTopic)).toBe(2 * history.length);
    for (const [platform, messages] of [
      [once, history.length],
      [twice, 2 * history.length],
    ] as const) {
      const connection = await platform.mongo();
      for (const projector of ['regional', 'national'])
        await caughtUp(connection, projector, platform.eventsTopic, messages, () => platform.output());
    }
    const [single, double] = [await once.mongo(), await twice.mongo()];
    for (const definition of [regionalProjector, nationalProjector]) {
      const fromDouble = await storedReadModels(double, definition);
      expect(fromDouble).toEqual(await storedReadModels(single, definition));
      expect(fromDouble).toEqual(expectedReadModels(definition, history, reference));
      expect(Object.values(fromDouble).every((documents) => Object.keys(documents).length > 0)).toBe(true);
    }
    expect(await new DeadLetters(double).list({})).toEqual([]);
    console.log(
      `duplicate delivery figures: ${JSON.stringify({ events: history.length, duplicates: history.length })}`,
    );
  });
});
