/** What a CSV field may hold; `null` is an empty field. */
export type CsvValue = string | number | boolean | null;

/**
 * CSV as French spreadsheets read it: `;` between fields, a decimal comma, `oui`/`non`, UTF-8 with a
 * BOM (so that Excel recognises the encoding), CRLF line ends, quotes where a field needs them. The
 * read API's exports and the dashboard's downloads both write it, so every file opens the same way.
 */
export function frenchCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(field).join(';')).join('\r\n')}\r\n`;
}

function field(value: CsvValue): string {
  const text = value === null ? '' : typeof value === 'string' ? inertText(value) : frenchValue(value);
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function frenchValue(value: number | boolean): string {
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  return String(value).replace('.', ',');
}

/** Free text a spreadsheet would run as a formula (a comment "=HYPERLINK(…)") is kept as text. */
function inertText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
