/**
 * CSV as French spreadsheets read it: `;` between fields, a decimal comma, UTF-8 with a BOM (so that
 * Excel recognises the encoding), CRLF line ends, quotes where a field needs them.
 */
export function frenchCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null)[])[],
): string {
  const cell = (value: string | number | boolean | null): string => {
    if (value === null) return '';
    const text =
      typeof value === 'number'
        ? String(value).replace('.', ',')
        : typeof value === 'boolean'
          ? value
            ? 'oui'
            : 'non'
          : value;
    return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}
