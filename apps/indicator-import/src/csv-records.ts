import { InputError } from './input-error.js';

/** French spreadsheets separate fields with ";" (the comma is the decimal mark); others with ",". */
export type CsvSeparator = ';' | ',';

/** One record and the file line it starts on (a quoted field may span lines). */
export type CsvRecord = { line: number; fields: string[] };

/** Counts separators outside quotes on the first non-blank line (the header); a tie goes to ";". */
export function detectSeparator(text: string): CsvSeparator {
  const header = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const c of header) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === ';') semicolons += 1;
    else if (!quoted && c === ',') commas += 1;
  }
  return commas > semicolons ? ',' : ';';
}

/**
 * Splits CSV text into records (RFC 4180, as Excel and LibreOffice write it): a field that starts
 * with a quote runs to the next lone quote, `""` inside it is one quote, and it may hold separators
 * and line breaks. Line breaks are CRLF, LF or CR; inside a quoted field they become LF.
 */
export function readCsvRecords(text: string, separator: CsvSeparator): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let fieldWasQuoted = false;
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;

  const endRecord = () => {
    fields.push(field);
    records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    fieldWasQuoted = false;
  };

  for (let i = 0; i < text.length; i += 1) {
    const c = text.charAt(i);
    const isLineBreak = c === '\n' || c === '\r';
    if (isLineBreak && c === '\r' && text.charAt(i + 1) === '\n') i += 1;
    if (inQuotes) {
      if (c === '"') {
        if (text.charAt(i + 1) === '"') {
          field += '"';
          i += 1;
        } else {
          inQuotes = false;
        }
      } else if (isLineBreak) {
        field += '\n';
        line += 1;
      } else {
        field += c;
      }
    } else if (c === '"' && field === '' && !fieldWasQuoted) {
      inQuotes = true;
      fieldWasQuoted = true;
      quoteLine = line;
    } else if (c === separator) {
      fields.push(field);
      field = '';
      fieldWasQuoted = false;
    } else if (isLineBreak) {
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      field += c;
    }
  }
  if (inQuotes) {
    throw new InputError(`Ligne ${quoteLine} : un guillemet ouvre un champ qui ne se referme jamais.`);
  }
  if (field !== '' || fields.length > 0 || fieldWasQuoted) endRecord();
  return records;
}

/** One CSV record, quoting the fields that need it. */
export function formatCsvRecord(fields: readonly string[], separator: CsvSeparator): string {
  return fields
    .map((field) =>
      field.includes(separator) || /["\r\n]/.test(field) || field.trim() !== field
        ? `"${field.replaceAll('"', '""')}"`
        : field,
    )
    .join(separator);
}
