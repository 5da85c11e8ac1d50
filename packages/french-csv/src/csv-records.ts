import { CsvError, parse } from 'csv-parse/browser/esm/sync';

/** French spreadsheets separate fields with ";" (the comma is the decimal mark); others with ",". */
export type CsvSeparator = ';' | ',';

/** One record and the file line it starts on (a quoted field may span lines). */
export type CsvRecord = { line: number; fields: string[] };

/** A text that is not CSV, in French, with the line of the record at fault. */
export class CsvReadError extends Error {
  constructor(
    readonly line: number,
    reason: string,
  ) {
    super(`Ligne ${line} : ${reason}`);
    this.name = 'CsvReadError';
  }
}

/**
 * As Excel and LibreOffice write CSV: line breaks CRLF, LF or CR, even mixed; a quote inside an
 * unquoted field is text; rows may have more or fewer fields than the header.
 */
const SPREADSHEET_CSV = {
  record_delimiter: ['\r\n', '\n', '\r'],
  relax_quotes: true,
  relax_column_count: true,
};

/** The fields of the first non-blank record with this separator; none when it does not read. */
function headerFields(text: string, delimiter: CsvSeparator): number {
  try {
    const [header] = parse(text, {
      ...SPREADSHEET_CSV,
      delimiter,
      skip_records_with_empty_values: true,
      to: 1,
    });
    return header?.length ?? 0;
  } catch {
    return 0;
  }
}

/** The separator that splits the header (the first non-blank line) into more fields; a tie goes to ";". */
export function detectSeparator(text: string): CsvSeparator {
  return headerFields(text, ',') > headerFields(text, ';') ? ',' : ';';
}

const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * Splits CSV text into records (RFC 4180): a field that starts with a quote runs to the next lone
 * quote, `""` inside it is one quote, and it may hold separators and line breaks, which become LF.
 * Blank lines are records of one empty field, so that every record keeps its line in the file.
 */
export function readCsvRecords(text: string, separator: CsvSeparator): CsvRecord[] {
  const records: CsvRecord[] = [];
  let line = 1;
  try {
    parse(text, {
      ...SPREADSHEET_CSV,
      delimiter: separator,
      on_record: (fields: string[]) => {
        records.push({ line, fields: fields.map((field) => field.replace(LINE_BREAK, '\n')) });
        // A record spans one line plus the line breaks inside its quoted fields.
        line += 1 + fields.reduce((breaks, field) => breaks + (field.match(LINE_BREAK)?.length ?? 0), 0);
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw new CsvReadError(
      line,
      error.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'un guillemet ouvre un champ qui ne se referme jamais.'
        : "la ligne n'est pas du CSV lisible.",
    );
  }
  return records;
}
