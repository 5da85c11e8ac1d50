import { ensureTopics, eventLogTopics } from '@cci/event-log';
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
  const admin = kafka.admin();
  await admin.connect();
  try {
    await ensureTopics(admin, [topics.events, topics.deadLetters]);
  } finally {
    await admin.disconnect();
  }
}
