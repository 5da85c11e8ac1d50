/** "10 000": digits grouped by three with a space, as the French read counts. */
export function formatCount(count: number): string {
  return String(Math.round(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

const BAR_WIDTH = 20;

/** `[███░░] 1 500 / 10 000 lignes · 3 200 lignes/s` */
export function renderProgress(done: number, total: number, rowsPerSecond: number): string {
  const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
  return (
    `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ` +
    `${formatCount(done)} / ${formatCount(total)} lignes · ${formatCount(rowsPerSecond)} lignes/s`
  );
}

export type ProgressOutput = { write: (text: string) => void; isTTY: boolean };

/**
 * The progress of a push, on stderr. On a terminal the bar is redrawn in place (at most every
 * `redrawMs`); in a log file or a CI job, where "\r" would pile up, a line every `lineEveryMs`.
 */
export class ProgressBar {
  private drawnAt: number | null = null;
  private drawnDone: number | null = null;
  private readonly startedAt: number;
  private done = 0;

  constructor(
    private readonly total: number,
    private readonly output: ProgressOutput,
    private readonly clock: () => number,
    private readonly timing = { redrawMs: 100, lineEveryMs: 5_000 },
  ) {
    this.startedAt = clock();
  }

  update(done: number): void {
    this.done = done;
    const now = this.clock();
    const interval = this.output.isTTY ? this.timing.redrawMs : this.timing.lineEveryMs;
    if (this.drawnAt === null || now - this.drawnAt >= interval) this.draw(now);
  }

  /** A message between two drawings: on a terminal it replaces the bar's line, which is drawn again below. */
  note(message: string): void {
    if (this.output.isTTY && this.drawnAt !== null) {
      this.output.write(`\r\x1b[2K${message}\n`);
      this.draw(this.clock());
    } else {
      this.output.write(`${message}\n`);
    }
  }

  /** Draws the final state unless it is already shown, and leaves the cursor on a new line. */
  finish(): void {
    if (this.drawnDone !== this.done) this.draw(this.clock());
    if (this.output.isTTY) this.output.write('\n');
  }

  private draw(now: number): void {
    const elapsedSeconds = (now - this.startedAt) / 1000;
    const line = renderProgress(this.done, this.total, elapsedSeconds > 0 ? this.done / elapsedSeconds : 0);
    this.output.write(this.output.isTTY ? `\r\x1b[2K${line}` : `${line}\n`);
    this.drawnAt = now;
    this.drawnDone = this.done;
  }
}
