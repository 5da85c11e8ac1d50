import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from '@jest/globals';
import { createGenerator } from 'ts-json-schema-generator';

import { readOpenApi } from './read-openapi.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const committed = join(root, 'openapi.json');

/** JSON Schemas of every exported view type, with references rewritten for OpenAPI components. */
function viewSchemas(): Record<string, unknown> {
  const generated = createGenerator({
    path: join(root, 'src', 'views', 'view-types.ts'),
    tsconfig: join(root, 'tsconfig.json'),
    type: '*',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    additionalProperties: true,
    skipTypeCheck: true,
  }).createSchema('*');
  const rewritten = JSON.stringify(generated.definitions ?? {}).replace(
    /#\/definitions\//g,
    '#/components/schemas/',
  );
  return JSON.parse(rewritten) as Record<string, unknown>;
}

const generated = readOpenApi(viewSchemas());

// `npm run openapi:update -w @cci/read-api` rewrites the committed specification from the view types.
if (process.env.UPDATE_OPENAPI === '1') writeFileSync(committed, `${JSON.stringify(generated, null, 2)}\n`);

describe("the read API's OpenAPI specification", () => {
  it('is committed exactly as the view types generate it (run `npm run openapi:update -w @cci/read-api` after a change)', () => {
    expect(JSON.parse(readFileSync(committed, 'utf8'))).toEqual(generated);
  });

  it('describes every view the dashboard reads', () => {
    const schemas = (generated.components as { schemas: Record<string, unknown> }).schemas;
    for (const name of [
      'MeView',
      'ReferenceView',
      'RegionalView',
      'NationalView',
      'AuditView',
      'MonitoringView',
      'ReconciliationView',
    ]) {
      expect(schemas[name]).toBeDefined();
    }
  });
});
