import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedHistory, type DomainEvent } from '@cci/domain';
import { parseDeadLetter, toKafkaMessage, type DeadLetterReason } from '@cci/event-log';
import { nationalProjector, regionalProjector } from '@cci/projector';
import { DeadLetters } from '@cci/read-model-store';
import { simulateEvents } from '@cci/simulation';
import { Partitioners, type Message } from 'kafkajs';

import { readTopic } from '../test/event-log.js';
import { sleep } from '../test/http.js';
import { Platform } from '../test/platform.js';
import { caughtUp, expectedReadModels, storedReadModels } from '../test/projections.js';

type Poison = { name: string; message: Message; reason: DeadLetterReason };

/**
 * Messages a projector must set aside, each with the reason it must give. They reuse the keys of real
 * aggregates, so that they land between valid events of the same partitions.
 */
function poisons(valid: readonly DomainEvent[], wave: string): Poison[] {
  const report = valid.find((e) => e.type === 'IndicatorReported')!;
  const change = valid.find((e) => e.type === 'ProcessModeChanged')!;
  const planned = valid.find((e) => e.type === 'ActionPlanned')!;
  const copy = (event: DomainEvent, changes: Record<string, unknown>) =>
    JSON.stringify({ ...event, eventId: randomUUID(), ...changes });
  const on = (event: DomainEvent, value: string | Buffer | null): Message => ({
    key: event.aggregateId,
    value,
  });
  return [
    {
      name: `${wave}: raw bytes that are not UTF-8`,
      message: on(report, Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0x7b])),
      reason: 'unreadable',
    },
    {
      name: `${wave}: text that is not JSON`,
      message: on(change, 'IndicatorReported{value=3}'),
      reason: 'unreadable',
    },
    { name: `${wave}: an empty value`, message: on(planned, Buffer.alloc(0)), reason: 'unreadable' },
    { name: `${wave}: a tombstone (null value)`, message: on(report, null), reason: 'unreadable' },
    {
      name: `${wave}: JSON that is not an object`,
      message: on(change, '[1,2,3]'),
      reason: 'invalid-envelope',
    },
    {
      name: `${wave}: an unknown event type`,
      message: on(report, copy(report, { type: 'IndicatorExploded' })),
      reason: 'unknown-type',
    },
    {
      name: `${wave}: an unknown schema version`,
      message: on(report, copy(report, { schemaVersion: 99 })),
      reason: 'unknown-schema-version',
    },
    {
      name: `${wave}: an invalid payload`,
      message: on(report, copy(report, { payload: { ...report.payload, value: 'beaucoup' } })),
      reason: 'invalid-payload',
    },
    {
      name: `${wave}: a payload with a prototype-polluting key`,
      message: on(change, copy(change, {}).replace('"payload":{', '"payload":{"__proto__":{"admin":true},')),
      reason: 'invalid-payload',
    },
    {
      name: `${wave}: an envelope without an event id`,
      message: on(change, copy(change, { eventId: undefined })),
      reason: 'invalid-envelope',
    },
    {
      name: `${wave}: an envelope with an extra field`,
      message: on(change, copy(change, { isAdmin: true })),
      reason: 'invalid-envelope',
    },
    {
      name: `${wave}: an aggregate id that does not match the payload`,
      message: on(change, copy(change, { aggregateId: 'srom-cell:cci-vendee:si-gouvernance' })),
      reason: 'invalid-envelope',
    },
    {
      name: `${wave}: a v1 payload that cannot be upcast (unknown indicator)`,
      message: on(
        report,
        copy(report, {
          schemaVersion: 1,
          payload: {
            cciId: 'cci-rouen-metropole',
            indicatorId: 'nombre-de-licornes',
            period: { year: 2024, quarter: 3 },
            value: 1,
          },
          aggregateId: 'indicator-report:cci-rouen-metropole:nombre-de-licornes:2024-T3',
        }),
      ),
      reason: 'upcast-failed',
    },
    {
      name: `${wave}: an event about a CCI the reference data does not know`,
      message: on(
        report,
        copy(report, {
          aggregateId: report.aggregateId.replace(
            /^indicator-report:[^:]+:/,
            'indicator-report:cci-atlantide:',
          ),
          payload: { ...report.payload, cciId: 'cci-atlantide' },
        }),
      ),
      reason: 'projection-failed',
    },
    {
      name: `${wave}: a 600 kB comment`,
      message: on(report, copy(report, { payload: { ...report.payload, comment: 'x'.repeat(600_000) } })),
      reason: 'invalid-payload',
    },
  ];
}

/** `valid` with the poison messages spread evenly between its events, in one ordered stream. */
function interleave(
  valid: readonly DomainEvent[],
  poison: readonly Poison[],
  encode: (event: DomainEvent) => Message = toKafkaMessage,
): Message[] {
  const every = Math.max(1, Math.floor(valid.length / (poison.length + 1)));
  const stream: Message[] = [];
  let next = 0;
  valid.forEach((event, index) => {
    stream.push(encode(event));
    const due = poison[next];
    if ((index + 1) % every === 0 && due) {
      stream.push(due.message);
      next += 1;
    }
  });
  return stream;
}

/** A valid IndicatorReported written as its v1 payload: the projectors upcast it, it is no poison. */
function asVersion1(event: Extract<DomainEvent, { type: 'IndicatorReported' }>): Message {
  const [year, quarter] = event.payload.period.split('-T');
  return {
    key: event.aggregateId,
    value: JSON.stringify({
      ...event,
      schemaVersion: 1,
      payload: {
        cciId: event.payload.cciId,
        indicatorId: event.payload.indicatorId,
        period: { year: Number(year), quarter: quarter === undefined ? null : Number(quarter) },
        value: event.payload.value,
      },
    }),
  };
}

