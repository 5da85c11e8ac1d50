import type { ReferenceData } from '@cci/domain';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';

import { ProjectorRunner, type ProjectorDefinition, type ProjectorLogger } from '../projector-runner.js';
import { sleep } from '../serial.js';
import { eventsBelow, reached, type LogExtent } from './log-extent.js';
import type { RebuildProgress, ReplaySample } from './progress.js';

/**
 * How a rebuild's runner flushes: every 200,000 events, or every second once caught up. A flush
 * rewrites every document its events touched, and the national projector's few documents (one per
 * region, about 1.4 MB of JSON each in the bench) are touched by nearly every flush. From 50,000 to
 * 200,000 events, the bench's replays of a million events went from 16,228 to 26,581 events/s
 * (national) and from 7,633 to 10,687 (regional), for 0.4 GB more at the bench process's peak (1.17 to
 * 1.59 GB): the working documents, and the events kept to fold them again after a conflict.
 */
export const REBUILD_FLUSH = { maxEvents: 200_000, maxDelayMs: 1_000 };

/**
 * A runner of its own replaying the log into the rebuild's generation, first up to the log's end as it
 * stood at the start, then up to where the live instances paused (`stopAt`).
 */
export class GenerationReplay {
  private readonly runner: ProjectorRunner;

  constructor(
    kafka: Kafka,
    connection: Connection,
    reference: ReferenceData,
    definition: ProjectorDefinition,
    generation: number,
    private readonly extent: LogExtent,
    private readonly progress: RebuildProgress,
    private readonly options: {
      topic: string;
      deadLetterTopic: string;
      pollMs: number;
      signal?: AbortSignal;
    },
    log: ProjectorLogger,
  ) {
    this.runner = new ProjectorRunner(
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
        stopAt: new Map(extent.end),
        flushMaxEvents: REBUILD_FLUSH.maxEvents,
        flushMaxDelayMs: REBUILD_FLUSH.maxDelayMs,
        stallAfterMs: 60_000,
        statusIntervalMs: 1_000,
        sessionTimeoutMs: 30_000,
      },
      log,
    );
  }

  start(): Promise<void> {
    return this.runner.start();
  }

  stop(): Promise<void> {
    return this.runner.stop();
  }

  stopAt(target: ReadonlyMap<number, number>): void {
    this.runner.setStopAt(target);
  }

  /** Waits until the replay reached `target`, reporting its pace at each poll; throws once aborted. */
  async upTo(target: ReadonlyMap<number, number>): Promise<void> {
    let last: ReplaySample = { at: Date.now(), done: 0 };
    while (!reached(this.extent, target, this.runner.positions())) {
      this.options.signal?.throwIfAborted();
      await sleep(this.options.pollMs);
      const done = eventsBelow(this.extent, this.runner.positions());
      const latest = { at: Date.now(), done };
      await this.progress.measured(last, latest);
      last = latest;
    }
  }
}
