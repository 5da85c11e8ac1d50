import { describe, expect, it } from '@jest/globals';

import { invalidExamples, repeatedIdempotencyKeys } from './openapi-examples.js';

function document(example: unknown, keys: [string, string]) {
  return {
    openapi: '3.1.0',
    info: { title: 'API', version: '1.0.0' },
    paths: {
      '/v1/reports': {
        post: {
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              schema: { type: 'string', examples: [keys[0]] },
            },
          ],
          requestBody: {
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Report' },
                examples: { exemple: { value: example } },
              },
            },
          },
          responses: { '201': { description: 'Enregistré' } },
        },
      },
      '/v1/reports/batch': {
        post: {
          requestBody: {
            content: {
              'application/json': {
                schema: { type: 'object' },
                examples: { lot: { value: { commands: [{ idempotencyKey: keys[1], body: {} }] } } },
              },
            },
          },
          responses: { '200': { description: 'Résultats' } },
        },
      },
    },
    components: {
      schemas: {
        Report: {
          type: 'object',
          properties: {
            period: { type: 'string', format: 'date', examples: ['2024-09-30'] },
            value: { type: 'integer', minimum: 0 },
          },
          required: ['period', 'value'],
          additionalProperties: false,
        },
      },
    },
  };
}

describe('the examples of an OpenAPI document', () => {
  it('pass when each one is valid against its schema', () => {
    expect(invalidExamples(document({ period: '2024-09-30', value: 412 }, ['a', 'b']))).toEqual([]);
  });

  it('name every example its schema refuses, and why', () => {
    const problems = invalidExamples(document({ period: '2024-02-30', value: -1, extra: true }, ['a', 'b']));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(
      '/paths/~1v1~1reports/post/requestBody/content/application~1json/examples/exemple',
    );
    expect(problems[0]).toContain('must match format "date"');
    expect(problems[0]).toContain('must be >= 0');
    expect(problems[0]).toContain('must NOT have additional properties');
  });

  it('find an idempotency key that two examples share', () => {
    const shared = document({ period: '2024-09-30', value: 412 }, ['rouen-2024-T3', 'rouen-2024-T3']);
    expect(repeatedIdempotencyKeys(shared)).toEqual(['rouen-2024-T3']);
    expect(repeatedIdempotencyKeys(document({}, ['rouen-2024-T3', 'rouen-2024-T3-lot']))).toEqual([]);
  });
});
