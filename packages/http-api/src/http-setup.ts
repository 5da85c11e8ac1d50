import type { IncomingMessage } from 'node:http';

import type { INestApplication } from '@nestjs/common';
import express from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';

import { correlationIds } from './correlation-id.js';
import { methodNotAllowed } from './method-not-allowed.js';
import { bodyParserProblems, requireJson } from './problem-response.js';

const BODY_METHODS = new Set(['POST', 'PUT']);

/**
 * The Express set-up both APIs share, before `app.init()`: security headers on every response (errors
 * included), no X-Powered-By, a correlation id per request, 405 for a method a known path does not
 * serve, JSON bodies only, within a size limit (and forms at the `formPaths` a service names).
 */
export function configureHttp(
  app: INestApplication,
  bodyLimitBytes: number,
  formPaths: readonly string[] = [],
): void {
  const server = app.getHttpAdapter().getInstance() as express.Express;
  server.disable('x-powered-by');
  app.use(helmet());
  app.use(correlationIds);
  app.use(methodNotAllowed(app));
  app.use(requireJson(formPaths));
  // Only POST and PUT carry a body here: any other request is answered without reading one.
  const isJsonBody = (request: IncomingMessage) =>
    BODY_METHODS.has(request.method ?? '') &&
    typeof (request as express.Request).is('application/json') === 'string';
  app.use(express.json({ limit: bodyLimitBytes, strict: true, type: isJsonBody }));
  if (formPaths.length > 0)
    app.use(formPaths, express.urlencoded({ limit: bodyLimitBytes, extended: false }));
}

/** After `app.init()`: errors raised before the routes (the body parser) also leave as problem JSON. */
export function handleEarlyErrors(app: INestApplication, logger: Logger, bodyLimitBytes: number): void {
  const server = app.getHttpAdapter().getInstance() as express.Express;
  server.use(bodyParserProblems(logger, bodyLimitBytes));
}
