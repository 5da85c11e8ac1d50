import type { Rebuilds, StoredRebuild } from '@cci/read-model-store';

import type { RebuildResult } from './outcome.js';

/** How far the replay was at one moment: events applied since the log's start, and when (ms). */
export type ReplaySample = { at: number; done: number };

export type ReplayPace = Pick<StoredRebuild, 'done' | 'eventsPerSecond' | 'etaSeconds'>;

/**
 * The replay's pace after a new sample: the rate since the previous sample, smoothed with the rate
 * known so far (none yet: 0), and the time left at that rate to reach `total` events.
 */
export function replayPace(
  eventsPerSecondSoFar: number,
  previous: ReplaySample,
  latest: ReplaySample,
  total: number,
): ReplayPace {
  const rate =
    latest.at > previous.at ? ((latest.done - previous.done) * 1000) / (latest.at - previous.at) : 0;
  const eventsPerSecond = eventsPerSecondSoFar === 0 ? rate : 0.7 * eventsPerSecondSoFar + 0.3 * rate;
  return {
    done: Math.min(latest.done, total),
    eventsPerSecond,
    etaSeconds: eventsPerSecond > 0 ? Math.max(0, (total - latest.done) / eventsPerSecond) : null,
  };
}

/**
 * A rebuild's progress document in the Rebuilds store (the CLI's progress bar, the monitoring view):
 * its phase, the events replayed against those to replay, the rate and ETA, and its outcome. Every
 * change is saved, and told to `onProgress`.
 */
export class RebuildProgress {
  private readonly progress: Omit<StoredRebuild, '_id'>;

  constructor(
    private readonly rebuilds: Rebuilds,
    private readonly onProgress: ((progress: Omit<StoredRebuild, '_id'>) => void) | undefined,
    {
      projector,
      generation,
      total,
      forced,
    }: Pick<StoredRebuild, 'projector' | 'generation' | 'total' | 'forced'>,
  ) {
    const startedAt = new Date();
    this.progress = {
      projector,
      generation,
      phase: 'replaying',
      done: 0,
      total,
      eventsPerSecond: 0,
      etaSeconds: null,
      startedAt,
      updatedAt: startedAt,
      finishedAt: null,
      forced,
      differences: [],
      message: null,
    };
  }

  async report(changes: Partial<Omit<StoredRebuild, '_id'>>): Promise<void> {
    Object.assign(this.progress, changes, { updatedAt: new Date() });
    this.onProgress?.({ ...this.progress });
    await this.rebuilds.save(this.progress);
  }

  /** Reports the replay's pace between two samples. */
  async measured(previous: ReplaySample, latest: ReplaySample): Promise<void> {
    await this.report(replayPace(this.progress.eventsPerSecond, previous, latest, this.progress.total));
  }

  /** Sets how many events the replay has to reach, saved with the next report. */
  aimAt(total: number): void {
    this.progress.total = total;
  }

  /** Reports how the rebuild ended, and hands its result on. */
  async finish(result: RebuildResult, phase: StoredRebuild['phase']): Promise<RebuildResult> {
    await this.report({
      phase,
      finishedAt: new Date(),
      message: result.message,
      differences: result.differences,
      etaSeconds: 0,
    });
    return result;
  }
}
