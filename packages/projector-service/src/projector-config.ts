import { hostname } from 'node:os';

import { z } from 'zod';

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const schema = z.object({
  KAFKA_BROKERS: z.string().default('127.0.0.1:9092'),
  MONGO_URL: z.string().default('mongodb://127.0.0.1:27017/'),
  MONGO_DATABASE: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/)
    .default('cci'),
  EVENTS_TOPIC: z.string().default('cci.events.v1'),
  DEAD_LETTER_TOPIC: z.string().default('cci.events.dlq.v1'),
  CHANGES_TOPIC: z.string().default('cci.read-model-changes.v1'),
  REPLICATION_FACTOR: positiveInt(1),
  MIN_INSYNC_REPLICAS: positiveInt(1),
  REFERENCE_DATA_FILE: z.string().optional(),
  HOST: z.string().default('127.0.0.1'),
  INSTANCE_ID: z.string().optional(),
  FLUSH_MAX_EVENTS: positiveInt(20_000),
  FLUSH_MAX_DELAY_MS: positiveInt(100),
  STALL_AFTER_MS: positiveInt(30_000),
  STATUS_INTERVAL_MS: positiveInt(1_000),
  SESSION_TIMEOUT_MS: positiveInt(30_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
  CRASH_AFTER_WRITE_FLUSH: z.coerce.number().int().positive().optional(),
});

/** A projector service's settings, read from the environment once, at start-up. */
export type ProjectorConfig = {
  kafkaBrokers: string[];
  mongoUrl: string;
  mongoDatabase: string;
  topics: { events: string; deadLetters: string; changes: string };
  replicationFactor: number;
  minInsyncReplicas: number;
  referenceDataFile: string | null;
  host: string;
  port: number;
  instanceId: string;
  flushMaxEvents: number;
  flushMaxDelayMs: number;
  stallAfterMs: number;
  statusIntervalMs: number;
  sessionTimeoutMs: number;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  /** Fault injection for the crash tests: kill the process after this flush's documents, before its checkpoints. Ignored in production. */
  crashAfterWriteFlush: number | null;
};

export function projectorConfig(env: NodeJS.ProcessEnv, defaultPort: number): ProjectorConfig {
  const parsed = schema.extend({ PORT: positiveInt(defaultPort) }).safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `Configuration invalide : ${parsed.error.issues.map((i) => `${i.path.join('.')} : ${i.message}`).join(' ; ')}`,
    );
  }
  const c = parsed.data;
  return {
    kafkaBrokers: c.KAFKA_BROKERS.split(',').map((b) => b.trim()),
    mongoUrl: c.MONGO_URL,
    mongoDatabase: c.MONGO_DATABASE,
    topics: { events: c.EVENTS_TOPIC, deadLetters: c.DEAD_LETTER_TOPIC, changes: c.CHANGES_TOPIC },
    replicationFactor: c.REPLICATION_FACTOR,
    minInsyncReplicas: c.MIN_INSYNC_REPLICAS,
    referenceDataFile: c.REFERENCE_DATA_FILE ?? null,
    host: c.HOST,
    port: c.PORT,
    instanceId: c.INSTANCE_ID ?? `${hostname()}-${process.pid}`,
    flushMaxEvents: c.FLUSH_MAX_EVENTS,
    flushMaxDelayMs: c.FLUSH_MAX_DELAY_MS,
    stallAfterMs: c.STALL_AFTER_MS,
    statusIntervalMs: c.STATUS_INTERVAL_MS,
    sessionTimeoutMs: c.SESSION_TIMEOUT_MS,
    logLevel: c.LOG_LEVEL,
    crashAfterWriteFlush: c.NODE_ENV === 'production' ? null : (c.CRASH_AFTER_WRITE_FLUSH ?? null),
  };
}
