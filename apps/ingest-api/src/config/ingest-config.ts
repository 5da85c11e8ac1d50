import {
  httpApiEnvironment,
  httpApiSettings,
  parseEnvironment,
  positiveInt,
  serviceEnvironment,
  serviceSettings,
  type HttpApiSettings,
  type ServiceSettings,
} from '@cci/service-kit';

const schema = serviceEnvironment(3100).extend({
  ...httpApiEnvironment({ rateLimitCapacity: 120, rateLimitPerSecond: 60, bodyLimitBytes: 1_048_576 }),
  EVENT_PARTITIONS: positiveInt(6),
  BATCH_MAX_COMMANDS: positiveInt(500),
});

/** The ingest API's settings, read from the environment once, at start-up; nothing else reads process.env. */
export type IngestConfig = ServiceSettings &
  HttpApiSettings & {
    /** Partitions of the events topic when this API creates it. */
    eventPartitions: number;
    batchMaxCommands: number;
  };

export function ingestConfig(env: NodeJS.ProcessEnv): IngestConfig {
  const c = parseEnvironment(schema, env);
  return {
    ...serviceSettings(c),
    ...httpApiSettings(c),
    eventPartitions: c.EVENT_PARTITIONS,
    batchMaxCommands: c.BATCH_MAX_COMMANDS,
  };
}
