import { describe, expect, it } from '@jest/globals';

import type { EntryLine } from '../../api/read-api-types.js';
import { checkEntry, entryFieldsOf, entryStatus } from './entry-check.js';

const line: EntryLine = {
  version: 0,
  declaredVersion: null,
  state: 'a-declarer',
  value: null,
  unitId: 'entreprises',
  comment: null,
  declaredAt: null,
  declaredBy: null,
  late: null,
  validatedAt: null,
  validatedBy: null,
  sentBackAt: null,
  sentBackBy: null,
  sentBackComment: null,
  indicatorId: 'premier-niveau-information',
  label: "Entreprises ayant bénéficié d'un premier niveau gratuit d'information",
  axisId: 'transitions-numerique-economique-rh',
  target: null,
  previousPeriod: { period: '2024-T2', value: 200 },
  draft: null,
  expectedVersion: 0,
};
const context = { cciId: 'cci-rouen-metropole', period: '2024-T3', now: new Date('2024-11-15T10:00:00Z') };

describe('a figure typed on the Saisie page', () => {
  it('reads a French number with its thousands and keeps it, without a comment, as a draft', () => {
    expect(checkEntry(line, { value: '1 234', comment: '' }, context, 'draft')).toEqual({
      figure: { value: 1234, comment: null },
      errors: {},
    });
  });

  it('says why a value is not a number, and refuses what the domain refuses, in its words', () => {
    expect(checkEntry(line, { value: 'douze', comment: '' }, context, 'draft').errors).toEqual({
      value: "La valeur « douze » n'est pas un nombre.",
    });
    expect(checkEntry(line, { value: '12,5', comment: '' }, context, 'draft').errors).toEqual({
      value: 'Une valeur en entreprises est un nombre entier (12.5).',
    });
    expect(checkEntry(line, { value: '-3', comment: '' }, context, 'declare').errors).toEqual({
      value: 'Une valeur en entreprises ne peut pas être négative (-3).',
    });
  });

  it('asks for a value, then for a comment, before declaring a figure far from the previous quarter', () => {
    expect(checkEntry(line, { value: ' ', comment: '' }, context, 'declare').errors).toEqual({
      value: 'Saisissez une valeur avant de la déclarer.',
    });
    expect(checkEntry(line, { value: '900', comment: '' }, context, 'declare').errors).toEqual({
      comment:
        'Un commentaire est obligatoire : 900 entreprises s’écarte de plus de 50 % de la valeur de T2 2024 (200 entreprises). Expliquez l’écart.',
    });
    expect(checkEntry(line, { value: '900', comment: 'Salon régional' }, context, 'declare')).toEqual({
      figure: { value: 900, comment: 'Salon régional' },
      errors: {},
    });
  });

  it('starts from the draft, else from the declared figure, and names a draft apart from what is declared', () => {
    const drafted: EntryLine = {
      ...line,
      draft: {
        value: 1500,
        unitId: 'entreprises',
        comment: 'Provisoire',
        draftedAt: '2024-10-02T08:00:00Z',
        person: null,
      },
    };
    expect(entryFieldsOf(drafted)).toEqual({ value: (1500).toLocaleString('fr-FR'), comment: 'Provisoire' });
    expect(entryStatus(drafted)).toBe('brouillon');
    const declared: EntryLine = { ...line, state: 'renvoyee', value: 210, comment: null };
    expect(entryFieldsOf(declared)).toEqual({ value: '210', comment: '' });
    expect(entryStatus(declared)).toBe('renvoyee');
  });
});
