import {
  httpApiEnvironment,
  httpApiSettings,
  parseEnvironment,
  readModelEnvironment,
  readModelSettings,
  serviceEnvironment,
  serviceSettings,
  type HttpApiSettings,
  type ReadModelSettings,
  type ServiceSettings,
} from '@cci/service-kit';
import { z } from 'zod';

const schema = serviceEnvironment(3200).extend({
  ...readModelEnvironment,
  ...httpApiEnvironment({
    rateLimitCapacity: 300,
    rateLimitPerSecond: 100,
    bodyLimitBytes: 65_536,
    personTokenAudience: 'cci-read-api',
  }),
  CORS_ORIGINS: z.string().default(''),
});

/** The read API's settings, read from the environment once, at start-up. */
export type ReadConfig = ServiceSettings &
  ReadModelSettings &
  HttpApiSettings & {
    /** Origins allowed to call the API from a browser (the dashboard's, when served elsewhere). */
    corsOrigins: string[];
  };

export function readConfig(env: NodeJS.ProcessEnv): ReadConfig {
  const c = parseEnvironment(schema, env);
  return {
    ...serviceSettings(c),
    ...readModelSettings(c),
    ...httpApiSettings(c),
    corsOrigins: c.CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter((o) => o !== ''),
  };
}
