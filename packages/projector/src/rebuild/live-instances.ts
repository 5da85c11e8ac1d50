import { stillAlive, type ProjectorStatuses, type ProjectorStore } from '@cci/read-model-store';

import { sleep } from '../serial.js';
import { RefusedRebuild } from './outcome.js';

/**
 * Waits until every live instance paused (or none runs), then reads the live generation's checkpoints.
 * An instance silent for the product's `INSTANCE_SILENT_AFTER_MS` is gone, and waited for no more.
 */
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
      (s) => s.generation === generation && stillAlive(s.heartbeatAt),
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

/** Waits until every live instance runs `generation` (or none runs); after `timeoutMs`, goes on regardless. */
export async function waitForLiveInstances(
  statuses: ProjectorStatuses,
  projector: string,
  generation: number,
  timeoutMs: number,
  pollMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const running = (await statuses.list(projector)).filter((s) => stillAlive(s.heartbeatAt));
    if (running.every((s) => s.generation === generation)) return;
    await sleep(pollMs);
  }
}
