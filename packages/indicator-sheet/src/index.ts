export * from './french-number.js';
export * from './input-error.js';
export * from './period-text.js';
export * from './report-sheet.js';
export * from './report-validation.js';
