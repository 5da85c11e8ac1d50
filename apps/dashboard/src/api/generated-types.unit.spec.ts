import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { describe, expect, it } from '@jest/globals';

const dashboard = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe("the read and ingest APIs' generated types", () => {
  it('match the committed OpenAPI documents (else: npm run generate:api -w @cci/dashboard)', async () => {
    const check = promisify(execFile)(
      process.execPath,
      [join(dashboard, 'scripts', 'generate-api.mjs'), '--check'],
      {
        env: { ...process.env, NODE_OPTIONS: '' },
      },
    );
    await expect(check).resolves.toBeDefined();
  }, 30_000);
});
