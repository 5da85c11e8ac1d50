import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from '@jest/globals';
import { checkOpenApiContract, invalidExamples, repeatedIdempotencyKeys } from '@cci/contracts';
import { COMMAND_TYPES, commandPath } from '@cci/domain';

import { ingestConfig } from '../config/ingest-config.js';
import { ingestOpenApi } from './ingest-openapi.js';

const committed = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'openapi.json');
const generated = ingestOpenApi(ingestConfig({}).batchMaxCommands);

describe("the ingest API's OpenAPI document", () => {
  it('is committed as the code generates it, and breaks no client of its previous version without a major bump', () => {
    const check = checkOpenApiContract(committed, generated, 'npm run contracts -w @cci/ingest-api');
    for (const note of check.notes) console.warn(note);
    expect(check.failures).toEqual([]);
  });

  it('gives examples that their own schemas accept, none sharing an idempotency key', () => {
    expect(invalidExamples(generated)).toEqual([]);
    expect(repeatedIdempotencyKeys(generated)).toEqual([]);
  });

  it('has one operation per command, and the batch', () => {
    const paths = Object.keys(generated.paths as object);
    for (const type of COMMAND_TYPES) expect(paths).toContain(`/v1/commands/${commandPath(type)}`);
    expect(paths).toContain('/v1/commands/batch');
  });
});
