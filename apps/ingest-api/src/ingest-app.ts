import 'reflect-metadata';

import {
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type INestApplication,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { NestFactory } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TerminusModule } from '@nestjs/terminus';
import { CredentialStore, RateLimiter } from '@cci/credentials';
import type { ReferenceData } from '@cci/domain';
import { createKafka, ensureTopics, EventAppender, eventLogTopics } from '@cci/event-log';
import {
  ApiKeyGuard,
  AUTHENTICATION_AUDIT,
  BODY_LIMIT_BYTES,
  configureHttp,
  correlationIdOf,
  CREDENTIAL_STORE,
  handleEarlyErrors,
  ProblemFilter,
  RATE_LIMITER,
  ROOT_LOGGER,
} from '@cci/http-api';
import { referenceDataFrom } from '@cci/reference-files';
import type express from 'express';
import { LoggerModule } from 'nestjs-pino';
import { pino, type Logger } from 'pino';

import { AuditLog } from './audit/audit-log.js';
import { CommandsController } from './commands/commands.controller.js';
import { RecordFactsHandler } from './commands/record-facts.handler.js';
import type { IngestConfig } from './config/ingest-config.js';
import { INGEST_CONFIG, INGEST_SERVICE, REFERENCE_DATA } from './config/tokens.js';
import { EventSchemasController } from './event-schemas/event-schemas.controller.js';
import { EventSchemas } from './event-schemas/event-schema-list.js';
import { HealthController } from './health/health.controller.js';
import { IngestMetrics } from './metrics/ingest-metrics.js';
import { MetricsController } from './metrics/metrics.controller.js';
import { OpenApiController } from './openapi/openapi.controller.js';
import { WriteSideState } from './write-side/write-side-state.js';

export const SERVICE_NAME = 'ingest-api';
const INFRASTRUCTURE = Symbol('INFRASTRUCTURE');

type Infrastructure = {
  appender: EventAppender;
  state: WriteSideState;
  credentials: CredentialStore;
  reference: ReferenceData;
};

/** Closes what the composition root opened, when the application shuts down. */
@Injectable()
class IngestConnections implements OnApplicationShutdown {
  constructor(@Inject(INFRASTRUCTURE) private readonly infrastructure: Infrastructure) {}

  async onApplicationShutdown(): Promise<void> {
    this.infrastructure.credentials.close();
    await this.infrastructure.state.stop();
    await this.infrastructure.appender.disconnect();
  }
}

@Module({})
class IngestModule {
  static register(config: IngestConfig, logger: Logger, infrastructure: Infrastructure): DynamicModule {
    return {
      module: IngestModule,
      imports: [
        CqrsModule.forRoot(),
        TerminusModule,
        LoggerModule.forRoot({
          pinoHttp: {
            logger,
            genReqId: (_request, response) => correlationIdOf(response as unknown as express.Response),
            customProps: () => ({ service: SERVICE_NAME }),
            redact: ['req.headers.authorization', 'req.headers["x-api-key"]'],
          },
        }),
      ],
      controllers: [
        CommandsController,
        EventSchemasController,
        HealthController,
        MetricsController,
        OpenApiController,
      ],
      providers: [
        { provide: INGEST_CONFIG, useValue: config },
        { provide: INGEST_SERVICE, useValue: SERVICE_NAME },
        { provide: ROOT_LOGGER, useValue: logger },
        { provide: BODY_LIMIT_BYTES, useValue: config.bodyLimitBytes },
        { provide: REFERENCE_DATA, useValue: infrastructure.reference },
        { provide: EventAppender, useValue: infrastructure.appender },
        { provide: WriteSideState, useValue: infrastructure.state },
        { provide: CREDENTIAL_STORE, useValue: infrastructure.credentials },
        { provide: RATE_LIMITER, useValue: new RateLimiter(config.rateLimit) },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: INFRASTRUCTURE, useValue: infrastructure },
        IngestConnections,
        IngestMetrics,
        AuditLog,
        { provide: AUTHENTICATION_AUDIT, useExisting: AuditLog },
        ApiKeyGuard,
        RecordFactsHandler,
        EventSchemas,
      ],
    };
  }
}

/**
 * The composition root: connects to Kafka, creates the topics (explicit partitions, infinite
 * retention), rebuilds the write-side state from the log, then builds the NestJS application. The
 * caller listens; on shutdown everything is closed in reverse order.
 */
export async function createIngestApp(config: IngestConfig): Promise<INestApplication> {
  const logger = pino({
    name: SERVICE_NAME,
    level: config.logLevel,
    base: { service: SERVICE_NAME, instance: config.instanceId },
  });
  const reference = referenceDataFrom(config.referenceDataFile);
  const credentials = await CredentialStore.open(config.credentialsFile, {
    reference,
    production: config.production,
  });
  const kafka = createKafka({ brokers: config.kafkaBrokers, clientId: SERVICE_NAME });
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
  const appender = new EventAppender(kafka, { topic: config.topics.events });
  await appender.connect();
  const state = new WriteSideState(kafka, config.topics.events, reference, logger);
  await state.start();
  logger.info(
    { ...state.snapshot(), aggregates: Object.keys(state.snapshot().aggregates).length },
    'État du côté écriture reconstruit depuis le journal',
  );

  const app = await NestFactory.create(
    IngestModule.register(config, logger, { appender, state, credentials, reference }),
    {
      bodyParser: false,
      bufferLogs: false,
      logger: false,
    },
  );
  configureHttp(app, config.bodyLimitBytes);
  const metrics = app.get(IngestMetrics);
  app.use((request: express.Request, response: express.Response, next: express.NextFunction) => {
    response.on('finish', () => {
      // The route's pattern, not the URL: one series per endpoint, whatever the path holds.
      const route = (request.route as { path?: string } | undefined)?.path ?? 'hors-route';
      metrics.requests.inc({ route, status: String(response.statusCode) });
    });
    next();
  });
  app.enableShutdownHooks();
  await app.init();
  handleEarlyErrors(app, logger, config.bodyLimitBytes);
  return app;
}
