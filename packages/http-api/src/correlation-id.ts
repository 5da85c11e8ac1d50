import { randomUUID } from 'node:crypto';

import type { NextFunction, Request, Response } from 'express';

/** What a client's correlation id may be; anything else is replaced by a new UUID. */
export const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * Gives every request a correlation id: the client's `X-Correlation-Id` when it is a sensible token,
 * otherwise a new one. It is echoed in the response, logged with every line, and written in the
 * events the request appends.
 */
export function correlationIds(request: Request, response: Response, next: NextFunction): void {
  const given = request.header('x-correlation-id');
  const id = given && CORRELATION_ID.test(given) ? given : randomUUID();
  response.locals.correlationId = id;
  response.setHeader('X-Correlation-Id', id);
  next();
}

export function correlationIdOf(response: Response): string {
  const id: unknown = response.locals.correlationId;
  return typeof id === 'string' ? id : randomUUID();
}
