export { frenchCsv, type CsvValue } from './french-csv.js';
