import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Where `infra/bin/infra install` builds oasdiff (the pinned release of infra/oasdiff/go.mod). */
export function oasdiffBinary(): string {
  const local = process.env.CCI_LOCAL_DIR ?? join(root, '.local');
  return join(local, 'oasdiff', 'bin', 'oasdiff');
}

/** What oasdiff says of a change: `allowed` is false when it breaks clients without a major version bump. */
export type BreakingReport = { allowed: boolean; report: string };

/**
 * oasdiff's breaking-change check from `base` to `revision`, with its own versioning policy: a breaking
 * change passes only when `info.version`'s major number went up. The documents are written to files
 * named after their role, which is how oasdiff's report names them.
 */
export function breakingChanges(
  base: { label: string; document: unknown },
  revision: { label: string; document: unknown },
): BreakingReport {
  const binary = oasdiffBinary();
  if (!existsSync(binary))
    throw new Error(`oasdiff est introuvable (${binary}) : lancez « infra/bin/infra install ».`);
  const dir = mkdtempSync(join(tmpdir(), 'cci-oasdiff-'));
  try {
    const baseFile = join(dir, `${base.label}.json`);
    const revisionFile = join(dir, `${revision.label}.json`);
    writeFileSync(baseFile, JSON.stringify(base.document));
    writeFileSync(revisionFile, JSON.stringify(revision.document));
    const run = spawnSync(
      binary,
      [
        'breaking',
        baseFile,
        revisionFile,
        '--fail-on',
        'MISSING-VERSION-BUMP',
        '--color',
        'never',
        // A list the document declares to grow (the event types of an answer): a new member breaks no
        // client, but oasdiff, seeing the schemas of an `anyOf` that holds it change, reports each of
        // them as a new branch of the response.
        '--exclude-extensions',
        'x-extensible-enum',
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    const report = `${run.stdout}${run.stderr}`.replaceAll(`${dir}/`, '').trim();
    if (run.status !== 0 && run.status !== 1) throw new Error(`oasdiff a échoué (${run.status}) : ${report}`);
    return { allowed: run.status === 0, report };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
