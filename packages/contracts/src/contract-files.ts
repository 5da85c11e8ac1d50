import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import * as prettier from 'prettier';

const ignorePath = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '.prettierignore');

/**
 * A committed JSON contract as the repository formats it: through Prettier, so that its check passes,
 * unless `.prettierignore` leaves the file alone.
 */
export async function contractText(file: string, value: unknown): Promise<string> {
  if ((await prettier.getFileInfo(file, { ignorePath })).ignored)
    return `${JSON.stringify(value, null, 2)}\n`;
  return prettier.format(JSON.stringify(value), { ...(await prettier.resolveConfig(file)), filepath: file });
}

export function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

/** Whether the committed file holds exactly this value (formatting aside). */
export function holds(file: string, value: unknown): boolean {
  return existsSync(file) && isDeepStrictEqual(readJson(file), JSON.parse(JSON.stringify(value)));
}

/** The files of `dir` that differ from what the code generates: changed, missing or left over. */
export function contractDrift(dir: string, files: Readonly<Record<string, unknown>>): string[] {
  const present = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')) : [];
  const changed = Object.entries(files)
    .filter(([name, value]) => !holds(join(dir, name), value))
    .map(([name]) => name);
  const leftOver = present.filter((name) => !(name in files));
  return [...changed, ...leftOver].sort();
}

/** Writes the generated files into `dir` and removes the JSON files the code no longer generates. */
export async function writeContractFiles(
  dir: string,
  files: Readonly<Record<string, unknown>>,
): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir))
    if (name.endsWith('.json') && !(name in files)) rmSync(join(dir, name));
  for (const [name, value] of Object.entries(files)) {
    const file = join(dir, name);
    writeFileSync(file, await contractText(file, value));
  }
}
