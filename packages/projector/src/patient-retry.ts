import { ExponentialBackoff, handleWhen, noJitterGenerator, retry } from 'cockatiel';

import type { ProjectorLogger } from './projector-logger.js';

/** Between tries of a database or broker operation: 0.2 s, 0.4 s, 0.8 s… up to 10 s. */
const RETRY_BACKOFF = new ExponentialBackoff({
  initialDelay: 200,
  maxDelay: 10_000,
  generator: noJitterGenerator,
});

/**
 * Retries a database or broker operation with back-off (0.2 s doubling up to 10 s) until it succeeds,
 * keeping the group membership alive between tries: while the database is away nothing moves forward,
 * and nothing is skipped. Once the runner is stopping, after 3 retries the error goes up.
 */
export class PatientRetry {
  constructor(
    private readonly stopping: () => boolean,
    private readonly heartbeat: () => Promise<void>,
    private readonly log: ProjectorLogger,
  ) {}

  run<T>(what: string, operation: () => Promise<T>): Promise<T> {
    let attempt = 0;
    const retrying = retry(
      handleWhen(() => !(this.stopping() && attempt > 3)),
      { backoff: RETRY_BACKOFF },
    );
    retrying.onRetry(({ delay, ...failure }) => {
      this.log.warn(`Nouvel essai (${what})`, {
        attempt,
        delayMs: delay,
        error: String('error' in failure ? failure.error : failure.value),
      });
    });
    return retrying.execute(async () => {
      attempt += 1;
      if (attempt > 1) await this.heartbeat().catch(() => undefined);
      return operation();
    });
  }
}
