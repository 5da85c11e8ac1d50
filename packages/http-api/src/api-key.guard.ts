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
import type { CredentialStore } from '@cci/credentials';
import type { CciKind } from '@cci/domain';
import type { Request, Response } from 'express';

import { correlationIdOf } from './correlation-id.js';
import { ProblemError, problems, type Problem } from './problems.js';
import { AUTHENTICATION_AUDIT, CREDENTIAL_STORE } from './tokens.js';

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
/**
 * The same rule as a pattern that every JSON Schema tool reads (no Unicode property classes): exact
 * over ASCII, which is what HTTP clients send as is; beyond it, the server's letters, marks and digits.
 */
export const PERSON_HEADER_PATTERN = /^\s*[A-Za-z0-9 .,'’()\u00C0-\uFFFF-]{0,200}\s*$/;
const INVALID_PERSON = Symbol('INVALID_PERSON');

/**
 * The person named in `X-Person`. Node reads header bytes as Latin-1, while clients send UTF-8: the
 * bytes are decoded again as UTF-8 when they are valid UTF-8, so that "Hélène" stays "Hélène".
 */
function personOf(header: string | undefined): string | null | typeof INVALID_PERSON {
  const raw = header?.trim();
  if (!raw) return null;
  const name = /[\u0080-\u00ff]/.test(raw) ? utf8OrLatin1(raw) : raw;
  return PERSON.test(name) ? name.normalize('NFC') : INVALID_PERSON;
}

function utf8OrLatin1(latin1: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(latin1, 'latin1'));
  } catch {
    return latin1;
  }
}

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
 * rate limit (429 with Retry-After, counted per credential over every guarded route, by the throttler
 * that `rateLimitPerCredential` sets up) and names the caller: the CCI, its role, the credential, and
 * the person the client names in `X-Person`, if any.
 */
@Injectable()
export class ApiKeyGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    @Inject(CREDENTIAL_STORE) private readonly credentials: CredentialStore,
    @Inject(AUTHENTICATION_AUDIT) private readonly audit: AuthenticationAudit,
  ) {
    super(options, storage, reflector);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<CallerRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    const correlationId = correlationIdOf(response);
    const result = this.credentials.authenticate(presentedKey(request));
    if (!result.ok) {
      const problem = problems.unauthenticated(result.message, `cle-${result.reason}`);
      this.audit.refused({ caller: null, correlationId, status: 401, problem, path: request.path });
      throw new ProblemError(problem);
    }
    const person = personOf(request.header('x-person'));
    const caller: Caller = {
      cciId: result.credential.cciId,
      role: result.credential.role,
      credentialId: result.credential.credentialId,
      person: person === INVALID_PERSON ? null : person,
    };
    if (person === INVALID_PERSON) {
      const problem = problems.validation([
        {
          field: 'X-Person',
          rule: 'format',
          message:
            "L'en-tête X-Person doit être un nom de 1 à 200 caractères (lettres, chiffres, espaces et . , ' ’ ( ) -), en UTF-8.",
        },
      ]);
      this.audit.refused({ caller, correlationId, status: 422, problem, path: request.path });
      throw new ProblemError(problem);
    }
    request.caller = caller;
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
