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
import type { Request } from 'express';

import { ProblemError, problems } from './problems.js';

/**
 * The rate limit of a route nobody signs in for (a message's unsubscribe link). Its callers come
 * through the gateway, whose address is everyone's, and present no credential the guard could count
 * by: each such route counts as one caller of its own, so that a flood spends its own budget, never a
 * CCI's.
 */
@Injectable()
export class PublicRouteThrottle extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    @Inject(Reflector) reflector: Reflector,
  ) {
    super(options, storage, reflector);
  }

  protected override getTracker(request: Request): Promise<string> {
    return Promise.resolve(`public:${request.path}`);
  }

  protected override generateKey(_context: ExecutionContext, tracker: string): string {
    return tracker;
  }

  protected override throwThrottlingException(
    _context: ExecutionContext,
    limit: ThrottlerLimitDetail,
  ): Promise<void> {
    throw new ProblemError(problems.tooManyRequests(Math.max(1, limit.timeToBlockExpire)));
  }
}
