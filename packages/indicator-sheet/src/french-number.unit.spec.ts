import { describe, expect, it } from '@jest/globals';

import { readFrenchNumber } from './french-number.js';

describe('readFrenchNumber', () => {
  it.each([
    ['42', 42],
    ['12,5', 12.5],
    ['  12,5  ', 12.5],
    ['-3', -3],
    ['1 234', 1234],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234\u202f567', 1234567],
    ['1.234,5', 1234.5],
    ['1.234.567', 1234567],
    ['12.5', 12.5],
    ['0.750', 0.75],
    ['1,5E+12', 1.5e12],
    ['0,5', 0.5],
  ])('reads « %s » as %d', (text, value) => {
    expect(readFrenchNumber(text)).toEqual({ value });
  });

  it.each(['douze', '12 5', '1 2345', '12,5,3', '1.234,5.6', '12,', '', '1e', 'Infinity'])(
    'refuses « %s »',
    (text) => {
      expect(readFrenchNumber(text)).toEqual({ problem: "n'est pas un nombre" });
    },
  );

  it('refuses "1.234" rather than guess between 1234 and 1,234', () => {
    expect(readFrenchNumber('1.234')).toEqual({
      problem: 'est ambiguë : écrivez 1234 pour un nombre entier ou 1,234 pour un nombre décimal',
    });
  });
});
