import { createHash, randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { comProgress, loadReferenceData, seedHistory, type DomainEvent, type Projection } from '@cci/domain';
import { toKafkaMessage } from '@cci/event-log';
import { ProjectorRunner, regionalProjector, type ProjectorDefinition } from '@cci/projector';
import { DeadLetters } from '@cci/read-model-store';
import { simulateEvents, syntheticReferenceFiles } from '@cci/simulation';
import type { Message, Producer } from 'kafkajs';

import { CheckpointAudit, type LoggedEvent } from '../test/checkpoint-audit.js';
import { sleep } from '../test/http.js';
import { Platform } from '../test/platform.js';
import { checkpointed, expectedReadModels, storedReadModels } from '../test/projections.js';

/** How many small batches the log receives, each with one late message; 10,000 for the full run. */
const batches = Number(process.env.CHAOS_LATE_BATCHES ?? 1_000);
const eventsPerBatch = 7;
/** One batch in this many has a message whose projection fails once instead of a slow dead letter. */
const failingEvery = 25;
const partitions = 6;

/** A partition per aggregate, chosen here so that the test knows every message's offset as it sends it. */
function partitionOf(key: string): number {
  return createHash('sha1').update(key).digest().readUInt32BE(0) % partitions;
}

/**
 * The regional projector whose COM progress fails, once, on each event of `failing`: an unexpected
 * error in the middle of a batch (a bug, a transient fault), which must leave that event and those after
 * it to be read again, not skipped.
 */
function failingOnce(failing: Set<string>): ProjectorDefinition {
  return {
    name: regionalProjector.name,
    projections: regionalProjector.projections.map((projection): Projection<unknown> =>
      projection !== comProgress
        ? projection
        : {
            ...projection,
            evolve: (doc, event, reference) => {
              if (failing.delete(event.eventId))
                throw new Error(`Panne passagère sur l'événement ${event.eventId}`);
              return projection.evolve(doc, event, reference);
            },
          },
    ),
  };
}

// The log is consumed in order, partition by partition, and a checkpoint is stored with the documents:
// a message "late" in its batch is one whose handling waits (its dead letter is published and recorded
// while the batch holds) or fails once. Meanwhile flushes fall due and the projector is stopped and
// started again; a sampler checks at every turn that no checkpoint passed a message not yet applied.
describe('a late message in every batch', () => {
  // A network with a COM every year to 2035, so that the simulation has the events of 10,000 batches
  // (the bundled network's history runs out after about 5,000 events).
  const platform = new Platform(
    'chaos-late-message',
    loadReferenceData(
      syntheticReferenceFiles({
        territorialPerRegion: 8,
        comPeriods: Array.from({ length: 13 }, (_, i) => ({ from: 2023 + i, to: 2023 + i })),
      }),
    ),
  );
  const reference = platform.reference;
  const history = [
    ...seedHistory(reference),
    ...simulateEvents(reference, { seed: 41, fromYear: 2023, count: batches * eventsPerBatch }),
  ];
  const valid: DomainEvent[] = [];
  const failing = new Set<string>();
  let failuresPlanned = 0;
  const definition = failingOnce(failing);
  let producer: Producer | null = null;
  let runner: ProjectorRunner | null = null;
  const state: { over: boolean } = { over: false };
  const loops: Promise<void>[] = [];
  const warnings: string[] = [];
  const logger = {
    info: () => undefined,
    warn: (message: string) => warnings.push(message),
    error: (message: string, fields?: Record<string, unknown>) =>
      warnings.push(`${message} ${JSON.stringify(fields)}`),
  };

  async function startRunner(): Promise<ProjectorRunner> {
    const started = new ProjectorRunner(
      platform.kafka,
      await platform.mongo(),
      reference,
      definition,
      {
        topic: platform.eventsTopic,
        deadLetterTopic: platform.deadLetterTopic,
        changesTopic: null,
        instanceId: `late-${randomUUID().slice(0, 8)}`,
        flushMaxEvents: 40,
        flushMaxDelayMs: 20,
        stallAfterMs: 30_000,
        statusIntervalMs: 1_000,
        sessionTimeoutMs: 10_000,
      },
      logger,
    );
    await started.start();
    return started;
  }

  /** One batch: its events, and a late message after the fourth, on that event's partition. */
  function batchOf(index: number): { messages: Message[]; events: DomainEvent[]; late: number } {
    const events = history.slice(index * eventsPerBatch, (index + 1) * eventsPerBatch);
    const messages: Message[] = events.map((e) => ({
      ...toKafkaMessage(e),
      partition: partitionOf(e.aggregateId),
    }));
    const before = events[3];
    if (!before) return { messages, events, late: -1 };
    const failure = events.find((e, i) => i > 0 && comProgress.documentIds(e, reference).length > 0);
    if (index % failingEvery === failingEvery - 1 && failure) {
      // A valid event that the projection fails on the first time: it is applied on the second.
      failing.add(failure.eventId);
      failuresPlanned += 1;
      return { messages, events, late: -1 };
    }
    const late: Message = {
      key: before.aggregateId,
      partition: partitionOf(before.aggregateId),
      value: JSON.stringify({ ...before, eventId: randomUUID(), schemaVersion: 99 }),
    };
    return { messages: [...messages.slice(0, 4), late, ...messages.slice(4)], events, late: 4 };
  }

  beforeAll(async () => {
    await platform.createTopics();
    producer = platform.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
    });
    await producer.connect();
  });

  afterAll(async () => {
    // A failed run leaves the producing and restarting loops going: they end at their next turn.
    state.over = true;
    await Promise.allSettled(loops);
    await runner?.stop().catch(() => undefined);
    await producer?.disconnect();
    await platform.dispose();
  }, 60_000);

  it('never lets a checkpoint pass a message that is not applied, through slow dead letters, failures and restarts', async () => {
    const started = Date.now();
    const connection = await platform.mongo();
    const audit = new CheckpointAudit(() => connection, regionalProjector, platform.eventsTopic, reference);
    runner = await startRunner();
    let produced = 0;
    let lateMessages = 0;
    // Flags the loops below read while others change them.
    const run: { producing: boolean } = { producing: true };

    const production = (async () => {
      for (let index = 0; index * eventsPerBatch < history.length && !state.over; index += 1) {
        const { messages, events, late } = batchOf(index);
        if (late >= 0) lateMessages += 1;
        const sent = await producer!.send({ topic: platform.eventsTopic, acks: -1, messages });
        const next = new Map(sent.map((s) => [s.partition, Number(s.baseOffset)]));
        const placed: LoggedEvent[] = [];
        messages.forEach((message, position) => {
          const partition = message.partition!;
          const offset = next.get(partition)!;
          next.set(partition, offset + 1);
          const event =
            position === late ? null : events[late >= 0 && position > late ? position - 1 : position]!;
          if (event) placed.push({ event, partition, offset });
        });
        audit.know(placed);
        valid.push(...events);
        produced += messages.length;
        await sleep(5);
      }
      run.producing = false;
    })();

    loops.push(production);
    const going = () => run.producing && !state.over;
    let restarts = 0;
    const restarting = (async () => {
      while (going()) {
        await sleep(700 + Math.floor(Math.random() * 800));
        if (!going()) break;
        await runner.stop();
        runner = await startRunner();
        restarts += 1;
      }
    })();
    loops.push(restarting);

    const unapplied: string[] = [];
    let samples = 0;
    const sampling = async () => {
      const sample = await audit.sample();
      samples += 1;
      unapplied.push(...sample.unapplied);
      return sample;
    };
    while (run.producing || (await checkpointed(connection, 'regional', platform.eventsTopic)) < produced) {
      await sampling();
      expect(unapplied.slice(0, 5)).toEqual([]);
      await sleep(150);
      if (Date.now() - started > batches * 200 + 120_000)
        throw new Error(`pas rattrapé : ${warnings.slice(-10).join('\n')}`);
    }
    await production;
    await restarting;
    await sampling();
    await runner.stop();
    runner = null;

    const figures = {
      messages: produced,
      lateMessages,
      failingOnce: failuresPlanned,
      batches: Math.ceil(history.length / eventsPerBatch),
      restarts,
      samples,
      eventsChecked: audit.eventsChecked,
      unapplied: unapplied.length,
      seconds: Math.round((Date.now() - started) / 1000),
    };
    console.log(`late message figures: ${JSON.stringify(figures)}`);
    expect(unapplied).toEqual([]);
    expect(audit.eventsChecked).toBe(valid.length);
    expect(failing.size).toBe(0);
    expect(await new DeadLetters(connection).count('regional')).toBe(lateMessages);
    expect(await storedReadModels(connection, regionalProjector)).toEqual(
      expectedReadModels(regionalProjector, valid, reference),
    );
  }, 900_000);
});
