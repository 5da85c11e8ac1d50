import { describe, expect, it } from '@jest/globals';

import { progressLine } from './projector-cli.js';
import { projectorConfig } from './projector-config.js';

describe('a projector service configuration', () => {
  it('runs against the local servers by default', () => {
    const config = projectorConfig({}, 3101);
    expect(config).toMatchObject({
      kafkaBrokers: ['127.0.0.1:9092'],
      mongoUrl: 'mongodb://127.0.0.1:27017/',
      port: 3101,
      topics: { events: 'cci.events.v1', deadLetters: 'cci.events.dlq.v1' },
      changesTopic: 'cci.read-model-changes.v1',
    });
  });

  it('uses the servers KAFKA_BROKERS and MONGO_URL name', () => {
    const config = projectorConfig(
      { KAFKA_BROKERS: 'kafka-1:9092, kafka-2:9092', MONGO_URL: 'mongodb://mongo:27017/' },
      3101,
    );
    expect(config.kafkaBrokers).toEqual(['kafka-1:9092', 'kafka-2:9092']);
    expect(config.mongoUrl).toBe('mongodb://mongo:27017/');
  });

  it('refuses a bad setting with a French message naming it', () => {
    expect(() => projectorConfig({ FLUSH_MAX_EVENTS: 'beaucoup' }, 3101)).toThrow(
      /^Configuration invalide : FLUSH_MAX_EVENTS/,
    );
  });
});

describe('the rebuild progress bar', () => {
  it('shows done, total, rate and time left in French', () => {
    // fr-FR groups digits with a narrow no-break space.
    const line = progressLine({
      phase: 'replaying',
      done: 620_000,
      total: 1_000_000,
      eventsPerSecond: 45_210.4,
      etaSeconds: 8.2,
    });
    expect(line.replaceAll('\u202f', ' ')).toBe(
      '[███████████████░░░░░░░░░] 62 % · 620 000 / 1 000 000 événements · 45 210 év/s · reste 9 s · rejeu',
    );
  });
});
