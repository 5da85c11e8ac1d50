import type { EnvelopeVersion } from '@cci/domain';
import {
  httpApiEnvironment,
  httpApiSettings,
  parseEnvironment,
  positiveInt,
  serviceEnvironment,
  serviceSettings,
  type HttpApiSettings,
  type ServiceSettings,
} from '@cci/service-kit';
import { z } from 'zod';

const schema = serviceEnvironment(3100).extend({
  ...httpApiEnvironment({
    rateLimitCapacity: 120,
    rateLimitPerSecond: 60,
    bodyLimitBytes: 1_048_576,
    personTokenAudience: 'cci-ingest-api',
  }),
  EVENT_PARTITIONS: positiveInt(6),
  ENVELOPE_VERSION: z.enum(['1', '2']).default('2'),
  BATCH_MAX_COMMANDS: positiveInt(500),
  UNSUBSCRIBE_VERIFICATION_KEY_FILE: z.string().min(1).optional(),
  INGEST_PEER_KEY_FILE: z.string().min(1).optional(),
  INGEST_ADVERTISED_URL: z.url().optional(),
  WRITER_SESSION_TIMEOUT_MS: positiveInt(3_000),
});

/** The ingest API's settings, read from the environment once, at start-up; nothing else reads process.env. */
export type IngestConfig = ServiceSettings &
  HttpApiSettings & {
    /** Partitions of the events topic when this API creates it. */
    eventPartitions: number;
    batchMaxCommands: number;
    /**
     * The envelope events are written in: 2 (their author and the role used), or 1 while a release
     * that reads nothing else still runs (a rolling upgrade); people and keys then wait for 2.
     */
    envelopeVersion: EnvelopeVersion;
    /**
     * The notifier's public key(s), which the unsubscribe links are checked with. Required in
     * production; elsewhere, without it, every link is refused and people choose in the dashboard.
     */
    unsubscribeVerificationKeyFile: string | null;
    /** How the instances of this API share the writing: see `WriterElection`. */
    writer: {
      /** The key the instances share to hand commands to the writer; without it, only the writer can take writes. */
      peerKeyFile: string | null;
      /** Where the other instances reach this one. */
      advertisedUrl: string;
      /** How long the broker waits for a silent instance before another takes over its role. */
      sessionTimeoutMs: number;
    };
  };

export function ingestConfig(env: NodeJS.ProcessEnv): IngestConfig {
  const c = parseEnvironment(schema, env);
  const settings = serviceSettings(c);
  if (settings.production && c.UNSUBSCRIBE_VERIFICATION_KEY_FILE === undefined)
    throw new Error(
      'Configuration invalide : UNSUBSCRIBE_VERIFICATION_KEY_FILE : requis en production (la clé publique des liens de désabonnement que le service de notification signe)',
    );
  return {
    ...settings,
    ...httpApiSettings(c),
    eventPartitions: c.EVENT_PARTITIONS,
    batchMaxCommands: c.BATCH_MAX_COMMANDS,
    envelopeVersion: c.ENVELOPE_VERSION === '1' ? 1 : 2,
    unsubscribeVerificationKeyFile: c.UNSUBSCRIBE_VERIFICATION_KEY_FILE ?? null,
    writer: {
      peerKeyFile: c.INGEST_PEER_KEY_FILE ?? null,
      advertisedUrl: c.INGEST_ADVERTISED_URL ?? `http://127.0.0.1:${c.PORT}`,
      sessionTimeoutMs: c.WRITER_SESSION_TIMEOUT_MS,
    },
  };
}
