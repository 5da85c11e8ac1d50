/** One line of the printed table: a figure, its unit, how it compares, and the target it answers. */
export type Row = {
  measure: string;
  figure: string;
  unit: string;
  ratio: string;
  target: string;
  verdict: 'pass' | 'MISS' | '';
};

export function formatNumber(value: number): string {
  return Number.isFinite(value) ? value.toLocaleString('en', { maximumFractionDigits: 1 }) : 'n/a';
}

export function ratio(value: number, reference: number, as: 'percent' | 'times'): string {
  if (!(reference > 0) || !Number.isFinite(value)) return 'n/a';
  if (as === 'times') return `${formatNumber(value / reference)}×`;
  const percent = (100 * value) / reference;
  return `${percent < 10 ? percent.toFixed(1) : Math.round(percent)}%`;
}

/** The table as fixed-width text, the way it is printed and pasted into BENCHMARKS.md. */
export function table(rows: readonly Row[]): string {
  const header: Row = {
    measure: 'Measure',
    figure: 'Figure',
    unit: 'Unit',
    ratio: 'Ratio',
    target: 'Target',
    verdict: '',
  };
  const columns = ['measure', 'figure', 'unit', 'ratio', 'target', 'verdict'] as const;
  const widths = columns.map((c) => Math.max(...[header, ...rows].map((r) => r[c].length)));
  const line = (row: Row) =>
    `| ${columns.map((c, i) => (c === 'figure' ? row[c].padStart(widths[i] ?? 0) : row[c].padEnd(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (columns[i] === 'figure' ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
