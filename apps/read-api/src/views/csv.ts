/**
 * CSV as French spreadsheets read it: `;` between fields, a decimal comma, UTF-8 with a BOM (so that
 * Excel recognises the encoding), CRLF line ends, quotes where a field needs them.
 */
export function frenchCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null)[])[],
): string {
  const cell = (value: string | number | boolean | null): string => {
    const text = value === null ? '' : typeof value === 'string' ? inertText(value) : frenchValue(value);
    return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}

function frenchValue(value: number | boolean): string {
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  return String(value).replace('.', ',');
}

/** Free text a spreadsheet would run as a formula (a comment "=HYPERLINK(…)") is kept as text. */
function inertText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
