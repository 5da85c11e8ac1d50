import 'reflect-metadata';

import type { INestApplication } from '@nestjs/common';
import { CredentialStore } from '@cci/credentials';
import { createKafka } from '@cci/event-log';
import {
  AUTHENTICATION_AUDIT,
  CALLER_AUTHENTICATOR,
  CallerAuthenticator,
  CallerGuard,
  problems,
  PublicRouteThrottle,
  rateLimitPerCredential,
  sendProblem,
  type AuthenticationAudit,
} from '@cci/http-api';
import { PersonTokenVerifier, readVerificationKeys } from '@cci/person-token';
import { connectReadModels, databaseReachable, ReadModelReader } from '@cci/read-model-store';
import { referenceDataFrom } from '@cci/reference-files';
import { createServiceApp, READINESS_CHECKS, serviceLogger, type ReadinessCheck } from '@cci/service-kit';
import type express from 'express';
import type { Logger } from 'pino';

import type { ReadConfig } from './config/read-config.js';
import { DATABASE, KAFKA, READ_CONFIG, REFERENCE_DATA } from './config/tokens.js';
import { compressedResponses } from './http/compressed-responses.js';
import { ChangeNotices } from './live/change-notices.js';
import { CampaignsController } from './campaigns/campaigns.controller.js';
import { LiveController } from './live/live.controller.js';
import { MonitoringController } from './monitoring/monitoring.controller.js';
import { MonitoringService } from './monitoring/monitoring.service.js';
import { OpenApiController } from './openapi/openapi.controller.js';
import { NoticesController } from './notices/notices.controller.js';
import { OpenDataController } from './open-data/open-data.controller.js';
import { DirectoryReader } from './people/directory-reader.js';
import { PeopleController } from './people/people.controller.js';
import { ExportsController } from './views/exports.controller.js';
import { ReadModels } from './views/read-models.js';
import { ViewsController } from './views/views.controller.js';
import { ViewValidators } from './views/view-validators.js';
import { ViewBodies } from './http/view-bodies.js';

export const SERVICE_NAME = 'read-api';
/** Every query parameter the read API knows: anything else (`asOf[$gt]`, a typo) is refused, not ignored. */
const QUERY_PARAMETERS = new Set(['asOf', 'cciId', 'cycle', 'sromCycle']);

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
          agent: entry.caller?.agent.kind ?? null,
          credentialId: entry.caller?.credentialId ?? null,
          path: entry.path,
          correlationId: entry.correlationId,
        },
        'Lecture refusée',
      );
    },
  };
}

/** The composition root of the read API: typed configuration in, a NestJS application out. */
export async function createReadApp(config: ReadConfig): Promise<INestApplication> {
  const logger = serviceLogger(SERVICE_NAME, config);
  const reference = referenceDataFrom(config.referenceDataFile);
  const credentials = await CredentialStore.open(config.credentialsFile, {
    reference,
    production: config.production,
  });
  const connection = await connectReadModels(config.mongoUrl, { database: config.mongoDatabase });
  const kafka = createKafka({ brokers: config.kafkaBrokers, clientId: SERVICE_NAME });
  const { personTokens } = config;
  const tokens =
    personTokens.publicKeyFile === null
      ? null
      : new PersonTokenVerifier(await readVerificationKeys(personTokens.publicKeyFile), personTokens);
  const directory = new DirectoryReader(new ReadModelReader(connection));
  const authenticator = new CallerAuthenticator(credentials, directory, tokens, reference);
  const readiness: ReadinessCheck[] = [
    {
      name: 'base',
      ready: () => databaseReachable(connection),
      unavailable: 'Base des modèles de lecture injoignable',
    },
  ];
  return createServiceApp({
    name: SERVICE_NAME,
    settings: config,
    logger,
    bodyLimitBytes: config.bodyLimitBytes,
    imports: [rateLimitPerCredential(config.rateLimit)],
    controllers: [
      ViewsController,
      CampaignsController,
      ExportsController,
      MonitoringController,
      PeopleController,
      NoticesController,
      OpenDataController,
      LiveController,
      OpenApiController,
    ],
    providers: [
      { provide: READ_CONFIG, useValue: config },
      { provide: REFERENCE_DATA, useValue: reference },
      { provide: DATABASE, useValue: connection },
      { provide: KAFKA, useValue: kafka },
      { provide: CALLER_AUTHENTICATOR, useValue: authenticator },
      { provide: DirectoryReader, useValue: directory },
      { provide: AUTHENTICATION_AUDIT, useValue: readAudit(logger) },
      { provide: READINESS_CHECKS, useValue: readiness },
      CallerGuard,
      PublicRouteThrottle,
      ReadModels,
      ViewValidators,
      ViewBodies,
      MonitoringService,
      ChangeNotices,
    ],
    configure: (app) => {
      if (config.corsOrigins.length > 0) {
        app.enableCors({
          origin: config.corsOrigins,
          allowedHeaders: ['Authorization', 'X-Api-Key', 'Content-Type', 'X-Correlation-Id'],
          exposedHeaders: ['X-Correlation-Id'],
        });
      }
      app.use(compressedResponses());
      app.use(refuseUnknownQueryParameters);
    },
    close: async () => {
      credentials.close();
      await connection.close();
    },
  });
}

function refuseUnknownQueryParameters(
  request: express.Request,
  response: express.Response,
  next: express.NextFunction,
): void {
  const unknown = Object.keys(request.query).filter((name) => !QUERY_PARAMETERS.has(name));
  if (unknown.length === 0) {
    next();
    return;
  }
  sendProblem(
    response,
    request,
    problems.malformedRequest(
      `Paramètre de requête inconnu : ${unknown.map((name) => `« ${name} »`).join(', ')}. Paramètres admis : asOf, cciId, cycle, sromCycle.`,
    ),
  );
}
