import type { ReferenceData } from '@cci/domain';
import { consumerGroupOf, ProjectorRunner, REBUILD_FLUSH, type ProjectorDefinition } from '@cci/projector';
import type { Kafka } from 'kafkajs';

import type { LoadedTopic } from './event-topic.js';
import type { Scratch } from './servers.js';
import { perSecond, progress, sleep } from './stats.js';

export type ReplayFigures = {
  projector: string;
  flushMaxEvents: number;
  /** Events in the (share of the) log the replay was to apply. */
  target: number;
  /** Events applied (checkpointed) when it reached the target or its time ran out. */
  events: number;
  completed: boolean;
  seconds: number;
  eventsPerSecond: number;
  flushes: number;
  documentsWritten: number;
  /** Events checkpointed so far, every 10 s: shows whether the replay slows down as collections grow. */
  progress: { seconds: number; events: number }[];
};

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * A projector catching up from offset 0: the real ProjectorRunner, by default with the flush settings
 * rebuildProjector gives it, on a fresh database, timed from its start until its checkpoints reach the
 * end of every partition (or of `share` of it), or until `timeBoxSeconds` ran out: then the figure is
 * the events checkpointed by then, and the replay did not complete.
 */
export async function measureReplay(
  scratch: Scratch,
  kafka: Kafka,
  loaded: LoadedTopic,
  reference: ReferenceData,
  definition: ProjectorDefinition,
  {
    flush = REBUILD_FLUSH,
    share = 1,
    timeBoxSeconds = 900,
  }: { flush?: typeof REBUILD_FLUSH; share?: number; timeBoxSeconds?: number } = {},
): Promise<ReplayFigures> {
  // Part of the log only: the runner stops at that share of every partition, as a rebuild stops at
  // the offsets it aligns on.
  const target = new Map([...loaded.end].map(([partition, end]) => [partition, Math.ceil(end * share)]));
  const events = [...target.values()].reduce((sum, offset) => sum + offset, 0);
  const { connection } = await scratch.database();
  scratch.group(consumerGroupOf(definition.name, 1, loaded.topics.events.topic));
  const runner = new ProjectorRunner(
    kafka,
    connection,
    reference,
    definition,
    {
      topic: loaded.topics.events.topic,
      deadLetterTopic: loaded.topics.deadLetters.topic,
      changesTopic: null,
      instanceId: 'bench-replay',
      ...(share < 1 ? { stopAt: new Map(target) } : {}),
      flushMaxEvents: flush.maxEvents,
      flushMaxDelayMs: flush.maxDelayMs,
      stallAfterMs: 60_000,
      statusIntervalMs: 5_000,
      sessionTimeoutMs: 30_000,
    },
    quiet,
  );
  const applied = () =>
    [...target].reduce((sum, [partition]) => sum + (runner.positions().get(partition) ?? 0), 0);
  const reached = () =>
    [...target].every(([partition, end]) => (runner.positions().get(partition) ?? 0) >= end);
  const started = performance.now();
  const seconds = () => Math.round(performance.now() - started) / 1000;
  const timeline: ReplayFigures['progress'] = [];
  const sampler = setInterval(() => {
    timeline.push({ seconds: seconds(), events: applied() });
    progress(
      `  ${definition.name} replay: ${applied().toLocaleString('en')} / ${events.toLocaleString('en')}`,
    );
  }, 10_000);
  try {
    await runner.start();
    while (!reached() && performance.now() - started < timeBoxSeconds * 1000) await sleep(20);
  } finally {
    clearInterval(sampler);
  }
  const ms = performance.now() - started;
  const done = applied();
  const snapshot = runner.snapshot();
  if (!reached())
    progress(`  time is up: stopping the ${definition.name} replay (its last flush is not timed)`);
  await runner.stop();
  return {
    projector: definition.name,
    flushMaxEvents: flush.maxEvents,
    target: events,
    events: done,
    completed: done >= events,
    seconds: Math.round(ms) / 1000,
    eventsPerSecond: perSecond(done, ms),
    flushes: snapshot.flushes,
    documentsWritten: snapshot.documentsWritten,
    progress: timeline,
  };
}
