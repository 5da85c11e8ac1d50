import { Catch, HttpException, Inject, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

import { BODY_LIMIT_BYTES, ROOT_LOGGER } from './tokens.js';
import { correlationIdOf } from './correlation-id.js';
import { ProblemError, problems, type Problem } from './problems.js';

/** Sends a problem as RFC 9457 JSON, with Retry-After when it says when to retry. */
export function sendProblem(response: Response, request: Request, problem: Problem): void {
  if (response.headersSent) return;
  const body: Problem = {
    ...problem,
    instance: request.originalUrl.split('?')[0] ?? request.path,
    correlationId: correlationIdOf(response),
  };
  if (problem.retryAfterSeconds !== undefined)
    response.setHeader('Retry-After', String(problem.retryAfterSeconds));
  response.status(problem.status).type('application/problem+json').send(JSON.stringify(body));
}

/** The problems of the JSON body parser: too large, not JSON, bad encoding; null for other errors. */
function bodyParserProblem(error: unknown, limitBytes: number): Problem | null {
  switch ((error as { type?: unknown }).type) {
    case 'entity.too.large':
      return problems.payloadTooLarge(limitBytes);
    case 'entity.parse.failed':
      return problems.malformedRequest("Le corps n'est pas du JSON valide.");
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return problems.malformedRequest('Le corps doit être encodé en UTF-8.');
    default:
      return null;
  }
}

/** What an unexpected error becomes: a 500 without the error's text (logged instead, with the correlation id). */
function problemOf(
  error: unknown,
  request: Request,
  logger: Logger,
  correlationId: string,
  limitBytes: number,
): Problem {
  if (error instanceof ProblemError) return error.problem;
  const parsing = bodyParserProblem(error, limitBytes);
  if (parsing) return parsing;
  // NestJS hands the body parser's errors over as HTTP exceptions; their English text is not shown.
  if (error instanceof HttpException) {
    const status = error.getStatus();
    if (status === 404) return problems.notFoundRoute(request.path);
    if (status === 405) return problems.methodNotAllowed();
    if (status === 413) return problems.payloadTooLarge(limitBytes);
    if (status === 415) return problems.unsupportedMediaType();
    if (status < 500) return problems.malformedRequest("Le corps n'est pas du JSON valide.");
  }
  logger.error({ err: error, correlationId }, 'Erreur interne');
  return problems.internal();
}

/** Every error the application raises leaves as problem JSON; stack traces stay in the logs. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
    @Inject(BODY_LIMIT_BYTES) private readonly limitBytes: number,
  ) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    // A failed health check keeps Terminus's report: that is what probes and monitoring read.
    if (error instanceof HttpException && error.getStatus() === 503 && request.path.startsWith('/health')) {
      response.status(503).json(error.getResponse());
      return;
    }
    sendProblem(
      response,
      request,
      problemOf(error, request, this.logger, correlationIdOf(response), this.limitBytes),
    );
  }
}

/**
 * Errors raised before the application's routing and not handed to the filter: the same answers, as
 * an Express error handler registered after the routes.
 */
export function bodyParserProblems(logger: Logger, limitBytes: number) {
  return (error: unknown, request: Request, response: Response, next: NextFunction): void => {
    if (response.headersSent) {
      next(error);
      return;
    }
    sendProblem(response, request, problemOf(error, request, logger, correlationIdOf(response), limitBytes));
  };
}

/**
 * A POST with a body that is not declared as JSON is refused before any parsing; but at `formPaths`,
 * whose senders post HTML forms (a mail client's one-click unsubscribe), a form is taken too.
 */
export function requireJson(formPaths: readonly string[] = []) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const hasBody =
      Number(request.header('content-length') ?? 0) > 0 || request.header('transfer-encoding') !== undefined;
    const form = formPaths.includes(request.path) && request.is('application/x-www-form-urlencoded');
    if (
      (request.method === 'POST' || request.method === 'PUT') &&
      hasBody &&
      !request.is('application/json') &&
      !form
    ) {
      sendProblem(response, request, problems.unsupportedMediaType());
      return;
    }
    next();
  };
}
