import { describe, expect, it } from '@jest/globals';

import { decodeSpreadsheet } from './spreadsheet-text.js';

/** Windows-1252 bytes of a text: Latin-1 below U+0100, and the code page's own bytes for ’ € œ. */
function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { '’': 0x92, '€': 0x80, œ: 0x9c, '…': 0x85 };
  return Uint8Array.from(text, (c) => special[c] ?? c.charCodeAt(0));
}

describe('decodeSpreadsheet', () => {
  it('reads UTF-8 with a BOM ("CSV UTF-8" in Excel) and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Période;Unité')]);

    expect(decodeSpreadsheet(bytes)).toEqual({ text: 'Période;Unité', encoding: 'UTF-8' });
  });

  it('reads UTF-8 without a BOM (LibreOffice)', () => {
    const bytes = new TextEncoder().encode('Libellé;Commentaire\nÉvénement « cœur »');

    expect(decodeSpreadsheet(bytes)).toEqual({
      text: 'Libellé;Commentaire\nÉvénement « cœur »',
      encoding: 'UTF-8',
    });
  });

  it('reads Windows-1252 ("CSV (séparateur : point-virgule)" in Excel), 0x80-0x9F included', () => {
    const text = 'Période;Unité\n2024-T3;l’entreprise a versé 1 200 € … œuvre';

    expect(decodeSpreadsheet(windows1252(text))).toEqual({ text, encoding: 'Windows-1252' });
  });

  it('reads a plain ASCII file as UTF-8', () => {
    expect(decodeSpreadsheet(new TextEncoder().encode('CCI;Valeur'))).toEqual({
      text: 'CCI;Valeur',
      encoding: 'UTF-8',
    });
  });
});
