import { fileURLToPath } from 'node:url';

import type { EventLogTopics } from '@cci/event-log';

import { servers } from './servers.js';

export type AppName =
  'ingest-api' | 'regional-projector' | 'national-projector' | 'read-api' | 'web-gateway' | 'log-archiver';

/** The built entry point of one of the monorepo's apps (bench/dist → apps/<name>/dist/main.js). */
export function appScript(app: AppName): string {
  return fileURLToPath(new URL(`../../apps/${app}/dist/main.js`, import.meta.url));
}

let profileDir: string | null = null;

/** Makes every service started afterwards write a CPU profile (`node --cpu-prof`) into `dir` when it stops. */
export function profileServicesInto(dir: string | null): void {
  profileDir = dir;
}

/** The environment a service starts with, plus the profiler preload when its CPU profile is wanted. */
export function serviceEnv(env: Record<string, string>): Record<string, string> {
  if (!profileDir) return env;
  const preload = fileURLToPath(new URL('./cpu-profile.js', import.meta.url));
  return { ...env, NODE_OPTIONS: `--import=${preload}`, BENCH_CPU_PROF_DIR: profileDir };
}

/** What a projector service started by the bench reads and writes: the bench's servers, its scratch topics and database. */
export function projectorEnv(
  database: string,
  topics: EventLogTopics,
  changes: string,
): Record<string, string> {
  return {
    KAFKA_BROKERS: servers.kafkaBrokers.join(','),
    MONGO_URL: servers.mongoUrl,
    MONGO_DATABASE: database,
    EVENTS_TOPIC: topics.events.topic,
    DEAD_LETTER_TOPIC: topics.deadLetters.topic,
    CHANGES_TOPIC: changes,
    LOG_LEVEL: 'warn',
  };
}
