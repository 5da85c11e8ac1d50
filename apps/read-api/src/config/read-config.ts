import { hostname } from 'node:os';

import { z } from 'zod';

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const schema = z.object({
  NODE_ENV: z.string().default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: positiveInt(3200),
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
  CCI_CREDENTIALS_FILE: z.string().default('.local/credentials.json'),
  REFERENCE_DATA_FILE: z.string().optional(),
  RATE_LIMIT_CAPACITY: positiveInt(300),
  RATE_LIMIT_PER_SECOND: positiveInt(100),
  BODY_LIMIT_BYTES: positiveInt(65_536),
  CORS_ORIGINS: z.string().default(''),
  INSTANCE_ID: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
});

/** The read API's settings, read from the environment once, at start-up. */
export type ReadConfig = {
  production: boolean;
  host: string;
  port: number;
  kafkaBrokers: string[];
  mongoUrl: string;
  mongoDatabase: string;
  topics: { events: string; deadLetters: string; changes: string };
  /** For the notices topic, when the read API is the first to need it. */
  replicationFactor: number;
  minInsyncReplicas: number;
  credentialsFile: string;
  referenceDataFile: string | null;
  rateLimit: { capacity: number; refillPerSecond: number };
  bodyLimitBytes: number;
  /** Origins allowed to call the API from a browser (the dashboard's, when served elsewhere). */
  corsOrigins: string[];
  instanceId: string;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
};

export function readConfig(env: NodeJS.ProcessEnv): ReadConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `Configuration invalide : ${parsed.error.issues.map((i) => `${i.path.join('.')} : ${i.message}`).join(' ; ')}`,
    );
  }
  const c = parsed.data;
  return {
    production: c.NODE_ENV === 'production',
    host: c.HOST,
    port: c.PORT,
    kafkaBrokers: c.KAFKA_BROKERS.split(',').map((b) => b.trim()),
    mongoUrl: c.MONGO_URL,
    mongoDatabase: c.MONGO_DATABASE,
    topics: { events: c.EVENTS_TOPIC, deadLetters: c.DEAD_LETTER_TOPIC, changes: c.CHANGES_TOPIC },
    replicationFactor: c.REPLICATION_FACTOR,
    minInsyncReplicas: c.MIN_INSYNC_REPLICAS,
    credentialsFile: c.CCI_CREDENTIALS_FILE,
    referenceDataFile: c.REFERENCE_DATA_FILE ?? null,
    rateLimit: { capacity: c.RATE_LIMIT_CAPACITY, refillPerSecond: c.RATE_LIMIT_PER_SECOND },
    bodyLimitBytes: c.BODY_LIMIT_BYTES,
    corsOrigins: c.CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter((o) => o !== ''),
    instanceId: c.INSTANCE_ID ?? `${hostname()}-${process.pid}`,
    logLevel: c.LOG_LEVEL,
  };
}
