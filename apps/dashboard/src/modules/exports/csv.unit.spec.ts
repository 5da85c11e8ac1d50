import { describe, expect, it } from '@jest/globals';

import { csvFileName } from './csv.js';

describe('CSV downloads', () => {
  it('names files without accents or spaces', () => {
    expect(csvFileName('complétude par CCI', 'Pays de la Loire', '2026-11-23')).toBe(
      'completude-par-cci-pays-de-la-loire-2026-11-23.csv',
    );
  });
});
