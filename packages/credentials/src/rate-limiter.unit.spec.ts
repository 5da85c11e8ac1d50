import { describe, expect, it } from '@jest/globals';

import { RateLimiter } from './rate-limiter.js';

function limiter(capacity: number, refillPerSecond: number) {
  let now = 0;
  const rateLimiter = new RateLimiter({ capacity, refillPerSecond, now: () => now });
  return {
    rateLimiter,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('RateLimiter', () => {
  it('allows a burst of `capacity`, then says when to retry in whole seconds', () => {
    const { rateLimiter } = limiter(3, 1);

    const decisions = Array.from({ length: 4 }, () => rateLimiter.take('cci-mayenne'));

    expect(decisions).toEqual([
      { allowed: true },
      { allowed: true },
      { allowed: true },
      { allowed: false, retryAfterSeconds: 1 },
    ]);
  });

  it('refills over time, never beyond capacity', () => {
    const { rateLimiter, advance } = limiter(2, 1);
    rateLimiter.take('k', 2);

    advance(1_000);
    expect(rateLimiter.take('k')).toEqual({ allowed: true });
    expect(rateLimiter.take('k')).toEqual({ allowed: false, retryAfterSeconds: 1 });

    advance(60_000);
    expect(rateLimiter.take('k', 2)).toEqual({ allowed: true });
    expect(rateLimiter.take('k')).toMatchObject({ allowed: false });
  });

  it('rounds the wait up, and answers at least one second even when a token is almost there', () => {
    const slow = limiter(1, 0.1);
    slow.rateLimiter.take('k');
    expect(slow.rateLimiter.take('k')).toEqual({ allowed: false, retryAfterSeconds: 10 });
    slow.advance(9_500);
    expect(slow.rateLimiter.take('k')).toEqual({ allowed: false, retryAfterSeconds: 1 });

    const fast = limiter(5, 10);
    fast.rateLimiter.take('k', 5);
    expect(fast.rateLimiter.take('k', 5)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('does not spend tokens on a refused request', () => {
    const { rateLimiter, advance } = limiter(2, 1);
    rateLimiter.take('k', 2);
    rateLimiter.take('k');
    rateLimiter.take('k');

    advance(1_000);

    expect(rateLimiter.take('k')).toEqual({ allowed: true });
  });

  it('keeps one bucket per key', () => {
    const { rateLimiter } = limiter(1, 1);

    expect(rateLimiter.take('cci-mayenne')).toEqual({ allowed: true });
    expect(rateLimiter.take('cci-mayenne')).toMatchObject({ allowed: false });
    expect(rateLimiter.take('cci-sarthe')).toEqual({ allowed: true });
  });

  it('forgets the buckets idle long enough to be full again, and they behave as new', () => {
    const { rateLimiter, advance } = limiter(10, 5);
    for (let i = 0; i < 1_000; i++) rateLimiter.take(`key-${i}`, 10);
    expect(rateLimiter.size).toBe(1_000);

    advance(2_000);
    rateLimiter.take('another');

    expect(rateLimiter.size).toBe(1);
    expect(rateLimiter.take('key-0', 10)).toEqual({ allowed: true });
  });

  it('keeps a bucket that is still refilling', () => {
    const { rateLimiter, advance } = limiter(10, 5);
    rateLimiter.take('busy', 10);

    advance(1_000);
    rateLimiter.take('another');

    expect(rateLimiter.take('busy', 10)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('refuses a cost no bucket could ever pay, and a capacity or refill that is not positive', () => {
    const { rateLimiter } = limiter(3, 1);

    expect(() => rateLimiter.take('k', 4)).toThrow(RangeError);
    expect(() => rateLimiter.take('k', 0)).toThrow(RangeError);
    expect(() => new RateLimiter({ capacity: 0, refillPerSecond: 1 })).toThrow(RangeError);
    expect(() => new RateLimiter({ capacity: 1, refillPerSecond: Number.NaN })).toThrow(RangeError);
  });
});
