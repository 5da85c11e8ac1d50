import { hostname } from 'node:os';

import { z } from 'zod';

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const schema = z.object({
  NODE_ENV: z.string().default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: positiveInt(3100),
  KAFKA_BROKERS: z.string().default('127.0.0.1:9092'),
  EVENTS_TOPIC: z.string().default('cci.events.v1'),
  DEAD_LETTER_TOPIC: z.string().default('cci.events.dlq.v1'),
  EVENT_PARTITIONS: positiveInt(6),
  REPLICATION_FACTOR: positiveInt(1),
  MIN_INSYNC_REPLICAS: positiveInt(1),
  CCI_CREDENTIALS_FILE: z.string().default('.local/credentials.json'),
  REFERENCE_DATA_FILE: z.string().optional(),
  RATE_LIMIT_CAPACITY: positiveInt(120),
  RATE_LIMIT_PER_SECOND: positiveInt(60),
  BATCH_MAX_COMMANDS: positiveInt(500),
  BODY_LIMIT_BYTES: positiveInt(1_048_576),
  INSTANCE_ID: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
});

/** The ingest API's settings, read from the environment once, at start-up; nothing else reads process.env. */
export type IngestConfig = {
  production: boolean;
  host: string;
  port: number;
  kafkaBrokers: string[];
  topics: { events: string; deadLetters: string };
  eventPartitions: number;
  replicationFactor: number;
  minInsyncReplicas: number;
  credentialsFile: string;
  referenceDataFile: string | null;
  rateLimit: { capacity: number; refillPerSecond: number };
  batchMaxCommands: number;
  bodyLimitBytes: number;
  instanceId: string;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
};

export function ingestConfig(env: NodeJS.ProcessEnv): IngestConfig {
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
    topics: { events: c.EVENTS_TOPIC, deadLetters: c.DEAD_LETTER_TOPIC },
    eventPartitions: c.EVENT_PARTITIONS,
    replicationFactor: c.REPLICATION_FACTOR,
    minInsyncReplicas: c.MIN_INSYNC_REPLICAS,
    credentialsFile: c.CCI_CREDENTIALS_FILE,
    referenceDataFile: c.REFERENCE_DATA_FILE ?? null,
    rateLimit: { capacity: c.RATE_LIMIT_CAPACITY, refillPerSecond: c.RATE_LIMIT_PER_SECOND },
    batchMaxCommands: c.BATCH_MAX_COMMANDS,
    bodyLimitBytes: c.BODY_LIMIT_BYTES,
    instanceId: c.INSTANCE_ID ?? `${hostname()}-${process.pid}`,
    logLevel: c.LOG_LEVEL,
  };
}
