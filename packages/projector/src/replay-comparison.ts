import { differences, ProjectionError, type ReferenceData } from '@cci/domain';
import { LogEventReader, readEventLog } from '@cci/event-log';
import { ProjectorStatuses, ProjectorStore, readAllDocuments } from '@cci/read-model-store';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';

import { CoalescingBatch } from './coalescing-batch.js';
import type { ProjectorDefinition } from './projector-runner.js';
import { REBUILD_HEARTBEAT_MS } from './rebuild/heartbeat.js';
import { pausedLivePositions } from './rebuild/live-instances.js';
import type { RebuildDifference } from './rebuild/outcome.js';

export type ReplayComparison = {
  generation: number;
  events: number;
  positions: Record<number, number>;
  differences: RebuildDifference[];
};

/**
 * Proves the live read models equal a fresh replay of the log: pauses the live instances just long
 * enough to read their checkpoints and documents, replays the log in memory up to those checkpoints
 * with the same pure projections, and compares document by document.
 */
export async function compareWithFreshReplay(
  kafka: Kafka,
  connection: Connection,
  reference: ReferenceData,
  definition: ProjectorDefinition,
  topic: string,
): Promise<ReplayComparison> {
  const store = new ProjectorStore(connection, definition.name, definition.projections);
  const generation = (await store.generations.state(definition.name)).active;
  await store.generations.requestPause(definition.name, true);
  const renewal = setInterval(() => {
    void store.generations.renewPause(definition.name).catch(() => undefined);
  }, REBUILD_HEARTBEAT_MS);
  let positions: Map<number, number>;
  const stored = new Map<string, Map<string, unknown>>();
  try {
    positions = await pausedLivePositions(
      store,
      new ProjectorStatuses(connection),
      definition.name,
      generation,
      topic,
      30_000,
      250,
    );
    for (const projection of definition.projections) {
      stored.set(projection.name, await readAllDocuments(store.model(generation, projection.name)));
    }
  } finally {
    clearInterval(renewal);
    await store.generations.requestPause(definition.name, false);
  }

  const replay = new CoalescingBatch(definition.projections, reference);
  const log = new LogEventReader(reference);
  let events = 0;
  await readEventLog(kafka, {
    topic,
    onBatch: ({ partition, messages }) => {
      const upTo = positions.get(partition) ?? 0;
      for (const message of messages) {
        if (message.offset >= upTo) break;
        const read = log.read(message);
        if ('rejection' in read) continue;
        try {
          replay.apply(read.event, () => undefined);
          events += 1;
        } catch (error) {
          if (!(error instanceof ProjectionError)) throw error;
        }
      }
      return Promise.resolve();
    },
  });

  const found: RebuildDifference[] = [];
  for (const projection of definition.projections) {
    const expected = new Map(replay.writes(projection.name).map((w) => [w.id, w.doc]));
    const actual = stored.get(projection.name) ?? new Map<string, unknown>();
    for (const id of new Set([...expected.keys(), ...actual.keys()])) {
      for (const d of differences(expected.get(id), actual.get(id), '', 20))
        found.push({ projection: projection.name, id, ...d });
    }
  }
  return { generation, events, positions: Object.fromEntries(positions), differences: found };
}
