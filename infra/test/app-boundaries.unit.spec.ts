import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, describe, expect, it } from '@jest/globals';

import { appBoundaryBreaches } from './app-boundaries.js';

const repository = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('the boundaries between apps', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'cci-boundaries-'));
  const write = (path: string, content: unknown) => {
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    writeFileSync(
      join(scratch, path),
      typeof content === 'string' ? content : JSON.stringify(content, null, 2),
    );
  };

  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it('hold in this repository: no app or package depends on an app, nor imports its files', () => {
    expect(appBoundaryBreaches(repository)).toEqual([]);
  });

  it('are broken by an app or a package listing an app, and by an app importing another app’s file', () => {
    write('apps/reader/package.json', {
      name: '@x/reader',
      dependencies: { '@x/domain': '*' },
      devDependencies: { '@x/writer': '*' },
    });
    write(
      'apps/reader/src/reader.int.spec.ts',
      [
        "import { decide } from '@x/domain';",
        "import { own } from './own.js';",
        "import type { Body } from '../../writer/src/body.js';",
        "const main = await import('../../writer/dist/main.js');",
      ].join('\n'),
    );
    write('apps/reader/src/own.ts', "export { writer } from '../../writer/src/writer.js';\n");
    write('apps/writer/package.json', { name: '@x/writer', dependencies: { '@x/domain': '*' } });
    write('apps/writer/src/writer.ts', "import { decide } from '../../../packages/domain/src/decide.js';\n");
    write('packages/domain/package.json', { name: '@x/domain', peerDependencies: { '@x/reader': '*' } });
    write('tests/e2e/package.json', {
      name: '@x/e2e',
      devDependencies: { '@x/reader': '*', '@x/writer': '*' },
    });
    write('tests/e2e/src/both.e2e.spec.ts', "import '../../../apps/writer/src/writer.js';\n");

    expect(appBoundaryBreaches(scratch)).toEqual([
      "apps/reader/package.json : devDependencies cite l'app @x/writer.",
      "apps/reader/src/own.ts : importe « ../../writer/src/writer.js », un fichier de l'app @x/writer.",
      "apps/reader/src/reader.int.spec.ts : importe « ../../writer/src/body.js », un fichier de l'app @x/writer.",
      "apps/reader/src/reader.int.spec.ts : importe « ../../writer/dist/main.js », un fichier de l'app @x/writer.",
      "packages/domain/package.json : peerDependencies cite l'app @x/reader.",
    ]);
  });
});
