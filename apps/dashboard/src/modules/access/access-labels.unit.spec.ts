import { describe, expect, it } from '@jest/globals';

import { changeText, rolesText } from './access-labels.js';

describe('the lists as the pages show them', () => {
  it('says when and by whom the directory changed, in Paris time', () => {
    expect(changeText({ at: '2026-03-12T09:04:00.000Z', by: 'Isabelle Rousseau' })).toBe(
      'le 12 mars 2026 à 10:04, par Isabelle Rousseau',
    );
    expect(changeText({ at: '2026-07-01T22:30:00.000Z', by: null })).toBe('le 2 juillet 2026 à 00:30');
    expect(rolesText(['saisie', 'lecture'])).toBe('saisie, lecture');
  });
});
