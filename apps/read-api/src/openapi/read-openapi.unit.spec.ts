import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from '@jest/globals';
import {
  breakingChanges,
  checkOpenApiContract,
  invalidExamples,
  repeatedIdempotencyKeys,
} from '@cci/contracts';

import { readOpenApi } from './read-openapi.js';

const committed = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'openapi.json');
const generated = readOpenApi();

type Schemas = Record<string, { properties: Record<string, unknown>; required: string[] }>;
const schemasOf = (document: Record<string, unknown>) =>
  (document.components as { schemas: Schemas }).schemas;

describe("the read API's OpenAPI document", () => {
  it('is committed as the code generates it, and breaks no client of its previous version without a major bump', () => {
    const check = checkOpenApiContract(committed, generated, 'npm run contracts -w @cci/read-api');
    for (const note of check.notes) console.warn(note);
    expect(check.failures).toEqual([]);
  });

  it('gives examples that their own schemas accept, none sharing an idempotency key', () => {
    expect(invalidExamples(generated)).toEqual([]);
    expect(repeatedIdempotencyKeys(generated)).toEqual([]);
  });

  it('names every view the dashboard reads', () => {
    expect(Object.keys(schemasOf(generated))).toEqual(
      expect.arrayContaining([
        'MeView',
        'ReferenceView',
        'RegionalView',
        'NationalView',
        'AuditView',
        'MonitoringView',
        'ReconciliationView',
      ]),
    );
  });

  // What `npm test` says when a change to a view breaks the dashboard or another client.
  describe('changed in a way that breaks clients, without a major version bump', () => {
    const changed = (edit: (schemas: Schemas) => void) => {
      const document = structuredClone(generated);
      edit(schemasOf(document));
      return breakingChanges({ label: 'committe', document: generated }, { label: 'genere', document });
    };

    it('is refused with oasdiff’s message when a response field is removed', () => {
      const result = changed((schemas) => {
        delete schemas.RegionSummary!.properties.name;
        schemas.RegionSummary!.required = schemas.RegionSummary!.required.filter((f) => f !== 'name');
      });
      expect(result.allowed).toBe(false);
      expect(result.report).toContain('removed the required property `region/name` from the response');
    });

    it('is refused when a response field is renamed', () => {
      const result = changed((schemas) => {
        const summary = schemas.RegionSummary!;
        summary.properties.label = summary.properties.name;
        delete summary.properties.name;
        summary.required = summary.required.map((f) => (f === 'name' ? 'label' : f));
      });
      expect(result.allowed).toBe(false);
      expect(result.report).toContain('response-required-property-removed');
    });

    it('passes when an optional response field is added', () => {
      const result = changed((schemas) => {
        schemas.RegionSummary!.properties.nickname = { type: 'string' };
      });
      expect(result.allowed).toBe(true);
    });
  });
});
