import { Inject, Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import type { Request, Response } from 'express';

import type { Caller, CallerAuthenticator } from './caller-authenticator.js';
import { correlationIdOf } from './correlation-id.js';
import { ProblemError, problems, type Problem } from './problems.js';
import { AUTHENTICATION_AUDIT, CALLER_AUTHENTICATOR } from './tokens.js';

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

/** The bearer value: `Authorization` (`Bearer <value>`, or the bare value), else `X-Api-Key`. */
function presentedCredential(request: Request): string | undefined {
  const authorization = request.header('authorization');
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    return match?.[1] ?? authorization;
  }
  return request.header('x-api-key');
}

/** The caller of a guarded route; a route without the guard has none. */
export function callerOf(request: CallerRequest): Caller {
  if (!request.caller)
    throw new ProblemError(problems.unauthenticated('Authentification absente.', 'cle-absente'));
  return request.caller;
}

/**
 * Every call carries a machine key or a person token: the guard authenticates it (401, or 403 for a
 * person the directory no longer lets in), applies the caller's rate limit (429 with Retry-After,
 * counted per credential over every guarded route, by the throttler that `rateLimitPerCredential`
 * sets up) and names the caller. Nothing the client writes in another header says who acts.
 */
@Injectable()
export class CallerGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    @Inject(CALLER_AUTHENTICATOR) private readonly authenticator: CallerAuthenticator,
    @Inject(AUTHENTICATION_AUDIT) private readonly audit: AuthenticationAudit,
  ) {
    super(options, storage, reflector);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<CallerRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    const result = await this.authenticator.authenticate(presentedCredential(request));
    if (!result.ok) {
      const problem =
        result.status === 401
          ? problems.unauthenticated(result.message, result.code)
          : problems.forbidden(result.message, result.code);
      this.audit.refused({
        caller: null,
        correlationId: correlationIdOf(response),
        status: result.status,
        problem,
        path: request.path,
      });
      throw new ProblemError(problem);
    }
    request.caller = result.caller;
    return super.canActivate(context);
  }

  /** The authenticated credential, not the address: CCIs behind one proxy keep their own limits. */
  protected override getTracker(request: CallerRequest): Promise<string> {
    return Promise.resolve(callerOf(request).credentialId);
  }

  /** One count per credential for every guarded route, not one per route. */
  protected override generateKey(_context: ExecutionContext, tracker: string): string {
    return tracker;
  }

  protected override throwThrottlingException(
    context: ExecutionContext,
    limit: ThrottlerLimitDetail,
  ): Promise<void> {
    const request = context.switchToHttp().getRequest<CallerRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    const problem = problems.tooManyRequests(Math.max(1, limit.timeToBlockExpire));
    this.audit.refused({
      caller: callerOf(request),
      correlationId: correlationIdOf(response),
      status: 429,
      problem,
      path: request.path,
    });
    throw new ProblemError(problem);
  }
}
