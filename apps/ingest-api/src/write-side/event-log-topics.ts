import { ensureTopicsOn, eventLogTopics } from '@cci/event-log';
import type { Kafka } from 'kafkajs';

import type { IngestConfig } from '../config/ingest-config.js';

/**
 * Creates the event log's topics when they do not exist yet (explicit partitions, infinite retention),
 * before anything is appended: the API at start-up, `cci-personnes` before its first invitation.
 */
export async function ensureEventLogTopics(kafka: Kafka, config: IngestConfig): Promise<void> {
  const topics = eventLogTopics({
    eventsTopic: config.topics.events,
    deadLetterTopic: config.topics.deadLetters,
    eventPartitions: config.eventPartitions,
    replicationFactor: config.replicationFactor,
    minInsyncReplicas: config.minInsyncReplicas,
  });
  await ensureTopicsOn(kafka, [topics.events, topics.deadLetters]);
}
