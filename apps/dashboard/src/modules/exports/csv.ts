/**
 * CSV the way the read API writes its exports, so that every file the dashboard offers opens the same way
 * in a French spreadsheet: UTF-8 with a byte-order mark, ";" between fields, a decimal comma, CRLF.
 */

export type CsvValue = string | number | boolean | null;

const BOM = '\uFEFF';

function field(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  // Free text a spreadsheet would run as a formula (a comment "=HYPERLINK(…)") is kept as text.
  const text =
    typeof value === 'number'
      ? String(value).replace('.', ',')
      : /^[=+\-@\t\r]/.test(value)
        ? `'${value}`
        : value;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(field).join(';')).join('\r\n') + '\r\n';
}

/** A file name safe everywhere: "completude-normandie-2026-11-23.csv". */
export function csvFileName(...parts: string[]): string {
  const slug = parts
    .join('-')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug}.csv`;
}
