import { asOfQuery, commandSchemas, parseCommand } from '@cci/domain';
import { describe, expect, it } from '@jest/globals';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';

import { domainResolver } from './domain-resolver.js';

/**
 * What react-hook-form gets from the resolver on submit: the values it sends, or each field's error.
 * The values are what the inputs hold, which the schema may refuse: that is the point, hence the cast.
 */
async function submit<V extends FieldValues, O>(resolver: Resolver<V, unknown, O>, values: FieldValues) {
  return resolver(values as V, undefined, { fields: {}, shouldUseNativeValidation: false });
}

const messages = (errors: FieldErrors) =>
  Object.fromEntries(Object.entries(errors).map(([field, error]) => [field, error?.message]));

describe("a form checked with the domain's schema", () => {
  it('refuses each field with the very sentence the ingest API answers for the same body', async () => {
    const body = {
      cciId: 'cci-rouen-metropole',
      indicatorId: 'premier-niveau-information',
      period: '2025-T5',
      value: 'beaucoup',
      unitId: 'entreprises',
      comment: '   ',
    };
    const api = parseCommand('ReportIndicator', body);
    // A form shows the first of the API's messages about a field (`placeProblem` does the same).
    const apiMessages: Record<string, string> = {};
    for (const issue of 'issues' in api ? api.issues : []) apiMessages[issue.field] ??= issue.message;
    const { errors } = await submit(domainResolver(commandSchemas.ReportIndicator), body);
    expect(messages(errors)).toEqual(apiMessages);
    expect(messages(errors)).toEqual({
      period: 'Le champ « period » doit être une période « AAAA-Tn » (trimestre) ou « AAAA » (année).',
      value: 'Le champ « value » doit être un nombre.',
      comment: 'Le champ « comment » doit contenir au moins 1 caractère(s).',
    });
  });

  it('names a nested field by its path, as the API does', async () => {
    const body = {
      cciId: 'cci-mayenne',
      macroProcessId: 'si-gouvernance',
      from: 'A',
      to: 'I',
      delegate: { kind: 'ccir' },
      effectiveDate: '2015-01-01',
      rationale: 'Délégation de la fonction SI régionale',
      expectedVersion: 0,
    };
    const { errors } = await submit(domainResolver(commandSchemas.ChangeProcessMode), body);
    expect(errors.delegate).toMatchObject({
      cciId: { message: 'Le champ « delegate.cciId » est obligatoire pour ce type de délégataire.' },
    });
  });

  it("gives the schema's output (its defaults) when the values are accepted", async () => {
    const result = await submit(domainResolver(asOfQuery('2026-11-24')), { asOf: '2013-12-31' });
    expect(result).toEqual({ values: { asOf: '2013-12-31' }, errors: {} });
    const future = await submit(domainResolver(asOfQuery('2026-11-24')), { asOf: '2026-12-01' });
    expect(messages(future.errors)).toEqual({ asOf: 'Le champ « asOf » ne peut pas être une date future.' });
  });
});
