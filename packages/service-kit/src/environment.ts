import { hostname } from 'node:os';

import { z } from 'zod';

export const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The keys every service reads: where it listens, who it is, how it logs, and the event log. */
export function serviceEnvironment(defaultPort: number) {
  return z.object({
    NODE_ENV: z.string().default('development'),
    HOST: z.string().default('127.0.0.1'),
    PORT: positiveInt(defaultPort),
    INSTANCE_ID: z.string().optional(),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    REFERENCE_DATA_FILE: z.string().optional(),
    KAFKA_BROKERS: z.string().default('127.0.0.1:9092'),
    EVENTS_TOPIC: z.string().default('cci.events.v1'),
    DEAD_LETTER_TOPIC: z.string().default('cci.events.dlq.v1'),
    REPLICATION_FACTOR: positiveInt(1),
    MIN_INSYNC_REPLICAS: positiveInt(1),
  });
}

/** The keys of a service that reads or writes the read models. */
export const readModelEnvironment = {
  MONGO_URL: z.string().default('mongodb://127.0.0.1:27017/'),
  MONGO_DATABASE: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/)
    .default('cci'),
  CHANGES_TOPIC: z.string().default('cci.read-model-changes.v1'),
};

/** The keys of an HTTP API that CCIs call with their keys; each API has its own limits. */
export function httpApiEnvironment(defaults: {
  rateLimitCapacity: number;
  rateLimitPerSecond: number;
  bodyLimitBytes: number;
  /** Who person tokens must be addressed to: this API. */
  personTokenAudience: string;
}) {
  return {
    CCI_CREDENTIALS_FILE: z.string().default('.local/credentials.json'),
    RATE_LIMIT_CAPACITY: positiveInt(defaults.rateLimitCapacity),
    RATE_LIMIT_PER_SECOND: positiveInt(defaults.rateLimitPerSecond),
    BODY_LIMIT_BYTES: positiveInt(defaults.bodyLimitBytes),
    PERSON_TOKEN_PUBLIC_KEY_FILE: z.string().min(1).optional(),
    PERSON_TOKEN_ISSUER: z.string().min(1).default('cci-passerelle-web'),
    PERSON_TOKEN_AUDIENCE: z.string().min(1).default(defaults.personTokenAudience),
  };
}

/** Reads a service's settings from the environment, once, at start-up; refuses to start on a bad value. */
export function parseEnvironment<Schema extends z.ZodType>(
  schema: Schema,
  env: NodeJS.ProcessEnv,
): z.output<Schema> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `Configuration invalide : ${parsed.error.issues.map((i) => `${i.path.join('.')} : ${i.message}`).join(' ; ')}`,
    );
  }
  return parsed.data;
}

export type ServiceSettings = {
  production: boolean;
  host: string;
  port: number;
  /** Names this process in logs, metrics and the projectors' status documents. */
  instanceId: string;
  logLevel: LogLevel;
  referenceDataFile: string | null;
  kafkaBrokers: string[];
  topics: { events: string; deadLetters: string };
  /** For the topics a service creates when it is the first to need them. */
  replicationFactor: number;
  minInsyncReplicas: number;
};

export function serviceSettings(c: z.output<ReturnType<typeof serviceEnvironment>>): ServiceSettings {
  return {
    production: c.NODE_ENV === 'production',
    host: c.HOST,
    port: c.PORT,
    instanceId: c.INSTANCE_ID ?? `${hostname()}-${process.pid}`,
    logLevel: c.LOG_LEVEL,
    referenceDataFile: c.REFERENCE_DATA_FILE ?? null,
    kafkaBrokers: c.KAFKA_BROKERS.split(',').map((b) => b.trim()),
    topics: { events: c.EVENTS_TOPIC, deadLetters: c.DEAD_LETTER_TOPIC },
    replicationFactor: c.REPLICATION_FACTOR,
    minInsyncReplicas: c.MIN_INSYNC_REPLICAS,
  };
}

export type ReadModelSettings = { mongoUrl: string; mongoDatabase: string; changesTopic: string };

export function readModelSettings(c: {
  MONGO_URL: string;
  MONGO_DATABASE: string;
  CHANGES_TOPIC: string;
}): ReadModelSettings {
  return { mongoUrl: c.MONGO_URL, mongoDatabase: c.MONGO_DATABASE, changesTopic: c.CHANGES_TOPIC };
}

export type HttpApiSettings = {
  credentialsFile: string;
  rateLimit: { capacity: number; refillPerSecond: number };
  bodyLimitBytes: number;
  /** The gateway's public key(s) and the claims person tokens must carry; no file: persons are refused. */
  personTokens: { publicKeyFile: string | null; issuer: string; audience: string };
};

export function httpApiSettings(c: {
  CCI_CREDENTIALS_FILE: string;
  RATE_LIMIT_CAPACITY: number;
  RATE_LIMIT_PER_SECOND: number;
  BODY_LIMIT_BYTES: number;
  PERSON_TOKEN_PUBLIC_KEY_FILE?: string | undefined;
  PERSON_TOKEN_ISSUER: string;
  PERSON_TOKEN_AUDIENCE: string;
}): HttpApiSettings {
  return {
    credentialsFile: c.CCI_CREDENTIALS_FILE,
    rateLimit: { capacity: c.RATE_LIMIT_CAPACITY, refillPerSecond: c.RATE_LIMIT_PER_SECOND },
    bodyLimitBytes: c.BODY_LIMIT_BYTES,
    personTokens: {
      publicKeyFile: c.PERSON_TOKEN_PUBLIC_KEY_FILE ?? null,
      issuer: c.PERSON_TOKEN_ISSUER,
      audience: c.PERSON_TOKEN_AUDIENCE,
    },
  };
}
