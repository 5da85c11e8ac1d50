import 'reflect-metadata';

import {
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type INestApplication,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { APP_FILTER, NestFactory } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { CredentialStore } from '@cci/credentials';
import type { ReferenceData } from '@cci/domain';
import { createKafka } from '@cci/event-log';
import {
  ApiKeyGuard,
  AUTHENTICATION_AUDIT,
  BODY_LIMIT_BYTES,
  configureHttp,
  correlationIdOf,
  CREDENTIAL_STORE,
  handleEarlyErrors,
  ProblemFilter,
  problems,
  rateLimitPerCredential,
  ROOT_LOGGER,
  sendProblem,
  type AuthenticationAudit,
} from '@cci/http-api';
import { connectReadModels } from '@cci/read-model-store';
import { referenceDataFrom } from '@cci/reference-files';
import type express from 'express';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import { LoggerModule } from 'nestjs-pino';
import { pino, type Logger } from 'pino';

import type { ReadConfig } from './config/read-config.js';
import { DATABASE, KAFKA, READ_CONFIG, REFERENCE_DATA } from './config/tokens.js';
import { HealthController } from './health/health.controller.js';
import { ChangeNotices } from './live/change-notices.js';
import { LiveController } from './live/live.controller.js';
import { MonitoringController } from './monitoring/monitoring.controller.js';
import { MonitoringService } from './monitoring/monitoring.service.js';
import { OpenApiController } from './openapi/openapi.controller.js';
import { ExportsController } from './views/exports.controller.js';
import { ReadModels } from './views/read-models.js';
import { ViewsController } from './views/views.controller.js';

export const SERVICE_NAME = 'read-api';
/** Every query parameter the read API knows: anything else (`asOf[$gt]`, a typo) is refused, not ignored. */
const QUERY_PARAMETERS = new Set(['asOf', 'cciId']);
const INFRASTRUCTURE = Symbol('INFRASTRUCTURE');

type Infrastructure = {
  connection: Connection;
  kafka: Kafka;
  credentials: CredentialStore;
  reference: ReferenceData;
};

/** Closes what the composition root opened, when the application shuts down. */
@Injectable()
class ReadConnections implements OnApplicationShutdown {
  constructor(@Inject(INFRASTRUCTURE) private readonly infrastructure: Infrastructure) {}

  async onApplicationShutdown(): Promise<void> {
    this.infrastructure.credentials.close();
    await this.infrastructure.connection.close();
  }
}

/** Refused reads (401, 429) are logged: who tried, with which credential, what. */
function readAudit(logger: Logger): AuthenticationAudit {
  return {
    refused: (entry) => {
      logger.warn(
        {
          audit: 'lecture-refusee',
          status: entry.status,
          reason: entry.problem.code ?? null,
          cciId: entry.caller?.cciId ?? null,
          credentialId: entry.caller?.credentialId ?? null,
          path: entry.path,
          correlationId: entry.correlationId,
        },
        'Lecture refusée',
      );
    },
  };
}

@Module({})
class ReadModule {
  static register(config: ReadConfig, logger: Logger, infrastructure: Infrastructure): DynamicModule {
    return {
      module: ReadModule,
      imports: [
        TerminusModule,
        rateLimitPerCredential(config.rateLimit),
        LoggerModule.forRoot({
          pinoHttp: {
            logger,
            genReqId: (_request, response) => correlationIdOf(response as unknown as express.Response),
            redact: ['req.headers.authorization', 'req.headers["x-api-key"]'],
            autoLogging: { ignore: (request) => request.url?.startsWith('/health') === true },
          },
        }),
      ],
      controllers: [
        ViewsController,
        ExportsController,
        MonitoringController,
        LiveController,
        HealthController,
        OpenApiController,
      ],
      providers: [
        { provide: READ_CONFIG, useValue: config },
        { provide: ROOT_LOGGER, useValue: logger },
        { provide: BODY_LIMIT_BYTES, useValue: config.bodyLimitBytes },
        { provide: REFERENCE_DATA, useValue: infrastructure.reference },
        { provide: DATABASE, useValue: infrastructure.connection },
        { provide: KAFKA, useValue: infrastructure.kafka },
        { provide: CREDENTIAL_STORE, useValue: infrastructure.credentials },
        { provide: AUTHENTICATION_AUDIT, useValue: readAudit(logger) },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: INFRASTRUCTURE, useValue: infrastructure },
        ReadConnections,
        ApiKeyGuard,
        ReadModels,
        MonitoringService,
        ChangeNotices,
      ],
    };
  }
}

/** The composition root of the read API: typed configuration in, a NestJS application out. */
export async function createReadApp(config: ReadConfig): Promise<INestApplication> {
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
  const connection = await connectReadModels(config.mongoUrl, { database: config.mongoDatabase });
  const kafka = createKafka({ brokers: config.kafkaBrokers, clientId: SERVICE_NAME });
  const app = await NestFactory.create(
    ReadModule.register(config, logger, { connection, kafka, credentials, reference }),
    {
      bodyParser: false,
      logger: false,
    },
  );
  if (config.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.corsOrigins,
      allowedHeaders: ['Authorization', 'X-Api-Key', 'Content-Type', 'X-Correlation-Id'],
      exposedHeaders: ['X-Correlation-Id'],
    });
  }
  configureHttp(app, config.bodyLimitBytes);
  app.use((request: express.Request, response: express.Response, next: express.NextFunction) => {
    const unknown = Object.keys(request.query).filter((name) => !QUERY_PARAMETERS.has(name));
    if (unknown.length === 0) {
      next();
      return;
    }
    sendProblem(
      response,
      request,
      problems.malformedRequest(
        `Paramètre de requête inconnu : ${unknown.map((name) => `« ${name} »`).join(', ')}. Paramètres admis : asOf, cciId.`,
      ),
    );
  });
  app.enableShutdownHooks();
  await app.init();
  handleEarlyErrors(app, logger, config.bodyLimitBytes);
  return app;
}
