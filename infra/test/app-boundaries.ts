import { existsSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const DEPENDENCY_FIELDS = [
  'dependencies',
  'devDependencies',
  'peerDependencies',
  'optionalDependencies',
] as const;
const SOURCE_FILE = /\.[cm]?[jt]sx?$/;
const NOT_SOURCE = new Set(['node_modules', 'dist', 'coverage', '.turbo']);
// The relative specifier of `import … from`, `export … from`, `import '…'`, `import('…')`, `require('…')`.
const RELATIVE_SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(['"])(\.{1,2}\/[^'"]*)\1/g;

type Workspace = { name: string; folder: string };
type Manifest = { name: string } & Partial<
  Record<(typeof DEPENDENCY_FIELDS)[number], Record<string, string>>
>;

function workspacesIn(root: string, parent: string): Workspace[] {
  const folder = join(root, parent);
  if (!existsSync(folder)) return [];
  return entriesOf(folder)
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'package.json')))
    .map((entry) => {
      const manifest = readManifest(join(folder, entry.name));
      return { name: manifest.name, folder: join(folder, entry.name) };
    });
}

/** A folder's entries in name order, so that breaches are listed in the same order on every machine. */
function entriesOf(folder: string): Dirent[] {
  return readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
}

function readManifest(folder: string): Manifest {
  return JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as Manifest;
}

function sourceFiles(folder: string): string[] {
  return entriesOf(folder).flatMap((entry) => {
    if (NOT_SOURCE.has(entry.name)) return [];
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE_FILE.test(entry.name) ? [path] : [];
  });
}

const inside = (path: string, folder: string) => path === folder || path.startsWith(folder + sep);

/**
 * What breaks "apps use packages, and no app or package uses an app" in the repository at `root`: an
 * app or a package that lists an app in a dependency field of its package.json, or imports a file of
 * another app by a relative path. Only tests/, bench/ and infra/ may use apps. One line per breach,
 * in French, for whoever has to fix it.
 */
export function appBoundaryBreaches(root: string): string[] {
  const apps = workspacesIn(root, 'apps');
  const appNames = new Set(apps.map((app) => app.name));
  const where = (path: string) => relative(root, path).split(sep).join('/');
  const breaches: string[] = [];
  for (const workspace of [...apps, ...workspacesIn(root, 'packages')]) {
    const manifest = readManifest(workspace.folder);
    for (const field of DEPENDENCY_FIELDS) {
      for (const name of Object.keys(manifest[field] ?? {})) {
        if (appNames.has(name) && name !== workspace.name)
          breaches.push(`${where(workspace.folder)}/package.json : ${field} cite l'app ${name}.`);
      }
    }
    for (const file of sourceFiles(workspace.folder)) {
      for (const [, , specifier] of readFileSync(file, 'utf8').matchAll(RELATIVE_SPECIFIER)) {
        const target = resolve(dirname(file), specifier!);
        const other = apps.find((app) => app.folder !== workspace.folder && inside(target, app.folder));
        if (other)
          breaches.push(`${where(file)} : importe « ${specifier} », un fichier de l'app ${other.name}.`);
      }
    }
  }
  return breaches;
}
