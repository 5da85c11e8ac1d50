import type { DynamicModule } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';

export type RateLimit = {
  /** The burst a key may spend at once. */
  capacity: number;
  /** The rate a key may keep up. */
  refillPerSecond: number;
};

/**
 * The throttler `ApiKeyGuard` applies: at most `capacity` calls per credential in any window of
 * `capacity / refillPerSecond` seconds, so a key may spend its burst at once and keep up the rate. No
 * block beyond the window: a refused key is served again as soon as its oldest call leaves the window,
 * which is what `Retry-After` says. The counts live in memory, per process. The library's own
 * `X-RateLimit-*` headers are not sent: the 429 problem and its `Retry-After` say what a client needs.
 */
export function rateLimitPerCredential({ capacity, refillPerSecond }: RateLimit): DynamicModule {
  return ThrottlerModule.forRoot({
    throttlers: [{ limit: capacity, ttl: Math.ceil((capacity / refillPerSecond) * 1000), blockDuration: 0 }],
    setHeaders: false,
  });
}
