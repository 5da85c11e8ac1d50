export type RateLimiterOptions = {
  /** The burst a key may spend at once. */
  capacity: number;
  refillPerSecond: number;
  /** Milliseconds on a clock that never goes back; a wall clock set back would starve the buckets. */
  now?: () => number;
};

/** `retryAfterSeconds` is a whole number of seconds, at least 1, as the `Retry-After` header takes it. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

type Bucket = { tokens: number; updatedAt: number };

/**
 * One token bucket per key, in memory (each API instance limits on its own). A bucket left alone long
 * enough to refill completely behaves exactly like a new one, so it is dropped: memory holds only the
 * keys seen during the last `capacity / refillPerSecond` seconds.
 */
export class RateLimiter {
  private readonly capacity: number;
  private readonly refillPerMs: number;
  private readonly fullRefillMs: number;
  private readonly now: () => number;
  // Kept in order of last use (a key is moved to the end when taken from), so the idle buckets are
  // always at the front.
  private readonly buckets = new Map<string, Bucket>();

  constructor({ capacity, refillPerSecond, now = () => performance.now() }: RateLimiterOptions) {
    if (!(capacity > 0) || !Number.isFinite(capacity))
      throw new RangeError('capacity doit être un nombre positif');
    if (!(refillPerSecond > 0) || !Number.isFinite(refillPerSecond)) {
      throw new RangeError('refillPerSecond doit être un nombre positif');
    }
    this.capacity = capacity;
    this.refillPerMs = refillPerSecond / 1000;
    this.fullRefillMs = capacity / this.refillPerMs;
    this.now = now;
  }

  take(key: string, cost = 1): RateDecision {
    if (!(cost > 0) || cost > this.capacity) {
      throw new RangeError(`cost doit être positif et au plus égal à capacity (${this.capacity}) : ${cost}`);
    }
    const now = this.now();
    this.forgetIdleBuckets(now);
    const bucket = this.buckets.get(key);
    const elapsed = bucket ? Math.max(0, now - bucket.updatedAt) : 0;
    const available = bucket
      ? Math.min(this.capacity, bucket.tokens + elapsed * this.refillPerMs)
      : this.capacity;
    const allowed = available >= cost;
    this.buckets.delete(key);
    this.buckets.set(key, { tokens: allowed ? available - cost : available, updatedAt: now });
    if (allowed) return { allowed: true };
    const waitMs = (cost - available) / this.refillPerMs;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }

  /** How many keys are remembered: the limiter's memory, for metrics. */
  get size(): number {
    return this.buckets.size;
  }

  private forgetIdleBuckets(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (now - bucket.updatedAt < this.fullRefillMs) return;
      this.buckets.delete(key);
    }
  }
}
