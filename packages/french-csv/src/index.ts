export { frenchCsv, type CsvValue } from './french-csv.js';
export {
  CsvReadError,
  detectSeparator,
  readCsvRecords,
  type CsvRecord,
  type CsvSeparator,
} from './csv-records.js';
export { decodeSpreadsheet, type SpreadsheetEncoding } from './spreadsheet-text.js';
