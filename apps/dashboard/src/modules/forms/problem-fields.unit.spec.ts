import { describe, expect, it } from '@jest/globals';

import { ApiProblem, problemOf } from '../../api/api-problem.js';
import { placeProblem } from './problem-fields.js';

const validation = problemOf('saisie', 422, {
  type: '/problemes/validation',
  title: 'Données invalides',
  status: 422,
  detail: '3 erreurs : …',
  errors: [
    { field: 'value', rule: 'invalid_type', message: 'Le champ « value » doit être un nombre.' },
    { field: 'value', rule: 'too_small', message: 'Le champ « value » doit être supérieur ou égal à 0.' },
    {
      field: 'delegate.cciId',
      rule: 'custom',
      message: 'Le champ « delegate.cciId » est obligatoire pour ce type de délégataire.',
    },
    {
      field: 'expectedVersion',
      rule: 'invalid_type',
      message: 'Le champ « expectedVersion » est obligatoire.',
    },
  ],
});

describe("an API problem's place in a form", () => {
  it('puts each message beside the field it names, the first one per field, and the rest above the form', () => {
    expect(placeProblem(validation, ['value', 'delegate.cciId', 'comment'])).toEqual({
      fields: [
        { field: 'value', message: 'Le champ « value » doit être un nombre.' },
        {
          field: 'delegate.cciId',
          message: 'Le champ « delegate.cciId » est obligatoire pour ce type de délégataire.',
        },
      ],
      form: ['Le champ « expectedVersion » est obligatoire.'],
    });
  });

  it('puts a message about a part of a field beside the field, when the form shows it whole', () => {
    expect(placeProblem(validation, ['value', 'delegate']).fields).toContainEqual({
      field: 'delegate',
      message: 'Le champ « delegate.cciId » est obligatoire pour ce type de délégataire.',
    });
  });

  it('puts a refusal that names one field (a conflict) beside it, and any other one above the form', () => {
    const conflict = new ApiProblem(
      409,
      'La valeur a changé depuis votre lecture.',
      'version-perimee',
      [],
      'value',
      3,
    );
    expect(placeProblem(conflict, ['value'])).toEqual({
      fields: [{ field: 'value', message: 'La valeur a changé depuis votre lecture.' }],
      form: [],
    });
    const forbidden = problemOf('saisie', 403, {
      title: 'Accès refusé',
      detail: 'Une CCI ne déclare que pour elle-même.',
    });
    expect(placeProblem(forbidden, ['value'])).toEqual({
      fields: [],
      form: ['Une CCI ne déclare que pour elle-même.'],
    });
  });
});
