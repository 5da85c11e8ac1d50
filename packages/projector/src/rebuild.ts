import { setTimeout as wait } from 'node:timers/promises';

import type { ReferenceData } from '@cci/domain';
import { ProjectorStatuses, ProjectorStore, Rebuilds, type StoredRebuild } from '@cci/read-model-store';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';

import type { ProjectorDefinition, ProjectorLogger, ProjectorRunner } from './projector-runner.js';
import { abandon, dropAbandoned } from './rebuild/abandon.js';
import { alignWithLive } from './rebuild/align.js';
import { compareWithLive } from './rebuild/compare.js';
import { RebuildHeartbeat } from './rebuild/heartbeat.js';
import { eventsBelow, readLogExtent } from './rebuild/log-extent.js';
import type { RebuildResult } from './rebuild/outcome.js';
import { planRebuild } from './rebuild/plan.js';
import { RebuildProgress } from './rebuild/progress.js';
import { GenerationReplay } from './rebuild/replay.js';
import { switchAfterComparison, switchToNewVersions } from './rebuild/switch.js';
import type { RebuildUnderWay } from './rebuild/under-way.js';

export type RebuildOptions = {
  topic: string;
  deadLetterTopic: string;
  /** Switch even when the rebuilt generation differs from the live one. */
  force: boolean;
  onProgress?: (progress: Omit<StoredRebuild, '_id'>) => void;
  /** How long live instances get to pause before the rebuild gives up. */
  alignTimeoutMs?: number;
  pollMs?: number;
  /** Stops the rebuild (the service shuts down): its generation is abandoned and dropped. */
  signal?: AbortSignal;
  /**
   * Rebuild only when earlier versions of the projections built the live generation. Whatever this
   * says, a generation later versions built is rebuilt only when forced.
   */
  onlyForNewVersions?: boolean;
};

/**
 * Rebuilds a projector's read models without downtime: replays the whole log into a new generation of
 * collections while readers keep using the active one; then asks the live instances to pause, brings
 * the new generation to exactly the same offsets, compares both document by document, and switches
 * the readers' pointer in one step (refusing on any difference unless forced). Live instances follow
 * the switch and go on from the new generation's checkpoints; the old generation is dropped.
 *
 * When other versions of the projections built the live generation (a release changed a read model),
 * no live instance writes it and there is nothing to compare with: the new generation is switched to
 * as soon as it reaches the end of the log as it stood at the start.
 */
export async function rebuildProjector(
  kafka: Kafka,
  connection: Connection,
  reference: ReferenceData,
  definition: ProjectorDefinition,
  options: RebuildOptions,
  log: ProjectorLogger,
): Promise<RebuildResult> {
  const store = new ProjectorStore(connection, definition.name, definition.projections);
  const { live, liveChanges, decision } = await planRebuild(store, definition, options);
  if (decision.kind === 'leave')
    return { generation: live, switched: false, differences: [], message: decision.message };
  const extent = await readLogExtent(kafka, options.topic);
  // Nothing fails between reserving the generation and the `try` that gives it up on any error.
  const { generation, abandoned } = await store.generations.beginRebuild(definition.name);
  const heartbeat = new RebuildHeartbeat(store.generations, definition.name, generation);
  const pollMs = options.pollMs ?? 250;
  const progress = new RebuildProgress(new Rebuilds(connection), options.onProgress, {
    projector: definition.name,
    generation,
    total: eventsBelow(extent, extent.end),
    forced: options.force,
  });
  const replay = new GenerationReplay(
    kafka,
    connection,
    reference,
    definition,
    generation,
    extent,
    progress,
    { topic: options.topic, deadLetterTopic: options.deadLetterTopic, pollMs, signal: options.signal },
    log,
  );
  const rebuild: RebuildUnderWay = {
    definition,
    store,
    statuses: new ProjectorStatuses(connection),
    live,
    generation,
    extent,
    replay,
    progress,
    heartbeat,
    pollMs,
    log,
  };

  try {
    if (abandoned !== null) await dropAbandoned(rebuild, abandoned);
    await replay.start();
    await replay.upTo(extent.end);
    if (decision.kind === 'switch-when-replayed') {
      await replay.stop();
      return await switchToNewVersions(rebuild, liveChanges);
    }
    await alignWithLive(rebuild, options.topic, options.alignTimeoutMs ?? 30_000);
    await replay.stop();
    const found = await compareWithLive(rebuild, options.force);
    return await switchAfterComparison(rebuild, found, options.force);
  } catch (error) {
    return await abandon(rebuild, error);
  } finally {
    heartbeat.stop();
  }
}

/**
 * Brings a live instance back to work after a release changed its projections: while its runner leaves
 * the active generation alone (other versions built it), rebuilds a generation with the code's
 * versions, or waits while another instance's rebuild runs, until the runner follows the switch.
 */
export async function rebuildWhileOutdated(
  runner: ProjectorRunner,
  kafka: Kafka,
  connection: Connection,
  reference: ReferenceData,
  definition: ProjectorDefinition,
  options: Omit<RebuildOptions, 'force' | 'onlyForNewVersions'> & { retryMs?: number },
  log: ProjectorLogger,
): Promise<void> {
  while (runner.versionChanges().length > 0 && !options.signal?.aborted) {
    let switched = false;
    try {
      const result = await rebuildProjector(
        kafka,
        connection,
        reference,
        definition,
        { ...options, force: false, onlyForNewVersions: true },
        log,
      );
      switched = result.switched;
      if (!switched) log.info(result.message, { projector: definition.name });
    } catch (error) {
      log.info('Reconstruction pour les nouvelles versions non lancée ici', {
        projector: definition.name,
        reason: error instanceof Error ? error.message : String(error),
      });
    }
    // After a switch the runner moves at its next status report; otherwise another rebuild may be running.
    const delay = switched ? (options.pollMs ?? 250) : (options.retryMs ?? 30_000);
    await wait(delay, undefined, { signal: options.signal }).catch(() => undefined);
  }
}
