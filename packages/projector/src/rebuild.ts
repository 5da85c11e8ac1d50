import { setTimeout as wait } from 'node:timers/promises';

import { differences, type ReferenceData } from '@cci/domain';
import {
  ProjectorStatuses,
  ProjectorStore,
  readAllDocuments,
  Rebuilds,
  type StoredRebuild,
} from '@cci/read-model-store';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';

import { codeIsNewer, describeVersionChange, versionChanges } from './projection-versions.js';
import { ProjectorRunner, type ProjectorDefinition, type ProjectorLogger } from './projector-runner.js';
import { sleep } from './serial.js';

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

export type RebuildDifference = StoredRebuild['differences'][number];

export type RebuildResult = {
  generation: number;
  switched: boolean;
  differences: RebuildDifference[];
  message: string;
};

const LIVE_HEARTBEAT_MS = 5_000;
/**
 * How often a rebuild says it is alive, and renews the pause it asked for, if any: after
 * `REBUILD_SILENT_MS` of silence it counts as dead and its pause lapses. A comparison renews its own
 * pause as often.
 */
export const REBUILD_HEARTBEAT_MS = 5_000;

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
  const store = new ProjectorStore(
    connection,
    definition.name,
    definition.projections.map((p) => p.name),
  );
  const live = (await store.generations.state(definition.name)).active;
  const liveChanges = versionChanges(
    await store.checkpoints.recordedVersions(definition.name, live),
    definition.projections,
  );
  // An older release (a rolling update's last instances, an old command line) would switch the
  // readers back to the previous shapes without any comparison.
  const rollsBack = liveChanges.length > 0 && !codeIsNewer(liveChanges);
  if (rollsBack && !options.force)
    return {
      generation: live,
      switched: false,
      differences: [],
      message: `Génération ${live} construite par des versions plus récentes des projections : pas de retour en arrière sans --force.`,
    };
  if (options.onlyForNewVersions && liveChanges.length === 0)
    return {
      generation: live,
      switched: false,
      differences: [],
      message: `Génération ${live} construite par les versions actuelles des projections : rien à reconstruire.`,
    };
  const admin = kafka.admin();
  await admin.connect();
  const offsets = await admin.fetchTopicOffsets(options.topic);
  await admin.disconnect();
  const low = new Map(offsets.map((o) => [o.partition, Number(o.low)]));
  const end = new Map(offsets.map((o) => [o.partition, Number(o.high)]));
  const total = sum([...end].map(([p, high]) => high - (low.get(p) ?? 0)));
  // Nothing fails between reserving the generation and the `try` that gives it up on any error.
  const { generation, abandoned } = await store.generations.beginRebuild(definition.name);
  let holdsPause = false;
  const beat = setInterval(() => {
    void store.generations.beat(definition.name, generation).catch(() => undefined);
    if (holdsPause) void store.generations.renewPause(definition.name).catch(() => undefined);
  }, REBUILD_HEARTBEAT_MS);
  const rebuilds = new Rebuilds(connection);
  const statuses = new ProjectorStatuses(connection);
  const pollMs = options.pollMs ?? 250;

  const startedAt = new Date();
  const progress: Omit<StoredRebuild, '_id'> = {
    projector: definition.name,
    generation,
    phase: 'replaying',
    done: 0,
    total,
    eventsPerSecond: 0,
    etaSeconds: null,
    startedAt,
    updatedAt: startedAt,
    finishedAt: null,
    forced: options.force,
    differences: [],
    message: null,
  };
  const report = async (changes: Partial<Omit<StoredRebuild, '_id'>>) => {
    Object.assign(progress, changes, { updatedAt: new Date() });
    options.onProgress?.({ ...progress });
    await rebuilds.save(progress);
  };

  const runner = new ProjectorRunner(
    kafka,
    connection,
    reference,
    definition,
    {
      topic: options.topic,
      deadLetterTopic: options.deadLetterTopic,
      changesTopic: null,
      instanceId: `reconstruction-g${generation}`,
      generation,
      stopAt: new Map(end),
      flushMaxEvents: 50_000,
      flushMaxDelayMs: 1_000,
      stallAfterMs: 60_000,
      statusIntervalMs: 1_000,
      sessionTimeoutMs: 30_000,
    },
    log,
  );

  const reached = (target: ReadonlyMap<number, number>) =>
    [...target].every(
      ([partition, offset]) =>
        offset <= (low.get(partition) ?? 0) || (runner.positions().get(partition) ?? 0) >= offset,
    );

  const waitUntil = async (target: ReadonlyMap<number, number>) => {
    let last = { at: Date.now(), done: 0 };
    while (!reached(target)) {
      options.signal?.throwIfAborted();
      await sleep(pollMs);
      const done = sum([...runner.positions()].map(([p, o]) => o - (low.get(p) ?? 0)));
      const now = Date.now();
      const rate = now > last.at ? ((done - last.done) * 1000) / (now - last.at) : 0;
      const eventsPerSecond =
        progress.eventsPerSecond === 0 ? rate : 0.7 * progress.eventsPerSecond + 0.3 * rate;
      last = { at: now, done };
      await report({
        done: Math.min(done, progress.total),
        eventsPerSecond,
        etaSeconds: eventsPerSecond > 0 ? Math.max(0, (progress.total - done) / eventsPerSecond) : null,
      });
    }
  };

  const finish = async (result: RebuildResult, phase: StoredRebuild['phase']): Promise<RebuildResult> => {
    await report({
      phase,
      finishedAt: new Date(),
      message: result.message,
      differences: result.differences,
      etaSeconds: 0,
    });
    return result;
  };

  try {
    if (abandoned !== null) {
      log.warn('Reconstruction abandonnée reprise (plus de signe de vie)', {
        projector: definition.name,
        abandoned,
        generation,
      });
      await store.drop(abandoned);
    }
    await runner.start();
    await waitUntil(end);

    if (liveChanges.length > 0) {
      await runner.stop();
      await store.generations.switchTo(definition.name, generation, false);
      await waitForLiveInstances(statuses, definition.name, generation, 30_000, pollMs);
      await store.drop(live);
      const message = `Génération ${generation} construite par les versions actuelles des projections (${liveChanges.map(describeVersionChange).join(' ; ')}) : bascule faite sans comparaison, génération ${live} supprimée.`;
      log.info(message, { projector: definition.name });
      return await finish({ generation, switched: true, differences: [], message }, 'switched');
    }

    await report({ phase: 'aligning' });
    holdsPause = true;
    await store.generations.requestPause(definition.name, true);
    const livePositions = await pausedLivePositions(
      store,
      statuses,
      definition.name,
      live,
      options.topic,
      options.alignTimeoutMs ?? 30_000,
      pollMs,
    );
    const behind = [...end].filter(([partition, offset]) => (livePositions.get(partition) ?? 0) < offset);
    if (behind.length > 0) {
      throw new RefusedRebuild(
        `La génération en service (${live}) est en retard sur le journal (partitions ${behind.map(([p]) => p).join(', ')}) : elle n'a pas pu être comparée à positions égales.`,
      );
    }
    const target = new Map([...end].map(([partition]) => [partition, livePositions.get(partition) ?? 0]));
    progress.total = sum([...target].map(([p, o]) => o - (low.get(p) ?? 0)));
    runner.setStopAt(target);
    await waitUntil(target);
    await runner.stop();

    await report({ phase: 'comparing' });
    const found = await compareGenerations(store, definition, live, generation);
    if (found.length > 0 && !options.force) {
      throw new RefusedRebuild(
        `La reconstruction diffère de la génération en service sur ${found.length} point(s) : pas de bascule.`,
        found,
      );
    }
    await store.generations.switchTo(definition.name, generation, options.force);
    await waitForLiveInstances(statuses, definition.name, generation, 30_000, pollMs);
    await store.drop(live);
    const message =
      found.length > 0
        ? `Bascule forcée vers la génération ${generation} malgré ${found.length} différence(s) ; génération ${live} supprimée.`
        : `Génération ${generation} identique à la génération ${live} : bascule faite, génération ${live} supprimée.`;
    log.info(message, { projector: definition.name });
    return await finish({ generation, switched: true, differences: found, message }, 'switched');
  } catch (error) {
    await runner.stop().catch(() => undefined);
    await store.generations.abandonRebuild(definition.name, generation);
    await store.drop(generation);
    const refused = error instanceof RefusedRebuild;
    const message = refused ? error.message : `Reconstruction interrompue : ${String(error)}`;
    log.warn(message, { projector: definition.name });
    return await finish(
      { generation, switched: false, differences: refused ? error.found : [], message },
      refused ? 'refused' : 'failed',
    );
  } finally {
    clearInterval(beat);
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

export class RefusedRebuild extends Error {
  constructor(
    message: string,
    readonly found: RebuildDifference[] = [],
  ) {
    super(message);
  }
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Waits until every live instance paused (or none runs), then reads the live generation's checkpoints. */
export async function pausedLivePositions(
  store: ProjectorStore,
  statuses: ProjectorStatuses,
  projector: string,
  generation: number,
  topic: string,
  timeoutMs: number,
  pollMs: number,
): Promise<Map<number, number>> {
  const deadline = Date.now() + timeoutMs;
  const requestedAt = Date.now();
  for (;;) {
    const running = (await statuses.list(projector)).filter(
      (s) =>
        s.generation === generation && Date.now() - new Date(s.heartbeatAt).getTime() < LIVE_HEARTBEAT_MS,
    );
    const allPaused = running.every(
      (s) => s.state === 'paused' && new Date(s.heartbeatAt).getTime() >= requestedAt,
    );
    if (allPaused) return store.checkpoints.read(projector, generation, topic);
    if (Date.now() > deadline)
      throw new RefusedRebuild('Les instances en service ne se sont pas mises en pause à temps.');
    await sleep(pollMs);
  }
}

async function waitForLiveInstances(
  statuses: ProjectorStatuses,
  projector: string,
  generation: number,
  timeoutMs: number,
  pollMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const running = (await statuses.list(projector)).filter(
      (s) => Date.now() - new Date(s.heartbeatAt).getTime() < LIVE_HEARTBEAT_MS,
    );
    if (running.every((s) => s.generation === generation)) return;
    await sleep(pollMs);
  }
}

/** Every document of every projection, compared field by field between two generations. */
export async function compareGenerations(
  store: ProjectorStore,
  definition: ProjectorDefinition,
  expectedGeneration: number,
  actualGeneration: number,
): Promise<RebuildDifference[]> {
  const found: RebuildDifference[] = [];
  for (const projection of definition.projections) {
    const [expected, actual] = await Promise.all(
      [expectedGeneration, actualGeneration].map((g) => readAllDocuments(store.model(g, projection.name))),
    );
    for (const id of new Set([...(expected?.keys() ?? []), ...(actual?.keys() ?? [])])) {
      for (const d of differences(expected?.get(id), actual?.get(id), '', 20))
        found.push({ projection: projection.name, id, ...d });
    }
  }
  return found;
}
