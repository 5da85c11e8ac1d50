import { describe, expect, it } from '@jest/globals';

import { formatCount, ProgressBar, renderProgress } from './progress-bar.js';

describe('renderProgress', () => {
  it('draws the bar, the counts grouped by thousands, and the rate', () => {
    expect(renderProgress(1500, 10_000, 3200.4)).toBe(
      '[███░░░░░░░░░░░░░░░░░] 1 500 / 10 000 lignes · 3 200 lignes/s',
    );
    expect(renderProgress(10_000, 10_000, 0)).toBe(
      '[████████████████████] 10 000 / 10 000 lignes · 0 lignes/s',
    );
  });

  it('groups digits by three', () => {
    expect([0, 999, 1000, 1_234_567].map(formatCount)).toEqual(['0', '999', '1 000', '1 234 567']);
  });
});

function recordingBar(isTTY: boolean) {
  const written: string[] = [];
  let now = 0;
  const bar = new ProgressBar(1000, { write: (text) => written.push(text), isTTY }, () => now);
  return {
    bar,
    written,
    at: (ms: number) => {
      now = ms;
    },
  };
}

describe('ProgressBar', () => {
  it('redraws in place on a terminal, at most every 100 ms, and ends with a new line', () => {
    const { bar, written, at } = recordingBar(true);

    bar.update(0);
    at(50);
    bar.update(500);
    at(1000);
    bar.update(1000);
    bar.finish();

    expect(written).toEqual([
      '\r\x1b[2K[░░░░░░░░░░░░░░░░░░░░] 0 / 1 000 lignes · 0 lignes/s',
      '\r\x1b[2K[████████████████████] 1 000 / 1 000 lignes · 1 000 lignes/s',
      '\n',
    ]);
  });

  it('writes a line every 5 s in a log, and the final state once', () => {
    const { bar, written, at } = recordingBar(false);

    bar.update(0);
    at(4000);
    bar.update(400);
    at(5000);
    bar.update(500);
    at(6000);
    bar.update(1000);
    bar.finish();

    expect(written).toEqual([
      '[░░░░░░░░░░░░░░░░░░░░] 0 / 1 000 lignes · 0 lignes/s\n',
      '[██████████░░░░░░░░░░] 500 / 1 000 lignes · 100 lignes/s\n',
      '[████████████████████] 1 000 / 1 000 lignes · 167 lignes/s\n',
    ]);
  });

  it('puts a notice on its own line and draws the bar again below it on a terminal', () => {
    const { bar, written } = recordingBar(true);

    bar.update(0);
    bar.note('Nouvel essai dans 1 s.');

    expect(written.slice(1)).toEqual([
      '\r\x1b[2KNouvel essai dans 1 s.\n',
      '\r\x1b[2K[░░░░░░░░░░░░░░░░░░░░] 0 / 1 000 lignes · 0 lignes/s',
    ]);
  });
});
