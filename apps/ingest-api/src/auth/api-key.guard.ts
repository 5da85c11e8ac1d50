import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { CredentialStore, RateLimiter } from '@cci/credentials';
import type { Request, Response } from 'express';

import { AuditLog } from '../audit/audit-log.js';
import { problems, ProblemError } from '../problems/problem.js';
import { correlationIdOf } from '../problems/correlation-id.js';
import type { Author } from '../commands/record-facts.handler.js';

export const CREDENTIAL_STORE = Symbol('CREDENTIAL_STORE');
export const RATE_LIMITER = Symbol('RATE_LIMITER');

export type AuthenticatedRequest = Request & { author?: Author };

const PERSON = /^[\p{L}\p{M}\p{N} .,'’()-]{1,200}$/u;

function presentedKey(request: Request): string | undefined {
  const authorization = request.header('authorization');
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    return match?.[1] ?? authorization;
  }
  return request.header('x-api-key');
}

/**
 * Every write carries a CCI's API key: the guard authenticates it (401 otherwise), applies the key's
 * rate limit (429 with Retry-After) and names the author: the CCI, the credential, and the person the
 * client names in `X-Person`, if any.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    @Inject(CREDENTIAL_STORE) private readonly credentials: CredentialStore,
    @Inject(RATE_LIMITER) private readonly limiter: RateLimiter,
    @Inject(AuditLog) private readonly audit: AuditLog,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    const correlationId = correlationIdOf(response);
    const result = this.credentials.authenticate(presentedKey(request));
    if (!result.ok) {
      const problem = problems.unauthenticated(result.message, `cle-${result.reason}`);
      this.audit.rejected({ author: null, correlationId, status: 401, problem, command: request.path });
      throw new ProblemError(problem);
    }
    const personHeader = request.header('x-person')?.trim();
    const person = personHeader && PERSON.test(personHeader) ? personHeader : null;
    const author: Author = {
      cciId: result.credential.cciId,
      credentialId: result.credential.credentialId,
      person,
    };
    const allowed = this.limiter.take(result.credential.credentialId);
    if (!allowed.allowed) {
      const problem = problems.tooManyRequests(allowed.retryAfterSeconds);
      this.audit.rejected({ author, correlationId, status: 429, problem, command: request.path });
      throw new ProblemError(problem);
    }
    request.author = author;
    return true;
  }
}
