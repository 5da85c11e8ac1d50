import { describe, expect, it } from '@jest/globals';

import { eventLogTopics } from './topics.js';

describe('the topic layout', () => {
  it('keeps events and dead letters forever, on 6 and 1 partitions, for a single broker by default', () => {
    const { events, deadLetters } = eventLogTopics();
    const forever = [
      { name: 'retention.ms', value: '-1' },
      { name: 'retention.bytes', value: '-1' },
      { name: 'cleanup.policy', value: 'delete' },
      { name: 'min.insync.replicas', value: '1' },
    ];
    expect(events).toEqual({
      topic: 'cci.events.v1',
      numPartitions: 6,
      replicationFactor: 1,
      configEntries: forever,
      keepsEverything: true,
    });
    expect(deadLetters).toEqual({
      topic: 'cci.events.dlq.v1',
      numPartitions: 1,
      replicationFactor: 1,
      configEntries: forever,
      keepsEverything: true,
    });
  });

  it('takes the replication of a three-node cluster and other names', () => {
    const { events, deadLetters } = eventLogTopics({
      eventsTopic: 'events',
      deadLetterTopic: 'dead-letters',
      eventPartitions: 12,
      replicationFactor: 3,
      minInsyncReplicas: 2,
    });
    expect(events).toMatchObject({ topic: 'events', numPartitions: 12, replicationFactor: 3 });
    expect(events.configEntries).toContainEqual({ name: 'min.insync.replicas', value: '2' });
    expect(deadLetters).toMatchObject({ topic: 'dead-letters', numPartitions: 1, replicationFactor: 3 });
    expect(deadLetters.configEntries).toContainEqual({ name: 'min.insync.replicas', value: '2' });
  });
});
