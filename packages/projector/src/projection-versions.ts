import type { Projection } from '@cci/domain';

/** A projection whose version differs from the one that built a generation (`built` null: it had none). */
export type VersionChange = { projection: string; built: number | null; current: number };

/**
 * How the projection versions a generation's checkpoints were written by differ from the code's;
 * empty when the code built it, or when nothing was written yet. A projection the generation never had
 * counts as well: its documents would miss every event before it.
 */
export function versionChanges(
  recorded: readonly Record<string, number>[],
  projections: readonly Pick<Projection<unknown>, 'name' | 'version'>[],
): VersionChange[] {
  const changes = new Map<string, VersionChange>();
  for (const versions of recorded)
    for (const { name, version } of projections) {
      const built = versions[name] ?? null;
      if (built !== version) changes.set(`${name}:${built}`, { projection: name, built, current: version });
    }
  return [...changes.values()].sort((a, b) => a.projection.localeCompare(b.projection));
}

/**
 * Whether the code is the newer side of every change: versions are only ever bumped, so a generation
 * with higher versions was built by a later release, and an instance of the earlier one still running
 * must not rebuild it back.
 */
export function codeIsNewer(changes: readonly VersionChange[]): boolean {
  return changes.every((c) => c.built === null || c.built < c.current);
}

export function describeVersionChange({ projection, built, current }: VersionChange): string {
  return `${projection} : ${built === null ? 'absente' : `version ${built}`} → ${current}`;
}
