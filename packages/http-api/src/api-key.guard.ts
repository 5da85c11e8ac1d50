import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { CredentialStore, RateLimiter } from '@cci/credentials';
import type { CciKind } from '@cci/domain';
import type { Request, Response } from 'express';

import { correlationIdOf } from './correlation-id.js';
import { ProblemError, problems, type Problem } from './problems.js';
import { AUTHENTICATION_AUDIT, CREDENTIAL_STORE, RATE_LIMITER } from './tokens.js';

/** The authenticated caller: the CCI, its level in the network, the credential, and the person if named. */
export type Caller = { cciId: string; role: CciKind; credentialId: string; person: string | null };

export type CallerRequest = Request & { caller?: Caller };

export type AuthenticationAudit = {
  refused(entry: {
    caller: Caller | null;
    correlationId: string;
    status: number;
    problem: Problem;
    path: string;
  }): void;
};

const PERSON = /^[\p{L}\p{M}\p{N} .,'’()-]{1,200}$/u;

function presentedKey(request: Request): string | undefined {
  const authorization = request.header('authorization');
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    return match?.[1] ?? authorization;
  }
  return request.header('x-api-key');
}

/** The caller of a guarded route; a route without the guard has none. */
export function callerOf(request: CallerRequest): Caller {
  if (!request.caller) throw new ProblemError(problems.unauthenticated("Clé d'API absente.", 'cle-absente'));
  return request.caller;
}

/**
 * Every call carries a CCI's API key: the guard authenticates it (401 otherwise), applies the key's
 * rate limit (429 with Retry-After) and names the caller: the CCI, its role, the credential, and the
 * person the client names in `X-Person`, if any.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    @Inject(CREDENTIAL_STORE) private readonly credentials: CredentialStore,
    @Inject(RATE_LIMITER) private readonly limiter: RateLimiter,
    @Inject(AUTHENTICATION_AUDIT) private readonly audit: AuthenticationAudit,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<CallerRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    const correlationId = correlationIdOf(response);
    const result = this.credentials.authenticate(presentedKey(request));
    if (!result.ok) {
      const problem = problems.unauthenticated(result.message, `cle-${result.reason}`);
      this.audit.refused({ caller: null, correlationId, status: 401, problem, path: request.path });
      throw new ProblemError(problem);
    }
    const personHeader = request.header('x-person')?.trim();
    const caller: Caller = {
      cciId: result.credential.cciId,
      role: result.credential.role,
      credentialId: result.credential.credentialId,
      person: personHeader && PERSON.test(personHeader) ? personHeader : null,
    };
    const allowed = this.limiter.take(result.credential.credentialId);
    if (!allowed.allowed) {
      const problem = problems.tooManyRequests(allowed.retryAfterSeconds);
      this.audit.refused({ caller, correlationId, status: 429, problem, path: request.path });
      throw new ProblemError(problem);
    }
    request.caller = caller;
    return true;
  }
}
