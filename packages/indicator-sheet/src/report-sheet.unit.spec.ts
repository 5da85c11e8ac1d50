import { describe, expect, it } from '@jest/globals';

import { InputError } from './input-error.js';
import { readReportSheet } from './report-sheet.js';

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

const ROW = {
  cci: 'cci-a',
  indicator: 'ind',
  period: '2024-T3',
  value: '12',
  unit: 'entreprises',
  comment: '',
};

describe('readReportSheet', () => {
  it('maps the template header to the columns, with the file line of each row', () => {
    const sheet = readReportSheet(
      utf8(
        '\uFEFFCCI;Indicateur;Libellé;Période;Valeur;Unité;Commentaire\r\n' +
          'cci-a;ind;Un libellé;2024-T3;12;entreprises;RAS\r\n',
      ),
    );

    expect(sheet).toEqual({
      encoding: 'UTF-8',
      separator: ';',
      rows: [{ line: 2, cells: { ...ROW, comment: 'RAS' } }],
      problems: [],
    });
  });

  it('accepts headers in any case, without accents, with their variants, in any order', () => {
    const sheet = readReportSheet(
      utf8('valeur,UNITE,Code  indicateur,Periode,code cci,LIBELLE\n12,entreprises,ind,2024-T3,cci-a,x\n'),
    );

    expect(sheet.separator).toBe(',');
    expect(sheet.rows).toEqual([{ line: 2, cells: ROW }]);
  });

  it('makes the Commentaire column optional', () => {
    const sheet = readReportSheet(
      utf8('CCI;Indicateur;Période;Valeur;Unité\ncci-a;ind;2024-T3;12;entreprises'),
    );

    expect(sheet.rows).toEqual([{ line: 2, cells: ROW }]);
  });

  it('names the unknown columns and the missing required ones', () => {
    expect(() =>
      readReportSheet(utf8('CCI;Indicateur;Montant;Période;Remarque\ncci-a;ind;12;2024-T3;x')),
    ).toThrow(
      new InputError(
        'Ligne 1 (en-tête) : colonne(s) inconnue(s) : « Montant », « Remarque » ; ' +
          'colonne(s) obligatoire(s) absente(s) : « Valeur », « Unité ». ' +
          'Colonnes attendues : CCI, Indicateur, Libellé, Période, Valeur, Unité, Commentaire ' +
          '(Libellé et Commentaire sont facultatives).',
      ),
    );
  });

  it('refuses a column given twice', () => {
    expect(() => readReportSheet(utf8('CCI;Code CCI;Indicateur;Période;Valeur;Unité\n'))).toThrow(
      /colonne\(s\) en double : « Code CCI »/,
    );
  });

  it('skips blank lines and rows of empty cells, keeping the file line numbers', () => {
    const sheet = readReportSheet(
      utf8(
        '\nCCI;Indicateur;Période;Valeur;Unité\n\ncci-a;ind;2024-T3;12;entreprises\n;;;;\n  \ncci-a;ind;2024-T4;3;entreprises\n',
      ),
    );

    expect(sheet.rows.map((row) => row.line)).toEqual([4, 7]);
  });

  it('ignores a column without a header, unless a row puts a value in it', () => {
    const sheet = readReportSheet(
      utf8(
        'CCI;Indicateur;Période;Valeur;Unité;;\ncci-a;ind;2024-T3;12;entreprises;;\ncci-a;ind;2024-T4;12;entreprises;;oubli\n',
      ),
    );

    expect(sheet.rows).toEqual([{ line: 2, cells: ROW }]);
    expect(sheet.problems).toEqual([
      { line: 3, message: "la colonne G n'a pas d'en-tête mais contient « oubli »." },
    ]);
  });

  it('refuses an empty file and a header without rows', () => {
    expect(() => readReportSheet(utf8('\uFEFF\r\n'))).toThrow(new InputError('Le fichier est vide.'));
    expect(() => readReportSheet(utf8('CCI;Indicateur;Période;Valeur;Unité\r\n;;;;\r\n'))).toThrow(
      new InputError("Le fichier n'a aucune ligne de données sous l'en-tête."),
    );
  });
});
