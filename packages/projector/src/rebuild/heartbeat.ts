import type { Generations } from '@cci/read-model-store';

/**
 * How often a rebuild says it is alive, and renews the pause it asked for, if any: after the product's
 * `INSTANCE_SILENT_AFTER_MS` of silence it counts as dead and its pause lapses. A comparison renews its
 * own pause as often.
 */
export const REBUILD_HEARTBEAT_MS = 5_000;

/** A rebuild's sign of life on the generations document, from its start until `stop`. */
export class RebuildHeartbeat {
  private holdsPause = false;
  private readonly timer: NodeJS.Timeout;

  constructor(generations: Generations, projector: string, generation: number) {
    this.timer = setInterval(() => {
      void generations.beat(projector, generation).catch(() => undefined);
      if (this.holdsPause) void generations.renewPause(projector).catch(() => undefined);
    }, REBUILD_HEARTBEAT_MS);
  }

  /** From now on, also renews the pause the rebuild is about to ask of the live instances. */
  holdPause(): void {
    this.holdsPause = true;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
