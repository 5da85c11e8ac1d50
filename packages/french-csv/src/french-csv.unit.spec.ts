import { describe, expect, it } from '@jest/globals';

import { frenchCsv } from './french-csv.js';

describe('French CSV', () => {
  it('writes what Excel in French reads: BOM, semicolons, decimal commas, oui/non, empty for nothing, CRLF', () => {
    expect(
      frenchCsv(
        ['CCI', 'Réalisé', "Taux d'atteinte", 'Dans les délais'],
        [
          ['CCI Rouen Métropole', 280, 0.4794, true],
          ['CCI Seine Estuaire', null, null, false],
        ],
      ),
    ).toBe(
      "\uFEFFCCI;Réalisé;Taux d'atteinte;Dans les délais\r\n" +
        'CCI Rouen Métropole;280;0,4794;oui\r\n' +
        'CCI Seine Estuaire;;;non\r\n',
    );
  });

  it('quotes a field holding a separator, a quote or a line break', () => {
    expect(frenchCsv(['Commentaire'], [['Salon « Made in » ; 2 jours'], ['Dit « "bien" »\nà revoir']])).toBe(
      '\uFEFFCommentaire\r\n"Salon « Made in » ; 2 jours"\r\n"Dit « ""bien"" »\nà revoir"\r\n',
    );
  });

  it('keeps a comment that a spreadsheet would run as a formula as mere text, and negative numbers as numbers', () => {
    const csv = frenchCsv(
      ['Commentaire'],
      [['=HYPERLINK("http://x","clic")'], ['+33 2 43'], ['@SOMME'], ['\tTAB'], [-4]],
    );
    expect(csv.split('\r\n').slice(1, 6)).toEqual([
      '"\'=HYPERLINK(""http://x"",""clic"")"',
      "'+33 2 43",
      "'@SOMME",
      "'\tTAB",
      '-4',
    ]);
  });
});
