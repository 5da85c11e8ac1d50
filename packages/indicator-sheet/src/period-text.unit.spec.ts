import { describe, expect, it } from '@jest/globals';

import { readPeriodText } from './period-text.js';

describe('readPeriodText', () => {
  it.each([
    ['2024-T3', '2024-T3'],
    ['2024 T3', '2024-T3'],
    ['T3 2024', '2024-T3'],
    ['t3-2024', '2024-T3'],
    ['2024T3', '2024-T3'],
    ['T3\u00a02024', '2024-T3'],
    [' 2024 ', '2024'],
  ])('reads « %s » as %s', (text, period) => {
    expect(readPeriodText(text)).toBe(period);
  });

  it.each(['2024-T5', 'T0 2024', '3T 2024', '24-T3', 'troisième trimestre 2024', '2024-Q3', ''])(
    'refuses « %s »',
    (text) => {
      expect(readPeriodText(text)).toBeNull();
    },
  );
});
