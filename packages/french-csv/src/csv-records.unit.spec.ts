import { describe, expect, it } from '@jest/globals';

import { CsvReadError, detectSeparator, readCsvRecords } from './csv-records.js';
import { frenchCsv } from './french-csv.js';

describe('detectSeparator', () => {
  it('finds ";" in a French export and "," in an English one, from the header line', () => {
    expect(detectSeparator('CCI;Indicateur;Valeur\ncci-a;x;1,5')).toBe(';');
    expect(detectSeparator('CCI,Indicateur,Valeur\ncci-a,x,"1,5"')).toBe(',');
  });

  it('ignores separators inside quotes and blank lines before the header', () => {
    expect(detectSeparator('\n\n"Valeur, en €";Unité;Commentaire')).toBe(';');
  });
});

describe('readCsvRecords', () => {
  it('splits LF and CRLF lines alike, numbering them from 1', () => {
    expect(readCsvRecords('a;b\r\nc;d\ne;f', ';')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['c', 'd'] },
      { line: 3, fields: ['e', 'f'] },
    ]);
  });

  it('keeps separators and doubled quotes inside quoted fields', () => {
    expect(readCsvRecords('"12,5";"il a dit ""oui""; puis non"\n', ';')).toEqual([
      { line: 1, fields: ['12,5', 'il a dit "oui"; puis non'] },
    ]);
    expect(readCsvRecords('a,"1,5",c', ',')).toEqual([{ line: 1, fields: ['a', '1,5', 'c'] }]);
  });

  it('gives a record the line it starts on when a quoted field spans lines', () => {
    expect(readCsvRecords('h1;h2\r\nx;"ligne 1\r\nligne 2"\r\ny;z\r\n', ';')).toEqual([
      { line: 1, fields: ['h1', 'h2'] },
      { line: 2, fields: ['x', 'ligne 1\nligne 2'] },
      { line: 4, fields: ['y', 'z'] },
    ]);
  });

  it('keeps empty fields and blank lines as records (the sheet reader skips them)', () => {
    expect(readCsvRecords('a;;c\n\n;;\n', ';')).toEqual([
      { line: 1, fields: ['a', '', 'c'] },
      { line: 2, fields: [''] },
      { line: 3, fields: ['', '', ''] },
    ]);
  });

  it('names the line of a quote that never closes', () => {
    expect(() => readCsvRecords('a;b\nc;"pas fini\nd;e', ';')).toThrow(
      new CsvReadError(2, 'un guillemet ouvre un champ qui ne se referme jamais.'),
    );
  });
});

describe('French CSV, written then read', () => {
  it('reads back the fields it quoted, line breaks included', () => {
    const fields = ['cci-a', 'Avis; contributions', 'il a dit "oui"', '', 'deux\r\nlignes'];
    const text = frenchCsv(['a', 'b', 'c', 'd', 'e'], [fields]).slice(1);

    expect(text.split('\r\n')[1]).toBe('cci-a;"Avis; contributions";"il a dit ""oui""";;"deux');
    expect(readCsvRecords(text, ';')).toEqual([
      { line: 1, fields: ['a', 'b', 'c', 'd', 'e'] },
      { line: 2, fields: ['cci-a', 'Avis; contributions', 'il a dit "oui"', '', 'deux\nlignes'] },
    ]);
  });
});
