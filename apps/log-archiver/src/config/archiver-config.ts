import {
  parseEnvironment,
  positiveInt,
  serviceEnvironment,
  serviceSettings,
  type ServiceSettings,
} from '@cci/service-kit';
import { z } from 'zod';

import { archiveLocation, type ArchiveLocation, type S3Access } from './archive-location.js';

const schema = serviceEnvironment(3104).extend({
  /** A folder, or s3://<bucket>/<prefix> (then ARCHIVE_S3_ENDPOINT, ARCHIVE_S3_REGION, AWS_* credentials). */
  ARCHIVE_DIR: z.string().min(1).default('.local/archive'),
  ARCHIVE_S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  ARCHIVE_S3_REGION: z.string().min(1).default('eu-west-3'),
  /** Comma-separated; the event and dead-letter topics unless said. */
  ARCHIVE_TOPICS: z.string().optional(),
  SEGMENT_MAX_DELAY_MS: positiveInt(500),
  SEGMENT_MIN_BYTES: positiveInt(1_048_576),
  SEGMENT_MAX_BYTES: positiveInt(4_194_304),
  SESSION_TIMEOUT_MS: positiveInt(6_000),
});

/** The archiver's settings, read from the environment once, at start-up. */
export type ArchiverConfig = ServiceSettings & {
  archive: ArchiveLocation;
  s3: S3Access;
  archivedTopics: string[];
  /**
   * A segment closes when the broker has gathered `minBytes` for the partition or after `maxDelayMs`,
   * whichever comes first (the fetch's own thresholds), and never holds more than `maxBytes`.
   */
  segment: { maxDelayMs: number; minBytes: number; maxBytes: number };
  sessionTimeoutMs: number;
  /** One group per archive: a second archiver of the same topics in another group writes its own. */
  consumerGroup: string;
};

export function archiverConfig(env: NodeJS.ProcessEnv): ArchiverConfig {
  const c = parseEnvironment(schema, env);
  const settings = serviceSettings(c);
  return {
    ...settings,
    archive: archiveLocation(c.ARCHIVE_DIR),
    s3: { endpoint: c.ARCHIVE_S3_ENDPOINT ?? null, region: c.ARCHIVE_S3_REGION },
    archivedTopics: c.ARCHIVE_TOPICS?.split(',')
      .map((t) => t.trim())
      .filter((t) => t !== '') ?? [settings.topics.events, settings.topics.deadLetters],
    segment: {
      maxDelayMs: c.SEGMENT_MAX_DELAY_MS,
      minBytes: c.SEGMENT_MIN_BYTES,
      maxBytes: c.SEGMENT_MAX_BYTES,
    },
    sessionTimeoutMs: c.SESSION_TIMEOUT_MS,
    consumerGroup: `log-archiver-${c.EVENTS_TOPIC}`,
  };
}
