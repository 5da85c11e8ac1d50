import { describe, expect, it } from '@jest/globals';

import { frenchCsv } from './csv.js';

describe('French CSV', () => {
  it('writes what Excel in French reads: BOM, semicolons, decimal commas, oui/non, CRLF', () => {
    expect(frenchCsv(['CCI', 'Valeur', 'Atteint'], [['CCI Mayenne', 12.5, true]])).toBe(
      '\uFEFFCCI;Valeur;Atteint\r\nCCI Mayenne;12,5;oui\r\n',
    );
  });

  it('quotes a field holding a separator, a quote or a line break', () => {
    expect(frenchCsv(['Commentaire'], [['Salon « Made in » ; 2 jours'], ['Dit "oui"']])).toBe(
      '\uFEFFCommentaire\r\n"Salon « Made in » ; 2 jours"\r\n"Dit ""oui"""\r\n',
    );
  });

  it('keeps a comment that a spreadsheet would run as a formula as mere text', () => {
    const csv = frenchCsv(
      ['Commentaire'],
      [['=HYPERLINK("http://x","clic")'], ['+33 2 43'], ['@SOMME'], [-4]],
    );
    expect(csv.split('\r\n').slice(1, 5)).toEqual([
      '"\'=HYPERLINK(""http://x"",""clic"")"',
      "'+33 2 43",
      "'@SOMME",
      '-4',
    ]);
  });
});
