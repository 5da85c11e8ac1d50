/**
 * One queue per key: decisions on the same aggregate (or with the same idempotency key) run one after
 * the other, so that of two concurrent commands on one version only one can win. Keys are taken in a
 * sorted order, so that two requests holding several never wait for each other.
 */
export class KeyedLocks {
  private readonly tails = new Map<string, Promise<void>>();

  async withLocks<T>(keys: readonly string[], task: () => Promise<T>): Promise<T> {
    const ordered = [...new Set(keys)].sort();
    const releases: (() => void)[] = [];
    try {
      for (const key of ordered) releases.push(await this.acquire(key));
      return await task();
    } finally {
      for (const release of releases.reverse()) release();
    }
  }

  private async acquire(key: string): Promise<() => void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const current = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => current);
    this.tails.set(key, tail);
    await previous;
    return () => {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    };
  }
}
