import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

import { contractText, holds, readJson } from './contract-files.js';
import { previousCommittedVersion } from './git-history.js';
import { breakingChanges } from './oasdiff.js';

const shown = (file: string) => relative(process.cwd(), file) || file;

/** What `npm run contracts` did with an OpenAPI document. */
export type OpenApiWrite =
  { outcome: 'unchanged' | 'written'; message: string } | { outcome: 'refused'; message: string };

/**
 * Writes the generated document over the committed one, unless oasdiff finds a change that breaks
 * clients while `info.version`'s major number stayed the same: then nothing is written, and oasdiff's
 * report says what breaks.
 */
export async function writeOpenApiContract(file: string, generated: unknown): Promise<OpenApiWrite> {
  if (holds(file, generated)) return { outcome: 'unchanged', message: `${shown(file)} : à jour.` };
  const committed = tryRead(file);
  if (committed !== null) {
    const check = breakingChanges(
      { label: 'committe', document: committed },
      { label: 'genere', document: generated },
    );
    if (!check.allowed)
      return {
        outcome: 'refused',
        message: `${shown(file)} n'est pas réécrit : le document généré casse les clients du document committé sans changer la version majeure de info.version.\n\n${check.report}\n\nRendez le changement compatible, ou augmentez la version majeure de info.version dans le code.`,
      };
  }
  writeFileSync(file, await contractText(file, generated));
  return { outcome: 'written', message: `${shown(file)} : réécrit depuis le code.` };
}

function tryRead(file: string): unknown {
  try {
    return readJson(file);
  } catch {
    return null;
  }
}

/** What the contract test found: failures make it fail; notes say what could not be checked. */
export type OpenApiCheck = { failures: string[]; notes: string[] };

/**
 * The check the tests run: the committed document is exactly what the code generates (else oasdiff
 * says whether the difference breaks clients), and it breaks no client of its previous committed
 * version without a major version bump.
 */
export function checkOpenApiContract(file: string, generated: unknown, command: string): OpenApiCheck {
  const failures: string[] = [];
  const notes: string[] = [];
  const committed = tryRead(file);
  if (!holds(file, generated)) {
    const report =
      committed === null
        ? ''
        : `\n\n${breakingChanges({ label: 'committe', document: committed }, { label: 'genere', document: generated }).report}`;
    failures.push(`${shown(file)} ne correspond plus au code : lancez « ${command} ».${report}`);
  }
  if (committed === null) return { failures, notes };
  const previous = previousCommittedVersion(file);
  switch (previous.kind) {
    case 'found': {
      const check = breakingChanges(
        { label: `precedent-${previous.commit}`, document: JSON.parse(previous.text) as unknown },
        { label: 'committe', document: committed },
      );
      if (!check.allowed)
        failures.push(
          `${shown(file)} casse les clients de sa version précédente (${previous.commit}) sans changer la version majeure de info.version.\n\n${check.report}`,
        );
      break;
    }
    case 'shallow':
      notes.push(
        `${shown(file)} : clone superficiel, la version précédente du document n'est pas dans l'historique ; la comparaison avec elle est sautée.`,
      );
      break;
    case 'none':
    case 'not-in-git':
      break;
  }
  return { failures, notes };
}
