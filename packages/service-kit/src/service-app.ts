import 'reflect-metadata';

import {
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type INestApplication,
  type OnApplicationShutdown,
  type Provider,
  type Type,
} from '@nestjs/common';
import { APP_FILTER, NestFactory } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import {
  BODY_LIMIT_BYTES,
  configureHttp,
  correlationIdOf,
  handleEarlyErrors,
  ProblemFilter,
  ROOT_LOGGER,
} from '@cci/http-api';
import type express from 'express';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';

import type { ServiceSettings } from './environment.js';
import { HealthController } from './health.controller.js';
import { MetricsController } from './metrics.controller.js';
import { SERVICE_IDENTITY, type ServiceIdentity } from './service-identity.js';
import { ServiceMetrics } from './service-metrics.js';

/** Paths polled by probes and scrapers: answered, counted, but not written to the access log. */
const PROBED = ['/health', '/metrics', '/status'];

export type ServiceDefinition = {
  /** e.g. `ingest-api`: the `service` label of logs and metrics. */
  name: string;
  settings: ServiceSettings;
  logger: Logger;
  /** The service's own controllers; `/health` and `/metrics` are added. */
  controllers: Type[];
  /** The service's own providers, `READINESS_CHECKS` among them. */
  providers: Provider[];
  imports?: DynamicModule[];
  /** Largest JSON body accepted (413 beyond); 64 KiB unless said. */
  bodyLimitBytes?: number;
  /** Paths whose POST may be an HTML form (`application/x-www-form-urlencoded`) rather than JSON. */
  formPaths?: readonly string[];
  /** The service's own HTTP set-up (CORS, request filters), after the shared one, before the routes. */
  configure?: (app: INestApplication) => void;
  /** Closes what the service opened before its application (connections, consumers), at shutdown. */
  close?: () => Promise<void>;
};

@Module({})
class ServiceModule {}

const CLOSE = Symbol('CLOSE');

@Injectable()
class ServiceShutdown implements OnApplicationShutdown {
  constructor(@Inject(CLOSE) private readonly close: () => Promise<void>) {}

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }
}

/**
 * Builds a service's NestJS application the same way for every service: the root logger with an access
 * log, security headers, correlation ids and JSON bodies within a limit, every error as a French problem
 * document, `/health/live`, `/health/ready` and `/metrics`, and the shutdown hooks that close what the
 * service opened when it receives SIGTERM. The caller listens.
 */
export async function createServiceApp(definition: ServiceDefinition): Promise<INestApplication> {
  const { name, settings, logger } = definition;
  const bodyLimitBytes = definition.bodyLimitBytes ?? 65_536;
  const identity: ServiceIdentity = { service: name, instance: settings.instanceId };
  const root: DynamicModule = {
    module: ServiceModule,
    imports: [
      TerminusModule,
      LoggerModule.forRoot({
        pinoHttp: {
          logger,
          genReqId: (_request, response) => correlationIdOf(response as unknown as express.Response),
          // The request line and where it came from, without its headers: no credential (API key,
          // bearer token, session cookie, CSRF token) can reach the logs. The request is serialized
          // into every request's logger, whether anything is logged or not: headers redacted there
          // cost 40-60 µs per request.
          serializers: {
            req: (request: { id: unknown; method: string; url: string; remoteAddress: string }) => ({
              id: request.id,
              method: request.method,
              url: request.url,
              remoteAddress: request.remoteAddress,
            }),
          },
          redact: ['res.headers["set-cookie"]'],
          autoLogging: {
            ignore: (request) => PROBED.some((path) => request.url?.startsWith(path) === true),
          },
        },
      }),
      ...(definition.imports ?? []),
    ],
    controllers: [...definition.controllers, HealthController, MetricsController],
    providers: [
      { provide: SERVICE_IDENTITY, useValue: identity },
      { provide: ROOT_LOGGER, useValue: logger },
      { provide: BODY_LIMIT_BYTES, useValue: bodyLimitBytes },
      { provide: ServiceMetrics, useValue: new ServiceMetrics(name) },
      { provide: APP_FILTER, useClass: ProblemFilter },
      { provide: CLOSE, useValue: definition.close ?? (() => Promise.resolve()) },
      ServiceShutdown,
      ...definition.providers,
    ],
  };
  const app = await NestFactory.create(root, { bodyParser: false, logger: false });
  configureHttp(app, bodyLimitBytes, definition.formPaths);
  const metrics = app.get(ServiceMetrics);
  app.use((request: express.Request, response: express.Response, next: express.NextFunction) => {
    response.on('finish', () => {
      // The route's pattern, not the URL: one series per endpoint, whatever the path holds.
      const route = (request.route as { path?: string } | undefined)?.path ?? 'hors-route';
      metrics.requests.inc({ route, status: String(response.statusCode) });
    });
    next();
  });
  definition.configure?.(app);
  app.enableShutdownHooks();
  await app.init();
  handleEarlyErrors(app, logger, bodyLimitBytes);
  return app;
}
