import { describe, expect, it } from '@jest/globals';

import { csvFileName, toCsv } from './csv.js';

describe('CSV built in the browser', () => {
  it('is written as the read API writes its exports: BOM, semicolons, decimal comma, CRLF', () => {
    const csv = toCsv(
      ['CCI', 'Réalisé', "Taux d'atteinte", 'Dans les délais', 'Commentaire'],
      [
        ['CCI Rouen Métropole', 280, 0.4794, true, 'Permanences; salons'],
        ['CCI Seine Estuaire', null, null, false, 'Dit « "bien" »\nà revoir'],
      ],
    );
    expect(csv).toBe(
      "\uFEFFCCI;Réalisé;Taux d'atteinte;Dans les délais;Commentaire\r\n" +
        'CCI Rouen Métropole;280;0,4794;oui;"Permanences; salons"\r\n' +
        'CCI Seine Estuaire;;;non;"Dit « ""bien"" »\nà revoir"\r\n',
    );
  });

  it('keeps a comment that a spreadsheet would run as a formula as mere text', () => {
    expect(toCsv(['Commentaire'], [['=1+1'], ['@SOMME'], [-4]])).toBe(
      "\uFEFFCommentaire\r\n'=1+1\r\n'@SOMME\r\n-4\r\n",
    );
  });

  it('names files without accents or spaces', () => {
    expect(csvFileName('complétude par CCI', 'Pays de la Loire', '2026-11-23')).toBe(
      'completude-par-cci-pays-de-la-loire-2026-11-23.csv',
    );
  });
});
