import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from '@jest/globals';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// Installed by `infra/bin/infra install` from infra/python/requirements.txt.
const hadolint = join(process.env.CCI_LOCAL_DIR ?? join(root, '.local'), 'python', 'bin', 'hadolint');

function lint(files: string[], input?: string) {
  const result = spawnSync(hadolint, ['--config', join(root, '.hadolint.yaml'), '--no-color', ...files], {
    cwd: root,
    encoding: 'utf8',
    input,
  });
  return { status: result.status, findings: result.stdout };
}

// Every Dockerfile of the repository, committed or not yet.
const dockerfiles = spawnSync(
  'git',
  [
    'ls-files',
    '--cached',
    '--others',
    '--exclude-standard',
    '--',
    ':(glob)**/Dockerfile',
    ':(glob)**/*.Dockerfile',
  ],
  { cwd: root, encoding: 'utf8' },
)
  .stdout.split('\n')
  .filter((file) => file !== '');

describe('the Dockerfiles', () => {
  it('are found, and hadolint is installed', () => {
    expect(dockerfiles).toContain('Dockerfile');
    expect(existsSync(hadolint)).toBe(true);
  });

  it('pass hadolint without a single finding', () => {
    expect(lint(dockerfiles)).toEqual({ status: 0, findings: '' });
  });

  it('would fail on a finding of any level, down to style, and on an image from another registry', () => {
    const style = lint(['-'], 'FROM node:24.22.3-trixie-slim\nRUN echo `date`\n');
    expect(style.status).toBe(1);
    expect(style.findings).toContain('SC2006 style'); // backticks instead of $(...)
    const registry = lint(['-'], 'FROM ghcr.io/example/node:24.22.3\n');
    expect(registry.status).toBe(1);
    expect(registry.findings).toContain('DL3026');
  });
});
