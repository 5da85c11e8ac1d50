import { stringify } from 'csv-stringify/browser/esm/sync';

/** What a CSV field may hold; `null` is an empty field. */
export type CsvValue = string | number | boolean | null;

/**
 * CSV as French spreadsheets read it: `;` between fields, a decimal comma, `oui`/`non`, UTF-8 with a
 * BOM (so that Excel recognises the encoding), CRLF line ends, quotes where a field needs them. The
 * read API's exports, the dashboard's downloads and the import template all write it, so every file
 * opens the same way. Free text a spreadsheet would run as a formula (a comment "=HYPERLINK(…)") is
 * prefixed with `'`; negative numbers stay numbers.
 */
export function frenchCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return stringify([header, ...rows], {
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
    escape_formulas: true,
    cast: {
      number: (value) => String(value).replace('.', ','),
      boolean: (value) => (value ? 'oui' : 'non'),
    },
  });
}
