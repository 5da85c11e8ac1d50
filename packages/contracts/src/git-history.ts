import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, dirname, relative } from 'node:path';

/** The version of a committed file before its current one, as far as the clone's history goes. */
export type PreviousVersion =
  | { kind: 'found'; commit: string; text: string }
  | { kind: 'none' }
  | { kind: 'shallow' }
  | { kind: 'not-in-git' };

function git(cwd: string, args: string[]): { ok: boolean; out: string } {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ok: run.status === 0, out: run.stdout };
}

/**
 * The previous committed version of `file`. When the file on disk differs from HEAD's, that is HEAD's;
 * otherwise it is the version at the parent of the last commit that changed the file. A shallow clone
 * may not have that parent: then the answer says so.
 */
export function previousCommittedVersion(file: string): PreviousVersion {
  const cwd = dirname(file);
  const top = git(cwd, ['rev-parse', '--show-toplevel']);
  if (!top.ok) return { kind: 'not-in-git' };
  const path = relative(top.out.trim(), file);
  const atHead = git(cwd, ['show', `HEAD:${path}`]);
  if (!atHead.ok) return { kind: 'none' };
  if (atHead.out !== readFileSync(file, 'utf8')) return { kind: 'found', commit: 'HEAD', text: atHead.out };
  const last = git(cwd, ['log', '-1', '--format=%H', '--', basename(file)]).out.trim();
  const parent = git(cwd, ['rev-parse', '--verify', '--quiet', `${last}^`]);
  if (!parent.ok) {
    const shallow = git(cwd, ['rev-parse', '--is-shallow-repository']).out.trim() === 'true';
    return shallow ? { kind: 'shallow' } : { kind: 'none' };
  }
  const before = git(cwd, ['show', `${last}^:${path}`]);
  return before.ok ? { kind: 'found', commit: last.slice(0, 12), text: before.out } : { kind: 'none' };
}
