import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from '@jest/globals';
import { COMMAND_TYPES, commandSchemas } from '@cci/domain';

import { ingestConfig } from '../config/ingest-config.js';
import { ingestOpenApi } from './ingest-openapi.js';

const committed = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'openapi.json');
const generated = ingestOpenApi(ingestConfig({}).batchMaxCommands);

// `npm run openapi:update -w @cci/ingest-api` rewrites the committed specification from the code.
if (process.env.UPDATE_OPENAPI === '1') writeFileSync(committed, `${JSON.stringify(generated, null, 2)}\n`);

describe("the ingest API's OpenAPI specification", () => {
  it('is committed exactly as the code generates it (run `npm run openapi:update -w @cci/ingest-api` after a change)', () => {
    expect(JSON.parse(readFileSync(committed, 'utf8'))).toEqual(generated);
  });

  it('has one endpoint per command, each with a French example its own schema accepts', () => {
    const paths = generated.paths as Record<
      string,
      {
        post?: {
          requestBody: { content: { 'application/json': { examples: { exemple: { value: unknown } } } } };
        };
      }
    >;
    for (const type of COMMAND_TYPES) {
      const path = Object.keys(paths).find(
        (p) =>
          p ===
          `/v1/commands/${type.replace(/[A-Z]/g, (l, i: number) => `${i === 0 ? '' : '-'}${l.toLowerCase()}`)}`,
      );
      expect(path).toBeDefined();
      const example = paths[path!]!.post!.requestBody.content['application/json'].examples.exemple.value;
      expect({ type, ok: commandSchemas[type].safeParse(example).success }).toEqual({ type, ok: true });
    }
    expect(paths['/v1/commands/batch']).toBeDefined();
  });
});
