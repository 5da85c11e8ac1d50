import 'reflect-metadata';

import type { INestApplication } from '@nestjs/common';
import { readSigningKey } from '@cci/person-token';
import { connectReadModels, databaseReachable, ReadModelReader } from '@cci/read-model-store';
import { referenceDataFrom } from '@cci/reference-files';
import { createServiceApp, READINESS_CHECKS, serviceLogger, type ReadinessCheck } from '@cci/service-kit';
import cookieParser from 'cookie-parser';

import type { GatewayConfig } from './config/gateway-config.js';
import { GATEWAY_CONFIG, REFERENCE_DATA } from './config/tokens.js';
import { PeopleDirectory } from './directory/people-directory.js';
import { apiProxy } from './proxy/api-proxy.js';
import { UNSUBSCRIBE_PATH } from './proxy/unsubscribe-link.js';
import { SessionCheckpoint } from './sessions/session-check.js';
import { GATEWAY_COOKIES, gatewayCookies } from './sessions/session-cookie.js';
import { SessionController } from './sessions/session.controller.js';
import { SessionStore } from './sessions/session-store.js';
import { IdentityProvider } from './sign-in/identity-provider.js';
import { PENDING_SIGN_IN_SECONDS } from './sign-in/pending-sign-in.js';
import { SignInController } from './sign-in/sign-in.controller.js';

export const SERVICE_NAME = 'web-gateway';
/** Ended sessions are refused at once; this only frees their documents. */
const SWEEP_INTERVAL_MS = 10 * 60 * 1000;
/** The ingest API's limit: a batch of commands passes the gateway's parser whole. */
const BODY_LIMIT_BYTES = 1_048_576;

/** The composition root of the web gateway: typed configuration in, a NestJS application out. */
export async function createGatewayApp(config: GatewayConfig): Promise<INestApplication> {
  const logger = serviceLogger(SERVICE_NAME, config);
  const reference = referenceDataFrom(config.referenceDataFile);
  const signingKey = await readSigningKey(config.personTokens.privateKeyFile);
  const provider = await IdentityProvider.discover(config);
  const connection = await connectReadModels(config.mongoUrl, { database: config.mongoDatabase });
  const sessions = new SessionStore(connection, config.sessions);
  await sessions.ensureCollection();
  const people = new PeopleDirectory(new ReadModelReader(connection));
  const checkpoint = new SessionCheckpoint(sessions, people, config.sessions);
  const cookies = gatewayCookies(config.publicUrl, PENDING_SIGN_IN_SECONDS);
  const sweep = setInterval(() => {
    sessions.sweep(new Date()).catch((error: unknown) => {
      logger.warn({ err: error }, 'Nettoyage des sessions terminées impossible');
    });
  }, SWEEP_INTERVAL_MS);
  sweep.unref();
  const readiness: ReadinessCheck[] = [
    {
      name: 'base',
      ready: () => databaseReachable(connection),
      unavailable: 'Base des sessions et de l’annuaire injoignable',
    },
  ];
  return createServiceApp({
    name: SERVICE_NAME,
    settings: config,
    logger,
    bodyLimitBytes: BODY_LIMIT_BYTES,
    formPaths: [UNSUBSCRIBE_PATH],
    controllers: [SignInController, SessionController],
    providers: [
      { provide: GATEWAY_CONFIG, useValue: config },
      { provide: REFERENCE_DATA, useValue: reference },
      { provide: GATEWAY_COOKIES, useValue: cookies },
      { provide: IdentityProvider, useValue: provider },
      { provide: SessionStore, useValue: sessions },
      { provide: PeopleDirectory, useValue: people },
      { provide: SessionCheckpoint, useValue: checkpoint },
      { provide: READINESS_CHECKS, useValue: readiness },
    ],
    configure: (app) => {
      app.use(cookieParser(config.cookieSecret));
      app.use(apiProxy({ config, checkpoint, cookies, signingKey, logger }));
    },
    close: async () => {
      clearInterval(sweep);
      await connection.close();
    },
  });
}
