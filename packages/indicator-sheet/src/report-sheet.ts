import {
  CsvReadError,
  decodeSpreadsheet,
  detectSeparator,
  readCsvRecords,
  type CsvRecord,
  type CsvSeparator,
  type SpreadsheetEncoding,
} from '@cci/french-csv';

import { InputError } from './input-error.js';

/** The columns of an indicator sheet, in the template's order, with the names the template writes. */
export const REPORT_COLUMNS = {
  cci: 'CCI',
  indicator: 'Indicateur',
  label: 'Libellé',
  period: 'Période',
  value: 'Valeur',
  unit: 'Unité',
  comment: 'Commentaire',
} as const;

export type ReportColumn = keyof typeof REPORT_COLUMNS;

/** The cells a row's validation reads: the label is informative only, a missing comment is empty. */
export type ReportCells = Record<Exclude<ReportColumn, 'label'>, string>;

/** A data row and its line in the file (the header is line 1 when the file starts with it). */
export type SheetRow = { line: number; cells: ReportCells };

/** Why a row cannot be imported; the message reads after "Ligne 42 : ". */
export type RowProblem = { line: number; message: string };

export type ReportSheet = {
  encoding: SpreadsheetEncoding;
  separator: CsvSeparator;
  rows: SheetRow[];
  problems: RowProblem[];
};

/** Header texts, compared without case, accents or repeated spaces. */
const HEADER_VARIANTS: Record<string, ReportColumn> = {
  cci: 'cci',
  'code cci': 'cci',
  indicateur: 'indicator',
  'code indicateur': 'indicator',
  libelle: 'label',
  periode: 'period',
  valeur: 'value',
  unite: 'unit',
  commentaire: 'comment',
  commentaires: 'comment',
};

const REQUIRED_COLUMNS: readonly ReportColumn[] = ['cci', 'indicator', 'period', 'value', 'unit'];

function headerKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .trim();
}

/** "A", "B", … "AA": how the spreadsheet names the column at this index. */
function columnLetter(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : `${columnLetter(Math.floor(index / 26) - 1)}${letter}`;
}

function quoted(names: readonly string[]): string {
  return names.map((name) => `« ${name} »`).join(', ');
}

/**
 * Maps each header cell to its column. Empty header cells are allowed (Excel keeps a column once
 * touched beyond the table); unknown and repeated names are errors, so that no figure is dropped
 * silently.
 */
function readHeader(fields: readonly string[], line: number): Map<number, ReportColumn> {
  const columns = new Map<number, ReportColumn>();
  const unknown: string[] = [];
  const repeated: string[] = [];
  fields.forEach((text, index) => {
    if (text.trim() === '') return;
    const column = HEADER_VARIANTS[headerKey(text)];
    if (column === undefined) unknown.push(text.trim());
    else if ([...columns.values()].includes(column)) repeated.push(text.trim());
    else columns.set(index, column);
  });
  const found = new Set(columns.values());
  const missing = REQUIRED_COLUMNS.filter((column) => !found.has(column)).map((c) => REPORT_COLUMNS[c]);
  const problems = [
    ...(unknown.length > 0 ? [`colonne(s) inconnue(s) : ${quoted(unknown)}`] : []),
    ...(repeated.length > 0 ? [`colonne(s) en double : ${quoted(repeated)}`] : []),
    ...(missing.length > 0 ? [`colonne(s) obligatoire(s) absente(s) : ${quoted(missing)}`] : []),
  ];
  if (problems.length > 0) {
    throw new InputError(
      `Ligne ${line} (en-tête) : ${problems.join(' ; ')}. Colonnes attendues : ` +
        `${Object.values(REPORT_COLUMNS).join(', ')} (Libellé et Commentaire sont facultatives).`,
    );
  }
  return columns;
}

/** The file's records; a text that is not CSV is input to fix, its line named. */
function csvRecords(text: string, separator: CsvSeparator): CsvRecord[] {
  try {
    return readCsvRecords(text, separator);
  } catch (error) {
    if (error instanceof CsvReadError) throw new InputError(error.message);
    throw error;
  }
}

/**
 * Reads the bytes of a CSV exported from a spreadsheet into rows: decoding, separator, header, and
 * rows whose every cell is empty skipped (spreadsheets export formatted empty rows as ";;;;;;").
 */
export function readReportSheet(bytes: Uint8Array): ReportSheet {
  const { text, encoding } = decodeSpreadsheet(bytes);
  const separator = detectSeparator(text);
  const records = csvRecords(text, separator).filter((r) => r.fields.some((f) => f.trim() !== ''));
  const [header, ...data] = records;
  if (header === undefined) throw new InputError('Le fichier est vide.');
  const columns = readHeader(header.fields, header.line);
  if (data.length === 0) throw new InputError("Le fichier n'a aucune ligne de données sous l'en-tête.");

  const rows: SheetRow[] = [];
  const problems: RowProblem[] = [];
  for (const record of data) {
    const cells: ReportCells = { cci: '', indicator: '', period: '', value: '', unit: '', comment: '' };
    let stray: { index: number; text: string } | null = null;
    for (const [index, text] of record.fields.entries()) {
      const column = columns.get(index);
      if (column === undefined) {
        if (stray === null && text.trim() !== '') stray = { index, text: text.trim() };
      } else if (column !== 'label') {
        cells[column] = text;
      }
    }
    if (stray === null) {
      rows.push({ line: record.line, cells });
    } else {
      problems.push({
        line: record.line,
        message: `la colonne ${columnLetter(stray.index)} n'a pas d'en-tête mais contient « ${stray.text} ».`,
      });
    }
  }
  return { encoding, separator, rows, problems };
}
