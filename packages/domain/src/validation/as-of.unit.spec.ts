import { describe, expect, it } from '@jest/globals';

import { asOfQuery } from './as-of.js';
import { frenchErrors, validationIssues } from './french-issues.js';

/** What the read API answers and the time-travel form shows for this `asOf`, on 24 November 2026. */
function refusals(asOf: unknown): string[] {
  const parsed = asOfQuery('2026-11-24').safeParse({ asOf }, frenchErrors);
  return parsed.success ? [] : validationIssues(parsed.error).map((issue) => issue.message);
}

describe('the "as of" day of a view', () => {
  it('accepts today, any past day, and no day at all (now)', () => {
    expect(refusals('2026-11-24')).toEqual([]);
    expect(refusals('2013-12-31')).toEqual([]);
    expect(refusals(undefined)).toEqual([]);
  });

  it('refuses a future day, an impossible date and an empty one, in French', () => {
    expect(refusals('2026-11-25')).toEqual(['Le champ « asOf » ne peut pas être une date future.']);
    expect(refusals('2024-02-30')).toEqual([
      'Le champ « asOf » doit être une date réelle au format AAAA-MM-JJ.',
    ]);
    expect(refusals('')).toEqual(['Le champ « asOf » doit être une date réelle au format AAAA-MM-JJ.']);
    expect(refusals(['2024-01-01', '2024-02-01'])).toEqual([
      'Le champ « asOf » doit être une chaîne de caractères.',
    ]);
  });

  it('names the rule a future day breaks, as clients read it: passe', () => {
    const parsed = asOfQuery('2026-11-24').safeParse({ asOf: '2026-11-25' }, frenchErrors);
    expect(parsed.success ? [] : validationIssues(parsed.error).map((issue) => issue.rule)).toEqual([
      'passe',
    ]);
  });
});
