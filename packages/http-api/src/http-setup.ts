import type { INestApplication } from '@nestjs/common';
import express from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';

import { correlationIds } from './correlation-id.js';
import { bodyParserProblems, requireJson } from './problem-response.js';

/**
 * The Express set-up both APIs share, before `app.init()`: security headers on every response (errors
 * included), no X-Powered-By, a correlation id per request, JSON bodies only, within a size limit.
 */
export function configureHttp(app: INestApplication, bodyLimitBytes: number): void {
  const server = app.getHttpAdapter().getInstance() as express.Express;
  server.disable('x-powered-by');
  app.use(helmet());
  app.use(correlationIds);
  app.use(requireJson);
  app.use(express.json({ limit: bodyLimitBytes, strict: true, type: 'application/json' }));
}

/** After `app.init()`: errors raised before the routes (the body parser) also leave as problem JSON. */
export function handleEarlyErrors(app: INestApplication, logger: Logger, bodyLimitBytes: number): void {
  const server = app.getHttpAdapter().getInstance() as express.Express;
  server.use(bodyParserProblems(logger, bodyLimitBytes));
}
