import { ProblemError, type Problem } from '@cci/http-api';
import type express from 'express';

import type { GatewayCookies } from './session-cookie.js';
import type { SessionCheckpoint, ActiveSession } from './session-check.js';

/** The session cookie's value, if the browser sent one. */
export function sessionIdOf(request: express.Request, cookies: GatewayCookies): string | undefined {
  const value: unknown = (request.cookies as Record<string, unknown> | undefined)?.[cookies.session.name];
  return typeof value === 'string' ? value : undefined;
}

/** A refused session's cookie is useless: the browser forgets it along with the refusal. */
export function forgetSession(response: express.Response, cookies: GatewayCookies, problem: Problem): void {
  if (problem.code !== 'session-absente') {
    const { name, options } = cookies.session;
    response.clearCookie(name, options);
  }
}

/** The request's session, or the French 401/403 problem thrown for the filter to answer. */
export async function requireSession(
  request: express.Request,
  response: express.Response,
  checkpoint: SessionCheckpoint,
  cookies: GatewayCookies,
): Promise<ActiveSession> {
  const check = await checkpoint.check(sessionIdOf(request, cookies));
  if (check.ok) return check.active;
  forgetSession(response, cookies, check.problem);
  throw new ProblemError(check.problem);
}
