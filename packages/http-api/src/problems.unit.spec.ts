import { describe, expect, it } from '@jest/globals';
import { reject, type Rejection } from '@cci/domain';

import { problemOfRejection, problems } from './problems.js';

describe('the HTTP answer to a domain rejection', () => {
  it('answers 403 when a CCI writes for another, keeping the stable code', () => {
    const problem = problemOfRejection(
      reject.forbidden('autre-cci', 'Une CCI ne peut écrire que pour elle-même.'),
    );
    expect(problem).toMatchObject({
      status: 403,
      type: '/problemes/acces-refuse',
      code: 'autre-cci',
      detail: 'Une CCI ne peut écrire que pour elle-même.',
    });
  });

  it('answers 409 with the current version, so that the client can reload and retry', () => {
    const rejection: Rejection = {
      kind: 'conflict',
      code: 'version-perimee',
      message: 'Le mode a changé depuis votre lecture.',
      currentVersion: 7,
    };
    expect(problemOfRejection(rejection)).toMatchObject({
      status: 409,
      code: 'version-perimee',
      currentVersion: 7,
    });
  });

  it('answers 422 for a broken business rule, naming the field', () => {
    const problem = problemOfRejection(
      reject.invalid('periode-future', 'La période n’a pas commencé.', 'period'),
    );
    expect(problem).toMatchObject({ status: 422, type: '/problemes/regle-metier', field: 'period' });
  });

  it('answers 404 for something the reference data does not know', () => {
    const rejection: Rejection = {
      kind: 'not-found',
      code: 'cci-inconnue',
      message: 'CCI inconnue.',
      field: 'cciId',
    };
    expect(problemOfRejection(rejection)).toMatchObject({
      status: 404,
      code: 'cci-inconnue',
      field: 'cciId',
    });
  });
});

describe('the problems the API answers with', () => {
  it('sums up several validation errors in one French sentence', () => {
    const problem = problems.validation([
      { field: 'value', rule: 'nombre', message: 'La valeur doit être un nombre.' },
      { field: 'period', rule: 'format', message: 'La période doit s’écrire 2024-T3.' },
    ]);
    expect(problem.status).toBe(422);
    expect(problem.detail).toBe(
      '2 erreurs : La valeur doit être un nombre. La période doit s’écrire 2024-T3.',
    );
  });

  it('tells the client when to retry after a rate limit', () => {
    expect(problems.tooManyRequests(3)).toMatchObject({ status: 429, retryAfterSeconds: 3 });
    expect(problems.tooManyRequests(3).detail).toContain('dans 3 s');
  });
});
