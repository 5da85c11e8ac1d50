import 'reflect-metadata';

import { readFileSync } from 'node:fs';

import type { INestApplication } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CredentialStore } from '@cci/credentials';
import { createKafka, EventAppender } from '@cci/event-log';
import {
  AUTHENTICATION_AUDIT,
  CALLER_AUTHENTICATOR,
  CallerAuthenticator,
  CallerGuard,
  PublicRouteThrottle,
  rateLimitPerCredential,
} from '@cci/http-api';
import { PersonTokenVerifier, readVerificationKeys, UnsubscribeTokenVerifier } from '@cci/person-token';
import { referenceDataFrom } from '@cci/reference-files';
import { createServiceApp, READINESS_CHECKS, serviceLogger, type ReadinessCheck } from '@cci/service-kit';

import { AccessController } from './access/access.controller.js';
import { AuditLog } from './audit/audit-log.js';
import { CommandsController } from './commands/commands.controller.js';
import { RecordFactsHandler } from './commands/record-facts.handler.js';
import type { IngestConfig } from './config/ingest-config.js';
import {
  INGEST_CONFIG,
  INGEST_SERVICE,
  PEER_KEY,
  REFERENCE_DATA,
  UNSUBSCRIBE_VERIFIER,
} from './config/tokens.js';
import { EventSchemas } from './event-schemas/event-schema-list.js';
import { EventSchemasController } from './event-schemas/event-schemas.controller.js';
import { IngestMetrics } from './metrics/ingest-metrics.js';
import { NoticeChoices } from './notice-preferences/notice-choices.service.js';
import { NoticePreferencesController } from './notice-preferences/notice-preferences.controller.js';
import { UnsubscribeController } from './notice-preferences/unsubscribe.controller.js';
import { OpenApiController } from './openapi/openapi.controller.js';
import { ensureEventLogTopics } from './write-side/event-log-topics.js';
import { WriteSideState } from './write-side/write-side-state.js';
import { WriteSide } from './write-side/write-side.service.js';
import { DecisionsController } from './writer/decisions.controller.js';
import { WriterElection } from './writer/writer-election.js';
import { SoleWriter, WriterRoles } from './writer/writer-roles.js';
import { WriterLink } from './writer/writer-link.js';

export const SERVICE_NAME = 'ingest-api';

/**
 * The composition root: connects to Kafka, creates the topics (explicit partitions, infinite
 * retention), rebuilds the write-side state from the log, then builds the NestJS application. The
 * caller listens; on shutdown everything is closed in reverse order.
 */
export async function createIngestApp(config: IngestConfig): Promise<INestApplication> {
  const logger = serviceLogger(SERVICE_NAME, config);
  const reference = referenceDataFrom(config.referenceDataFile);
  const credentials = await CredentialStore.open(config.credentialsFile, {
    reference,
    production: config.production,
  });
  const kafka = createKafka({ brokers: config.kafkaBrokers, clientId: SERVICE_NAME });
  await ensureEventLogTopics(kafka, config);
  const appender = new EventAppender(kafka, {
    topic: config.topics.events,
    envelopeVersion: config.envelopeVersion,
  });
  await appender.connect();
  const state = new WriteSideState(kafka, config.topics.events, reference, logger);
  await state.start();
  logger.info(
    { ...state.snapshot(), aggregates: Object.keys(state.snapshot().aggregates).length },
    'État du côté écriture reconstruit depuis le journal',
  );
  const peerKey = readPeerKey(config.writer.peerKeyFile);
  const electedWriter = async () => {
    const election = new WriterElection(
      kafka,
      {
        groupId: `ingest-ecrivain.${config.topics.events}`,
        topic: config.topics.events,
        url: config.writer.advertisedUrl,
        sessionTimeoutMs: config.writer.sessionTimeoutMs,
      },
      logger,
      () => state.catchUp(),
    );
    await election.start(60_000);
    return election;
  };
  // Alone without the shared key; with it, one of several instances, whichever decides.
  const election = peerKey === null ? new SoleWriter() : await electedWriter();

  const { personTokens } = config;
  const tokens =
    personTokens.publicKeyFile === null
      ? null
      : new PersonTokenVerifier(await readVerificationKeys(personTokens.publicKeyFile), personTokens);
  // The ingest API decides from its own state: a person or a key is known here once the log says so.
  const authenticator = new CallerAuthenticator(credentials, state, tokens, reference);
  const unsubscribeLinks =
    config.unsubscribeVerificationKeyFile === null
      ? null
      : new UnsubscribeTokenVerifier(await readVerificationKeys(config.unsubscribeVerificationKeyFile));

  const readiness: ReadinessCheck[] = [
    {
      // Writes are safe only with a leader and `min.insync.replicas` in sync for every partition.
      name: 'kafka',
      ready: () => appender.ready(),
      unavailable: 'Journal Kafka injoignable ou sans assez de répliques à jour',
    },
    {
      name: 'etat-ecriture',
      ready: () => state.ready,
      unavailable: 'État en cours de reconstruction depuis le journal',
    },
  ];
  return createServiceApp({
    name: SERVICE_NAME,
    settings: config,
    logger,
    bodyLimitBytes: config.bodyLimitBytes,
    imports: [CqrsModule.forRoot(), rateLimitPerCredential(config.rateLimit)],
    // Before CommandsController: its `/v1/commands/:command` would take `change-notice-preferences`.
    controllers: [
      NoticePreferencesController,
      CommandsController,
      AccessController,
      UnsubscribeController,
      EventSchemasController,
      OpenApiController,
      DecisionsController,
    ],
    close: async () => {
      await election.stop();
      credentials.close();
      await state.stop();
      await appender.disconnect();
    },
    providers: [
      { provide: INGEST_CONFIG, useValue: config },
      { provide: INGEST_SERVICE, useValue: SERVICE_NAME },
      { provide: REFERENCE_DATA, useValue: reference },
      { provide: EventAppender, useValue: appender },
      { provide: WriteSideState, useValue: state },
      { provide: WriterRoles, useValue: election },
      { provide: WriterLink, useValue: new WriterLink(peerKey) },
      { provide: PEER_KEY, useValue: peerKey },
      { provide: CALLER_AUTHENTICATOR, useValue: authenticator },
      { provide: UNSUBSCRIBE_VERIFIER, useValue: unsubscribeLinks },
      { provide: READINESS_CHECKS, useValue: readiness },
      IngestMetrics,
      AuditLog,
      { provide: AUTHENTICATION_AUDIT, useExisting: AuditLog },
      CallerGuard,
      PublicRouteThrottle,
      WriteSide,
      NoticeChoices,
      RecordFactsHandler,
      EventSchemas,
    ],
  });
}

function readPeerKey(file: string | null): string | null {
  if (file === null) return null;
  const key = readFileSync(file, 'utf8').trim();
  if (key.length < 32)
    throw new Error(
      `Configuration invalide : INGEST_PEER_KEY_FILE : ${file} doit contenir une clé d'au moins 32 caractères, la même pour toutes les instances.`,
    );
  return key;
}