describe('poison and unknown events among valid ones', () => {
  const platform = new Platform('chaos-poison');
  const reference = platform.reference;
  const history = [
    ...seedHistory(reference),
    ...simulateEvents(reference, { seed: 11, fromYear: 2023, count: 1_500, untilMs: Date.UTC(2026, 0, 1) }),
  ];
  const firstWave = history.slice(0, 900);
  const secondWave = history.slice(900);
  const injected: Poison[] = [];
  let messages = 0;

  async function produce(stream: Message[]): Promise<void> {
    const producer = platform.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await producer.connect();
    for (let i = 0; i < stream.length; i += 200)
      await producer.send({ topic: platform.eventsTopic, acks: -1, messages: stream.slice(i, i + 200) });
    await producer.disconnect();
    messages += stream.length;
  }

  async function deadLetterTopic() {
    return (await readTopic(platform.kafka, platform.deadLetterTopic)).map((m) => {
      const parsed = parseDeadLetter(m);
      if ('unreadable' in parsed) throw new Error(parsed.unreadable);
      return parsed.deadLetter;
    });
  }

  async function bothCaughtUp(): Promise<void> {
    const connection = await platform.mongo();
    await caughtUp(connection, 'regional', platform.eventsTopic, messages, () => platform.output());
    await caughtUp(connection, 'national', platform.eventsTopic, messages, () => platform.output());
    // The dead letters are published before the checkpoint that covers them; the last flush settles.
    await sleep(300);
  }

  beforeAll(async () => {
    await platform.createTopics();
  });

  afterAll(async () => {
    await platform.dispose();
  }, 60_000);

  it('replays a log where poison messages sit between valid events: each poison is dead-lettered once per projector, with its reason, and every valid event is projected', async () => {
    const poison = poisons(firstWave, 'replay');
    injected.push(...poison);
    // One valid report travels as its old v1 payload, which the projectors must upcast, not reject.
    const upcastable = firstWave.find(
      (e): e is Extract<DomainEvent, { type: 'IndicatorReported' }> =>
        e.type === 'IndicatorReported' && e.payload.comment === null,
    )!;
    await produce(
      interleave(firstWave, poison, (e) => (e === upcastable ? asVersion1(upcastable) : toKafkaMessage(e))),
    );
    await platform.start('regional', { LOG_LEVEL: 'info' });
    await platform.start('national', { LOG_LEVEL: 'info' });
    await bothCaughtUp();

    const letters = await deadLetterTopic();
    for (const projector of ['regional', 'national']) {
      const mine = letters.filter((l) => l.projection === projector);
      expect(mine.map((l) => l.reason).sort()).toEqual(poison.map((p) => p.reason).sort());
      expect(new Set(mine.map((l) => `${l.original.partition}/${l.original.offset}`)).size).toBe(
        poison.length,
      );
      // The original bytes are kept, so that a fixed poison can be replayed.
      const garbage = mine.find((l) => l.original.value?.[0] === 0xff);
      expect(garbage?.original.value).toEqual(poison[0]!.message.value);
    }
    expect(letters).toHaveLength(2 * poison.length);

    const connection = await platform.mongo();
    const stored = new DeadLetters(connection);
    expect(await stored.count('regional')).toBe(poison.length);
    expect(await stored.count('national')).toBe(poison.length);
    expect((await stored.list({ projector: 'regional' })).every((l) => l.message.length > 10)).toBe(true);

    expect(await storedReadModels(connection, regionalProjector)).toEqual(
      expectedReadModels(regionalProjector, firstWave, reference),
    );
    expect(await storedReadModels(connection, nationalProjector)).toEqual(
      expectedReadModels(nationalProjector, firstWave, reference),
    );
  });

  it('keeps projecting live while more poison arrives, and a projector killed mid-wave records no dead letter twice', async () => {
    const poison = poisons(secondWave, 'live');
    injected.push(...poison);
    const before = messages;
    await produce(interleave(secondWave, poison));
    // The regional projector is killed in the middle of the wave: what it read after its last
    // checkpoint, poison included, is read again by the next process, and must not be counted twice.
    const connection = await platform.mongo();
    await caughtUp(connection, 'regional', platform.eventsTopic, before + 100, () => platform.output());
    await platform.stop('regional', 'SIGKILL');
    await platform.start('regional');
    await bothCaughtUp();

    const letters = await deadLetterTopic();
    const stored = new DeadLetters(connection);
    expect(await stored.count('regional')).toBe(injected.length);
    expect(await stored.count('national')).toBe(injected.length);
    // A letter is published, then stored: the one being published when the kill came is published
    // again by the next process. Its projection and original position tell the two copies apart.
    const distinct = new Set(
      letters.map((l) => `${l.projection}/${l.original.partition}/${l.original.offset}`),
    );
    expect(distinct.size).toBe(2 * injected.length);
    expect(letters.length - distinct.size).toBeLessThanOrEqual(1);
    expect(await storedReadModels(connection, regionalProjector)).toEqual(
      expectedReadModels(regionalProjector, history, reference),
    );
    console.log(
      `poison figures: ${JSON.stringify({ validEvents: history.length, poisonInjected: injected.length, deadLetters: distinct.size, publishedTwice: letters.length - distinct.size, projectorKills: 1 })}`,
    );
    expect(await storedReadModels(connection, nationalProjector)).toEqual(
      expectedReadModels(nationalProjector, history, reference),
    );
  });
});
