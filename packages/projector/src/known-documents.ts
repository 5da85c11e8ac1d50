import type { KnownDocument } from './coalescing-batch.js';

/**
 * The documents a runner last read or wrote, with their revisions, so that the next events start from
 * them without a read. Bounded: beyond `capacity` the least recently used go first (`trim`), and are
 * read again if an event touches them later. Unbounded, a runner kept every document it ever touched:
 * about 7,000 COM documents of up to 120 KB over the bench's log, and a live projector's memory grew
 * with every year of COMs.
 */
export class KnownDocuments {
  private readonly entries = new Map<string, KnownDocument>();

  constructor(private readonly capacity: number) {}

  get(projection: string, id: string): KnownDocument | undefined {
    const key = keyOf(projection, id);
    const found = this.entries.get(key);
    if (found) {
      this.entries.delete(key);
      this.entries.set(key, found);
    }
    return found;
  }

  has(projection: string, id: string): boolean {
    return this.entries.has(keyOf(projection, id));
  }

  set(projection: string, id: string, document: KnownDocument): void {
    const key = keyOf(projection, id);
    this.entries.delete(key);
    this.entries.set(key, document);
  }

  delete(projection: string, id: string): void {
    this.entries.delete(keyOf(projection, id));
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * Drops the least recently used documents beyond the capacity. Only between flushes: a batch being
   * folded relies on the documents `loadMissing` just put here.
   */
  trim(): void {
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.capacity) return;
      this.entries.delete(key);
    }
  }
}

function keyOf(projection: string, id: string): string {
  return `${projection}\u0000${id}`;
}
