import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';

import {
  httpApiEnvironment,
  httpApiSettings,
  parseEnvironment,
  readModelEnvironment,
  readModelSettings,
  serviceEnvironment,
  serviceSettings,
} from './environment.js';

const apiSchema = serviceEnvironment(3200).extend({
  ...readModelEnvironment,
  ...httpApiEnvironment({
    rateLimitCapacity: 300,
    rateLimitPerSecond: 100,
    bodyLimitBytes: 65_536,
    personTokenAudience: 'cci-read-api',
  }),
  CORS_ORIGINS: z.string().default(''),
});

describe("a service's settings", () => {
  it('run against the local servers by default, on the port the service names', () => {
    const c = parseEnvironment(apiSchema, {});
    expect(serviceSettings(c)).toMatchObject({
      production: false,
      host: '127.0.0.1',
      port: 3200,
      logLevel: 'info',
      referenceDataFile: null,
      kafkaBrokers: ['127.0.0.1:9092'],
      topics: { events: 'cci.events.v1', deadLetters: 'cci.events.dlq.v1' },
      replicationFactor: 1,
      minInsyncReplicas: 1,
    });
    expect(readModelSettings(c)).toEqual({
      mongoUrl: 'mongodb://127.0.0.1:27017/',
      mongoDatabase: 'cci',
      changesTopic: 'cci.read-model-changes.v1',
    });
    expect(httpApiSettings(c)).toEqual({
      credentialsFile: '.local/credentials.json',
      rateLimit: { capacity: 300, refillPerSecond: 100 },
      bodyLimitBytes: 65_536,
      personTokens: { publicKeyFile: null, issuer: 'cci-passerelle-web', audience: 'cci-read-api' },
    });
  });

  it('take the servers, the instance and the mode from the environment', () => {
    const c = parseEnvironment(apiSchema, {
      NODE_ENV: 'production',
      KAFKA_BROKERS: 'kafka-1:9092, kafka-2:9092',
      INSTANCE_ID: 'lecture-2',
      PORT: '8080',
    });
    expect(serviceSettings(c)).toMatchObject({
      production: true,
      port: 8080,
      instanceId: 'lecture-2',
      kafkaBrokers: ['kafka-1:9092', 'kafka-2:9092'],
    });
  });

  it('name the host and the process when no instance is named', () => {
    expect(serviceSettings(parseEnvironment(apiSchema, {})).instanceId).toMatch(
      new RegExp(`-${process.pid}$`),
    );
  });

  it('refuse every bad value at once, in French, naming each key', () => {
    expect(() =>
      parseEnvironment(apiSchema, { PORT: 'quatre-vingt', LOG_LEVEL: 'bavard', MONGO_DATABASE: 'a b' }),
    ).toThrow(/^Configuration invalide : PORT : .* ; LOG_LEVEL : .* ; MONGO_DATABASE : /);
  });
});
