import type { DomainEvent, ReferenceData } from '@cci/domain';
import type { ProjectorDefinition } from '@cci/projector';
import type { Kafka } from 'kafkajs';

import type { LoadedTopic } from './event-topic.js';
import type { Scratch } from './servers.js';
import { perSecond } from './stats.js';

export type NaiveFigures = { projector: string; events: number; seconds: number; eventsPerSecond: number };

type Stored = { _id: string; regionId: string | null; revision: number; body: string };

/**
 * The projector as most tutorials write it: a consumer's eachMessage handler that, for every event and
 * every document it touches, reads the document, applies the event and writes the document back (one
 * round trip each way per event), committing offsets as kafkajs does by default. It does the same domain
 * work as the real projector (evolve, then summarize so that the stored document is the read model) but
 * skips the contract check (`readEvent`), which only flatters it. Timed over the first `sample` events.
 */
export async function measureNaive(
  scratch: Scratch,
  kafka: Kafka,
  loaded: LoadedTopic,
  reference: ReferenceData,
  definition: ProjectorDefinition,
  sample: number,
): Promise<NaiveFigures> {
  const { connection } = await scratch.database();
  const db = connection.db;
  if (!db) throw new Error('no database');
  const collections = new Map(
    definition.projections.map((p) => [p.name, db.collection<Stored>(`naive_${p.name}`)]),
  );
  const consumer = kafka.consumer({
    groupId: scratch.group(scratch.name('naive')),
    allowAutoTopicCreation: false,
    maxWaitTimeInMs: 100,
  });
  await consumer.connect();
  await consumer.subscribe({ topic: loaded.topics.events.topic, fromBeginning: true });
  let handled = 0;
  let started = 0;
  let finished = 0;
  const total = Math.min(sample, loaded.events);
  await new Promise<void>((resolve, reject) => {
    consumer
      .run({
        eachMessage: async ({ message }) => {
          if (handled >= total) return;
          if (started === 0) started = performance.now();
          const event = JSON.parse(message.value?.toString('utf8') ?? 'null') as DomainEvent;
          for (const projection of definition.projections) {
            const collection = collections.get(projection.name);
            if (!collection) continue;
            for (const id of projection.documentIds(event, reference)) {
              const found = await collection.findOne({ _id: id });
              const current = found ? (JSON.parse(found.body) as unknown) : projection.initial(id, reference);
              const doc = projection.summarize(projection.evolve(current, event, reference), reference);
              await collection.replaceOne(
                { _id: id },
                {
                  regionId: (doc as { regionId?: string }).regionId ?? null,
                  revision: (found?.revision ?? 0) + 1,
                  body: JSON.stringify(doc),
                },
                { upsert: true },
              );
            }
          }
          handled += 1;
          if (handled === total) {
            finished = performance.now();
            resolve();
          }
        },
      })
      .catch(reject);
  });
  await consumer.disconnect();
  const ms = finished - started;
  return {
    projector: definition.name,
    events: total,
    seconds: Math.round(ms) / 1000,
    eventsPerSecond: perSecond(total, ms),
  };
}
