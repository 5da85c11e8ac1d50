import { commandSchemas, validationIssues, frenchErrors } from '@cci/domain';
import { describe, expect, it } from '@jest/globals';

import { projectionCommandInput, targetCommandInput, targetFigureProblem } from './target-form-values.js';

const decidedBy = { bodyId: 'comex', on: '2025-01-20' };

describe('the targets and projections forms as commands', () => {
  it('gives a target without rationale nor date what the domain accepts', () => {
    const input = targetCommandInput({
      cciId: 'cci-caen-normandie',
      indicatorId: 'premier-niveau-information',
      year: 2025,
      target: '1 200',
      rationale: '  ',
      decidedBy: { bodyId: 'bureau-regional', on: '' },
    });
    expect(input).toEqual({
      cciId: 'cci-caen-normandie',
      indicatorId: 'premier-niveau-information',
      year: 2025,
      target: 1200,
      rationale: undefined,
      decidedBy: { bodyId: 'bureau-regional', on: undefined },
    });
    expect(commandSchemas.SetIndicatorTarget.safeParse({ ...input, unitId: 'entreprises' }).success).toBe(
      true,
    );
  });

  it('reads the target the French way, and says why a typed target is not a number', () => {
    const form = {
      cciId: 'cci-caen-normandie',
      indicatorId: 'premier-niveau-information',
      year: 2025,
      rationale: '',
      decidedBy,
    };
    expect(targetCommandInput({ ...form, target: '1 234,5' }).target).toBe(1234.5);
    expect(targetFigureProblem('1 234,5')).toBeNull();
    expect(targetFigureProblem('douze')).toBe("La valeur « douze » n'est pas un nombre.");
    expect(targetFigureProblem('2.400')).toBe(
      'La valeur « 2.400 » est ambiguë : écrivez 2400 pour un nombre entier ou 2,400 pour un nombre décimal.',
    );
    expect(targetCommandInput({ ...form, target: 'douze' }).target).toBeUndefined();
    // An empty target is a missing one: the domain's schema names it.
    expect(targetFigureProblem(' ')).toBeNull();
    const parsed = commandSchemas.SetIndicatorTarget.safeParse(
      { ...targetCommandInput({ ...form, target: ' ' }), unitId: 'entreprises' },
      frenchErrors,
    );
    expect(parsed.success).toBe(false);
    if (!parsed.success)
      expect(validationIssues(parsed.error).map((issue) => issue.field)).toEqual(['target']);
  });

  it('leaves the delegate out unless a kind is chosen, and names a missing delegate CCI by its path', () => {
    const base = {
      cciId: 'cci-caen-normandie',
      macroProcessId: 'si-gouvernance',
      mode: 'I',
      rationale: 'Décision du Bureau',
      decidedBy,
    };
    expect(
      projectionCommandInput({ ...base, mode: 'M', delegate: { kind: '', cciId: '', name: '' } }),
    ).toMatchObject({
      delegate: null,
    });
    const parsed = commandSchemas.SetProcessModeTarget.safeParse(
      {
        ...projectionCommandInput({ ...base, delegate: { kind: 'ccir', cciId: '', name: '' } }),
        expectedVersion: 0,
      },
      frenchErrors,
    );
    expect(parsed.success).toBe(false);
    if (!parsed.success)
      expect(validationIssues(parsed.error).map((issue) => issue.field)).toEqual(['delegate.cciId']);
  });
});
