import {
  parseEnvironment,
  positiveInt,
  readModelEnvironment,
  readModelSettings,
  serviceEnvironment,
  serviceSettings,
  type ReadModelSettings,
  type ServiceSettings,
} from '@cci/service-kit';

/** A projector service's settings, read from the environment once, at start-up. */
export type ProjectorConfig = ServiceSettings &
  ReadModelSettings & {
    flushMaxEvents: number;
    flushMaxDelayMs: number;
    stallAfterMs: number;
    statusIntervalMs: number;
    sessionTimeoutMs: number;
  };

export function projectorConfig(env: NodeJS.ProcessEnv, defaultPort: number): ProjectorConfig {
  const c = parseEnvironment(
    serviceEnvironment(defaultPort).extend({
      ...readModelEnvironment,
      FLUSH_MAX_EVENTS: positiveInt(20_000),
      FLUSH_MAX_DELAY_MS: positiveInt(100),
      STALL_AFTER_MS: positiveInt(30_000),
      STATUS_INTERVAL_MS: positiveInt(1_000),
      // The broker's minimum (group.min.session.timeout.ms): a killed instance's partitions go to the
      // others, or to its relaunch, 6 s after its last heartbeat rather than kafkajs's 30 s. Flushes
      // heartbeat while they write, so a long flush does not cost an instance its partitions.
      SESSION_TIMEOUT_MS: positiveInt(6_000),
    }),
    env,
  );
  return {
    ...serviceSettings(c),
    ...readModelSettings(c),
    flushMaxEvents: c.FLUSH_MAX_EVENTS,
    flushMaxDelayMs: c.FLUSH_MAX_DELAY_MS,
    stallAfterMs: c.STALL_AFTER_MS,
    statusIntervalMs: c.STATUS_INTERVAL_MS,
    sessionTimeoutMs: c.SESSION_TIMEOUT_MS,
  };
}
