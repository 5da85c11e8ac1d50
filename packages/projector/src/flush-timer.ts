/**
 * When the batch in memory is written: `delayMs` after it started, or sooner when an earlier flush is
 * already due. One timer at a time; the flush itself runs through the runner's serial lane.
 */
export class FlushTimer {
  private timer: NodeJS.Timeout | null = null;
  private dueAt = 0;

  constructor(private readonly flush: () => void) {}

  schedule(batchStartedAt: number, delayMs: number): void {
    const dueAt = batchStartedAt + delayMs;
    if (this.timer) {
      if (this.dueAt <= dueAt) return;
      clearTimeout(this.timer);
    }
    this.dueAt = dueAt;
    this.timer = setTimeout(
      () => {
        this.timer = null;
        this.flush();
      },
      Math.max(0, dueAt - Date.now()),
    );
  }

  clear(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
