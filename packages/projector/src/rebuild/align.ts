import { pausedLivePositions } from './live-instances.js';
import { eventsBelow } from './log-extent.js';
import { RefusedRebuild } from './outcome.js';
import type { RebuildUnderWay } from './under-way.js';

/**
 * Asks the live instances to pause, reads their checkpoints, and replays the new generation up to
 * exactly them, so that both generations hold the same events when compared. Refuses when they do not
 * pause in time, or when the live generation has not applied the log up to the end the replay reached.
 */
export async function alignWithLive(
  { definition, store, statuses, live, extent, replay, progress, heartbeat, pollMs }: RebuildUnderWay,
  topic: string,
  timeoutMs: number,
): Promise<void> {
  await progress.report({ phase: 'aligning' });
  heartbeat.holdPause();
  await store.generations.requestPause(definition.name, true);
  const livePositions = await pausedLivePositions(
    store,
    statuses,
    definition.name,
    live,
    topic,
    timeoutMs,
    pollMs,
  );
  const behind = [...extent.end].filter(
    ([partition, offset]) => (livePositions.get(partition) ?? 0) < offset,
  );
  if (behind.length > 0) {
    throw new RefusedRebuild(
      `La génération en service (${live}) est en retard sur le journal (partitions ${behind.map(([p]) => p).join(', ')}) : elle n'a pas pu être comparée à positions égales.`,
    );
  }
  const target = new Map(
    [...extent.end].map(([partition]) => [partition, livePositions.get(partition) ?? 0]),
  );
  progress.aimAt(eventsBelow(extent, target));
  replay.stopAt(target);
  await replay.upTo(target);
}
