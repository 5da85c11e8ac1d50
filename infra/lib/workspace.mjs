// What `npm start` and `npm test` both need before anything else, with Node's own modules only
// (they run before `npm ci` has installed anything).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const infraScript = join(root, 'infra', 'bin', 'infra');

export function say(message) {
  process.stderr.write(`[cci] ${message}\n`);
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

export function runOrExit(command, args, options = {}) {
  const status = run(command, args, options);
  if (status !== 0) {
    say(`${command} ${args.join(' ')} failed (exit ${status})`);
    process.exit(status);
  }
}

/** Installs the npm dependencies, exactly as the lock file has them, when node_modules is missing or older. */
export function ensureNodeModules() {
  const lock = join(root, 'package-lock.json');
  const installed = join(root, 'node_modules', '.package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  say('installing npm dependencies');
  runOrExit('npm', ['ci', '--no-audit', '--no-fund']);
}

/**
 * The local servers that `infra up` is about to start: those not running yet, except the ones the
 * environment replaces with the user's own. What a run starts, it stops; nothing else, so that a second
 * run (the end-to-end test of `npm start`) never stops the servers of the first.
 */
export function localServersToStart(env = process.env) {
  const status = spawnSync(infraScript, ['status'], { cwd: root, encoding: 'utf8' }).stdout;
  const replacedBy = {
    kafka: env.KAFKA_BROKERS,
    ferretdb: env.MONGO_URL,
    keycloak: env.OIDC_ISSUER_URL,
    mailpit: env.SMTP_URL,
  };
  return Object.entries(replacedBy)
    .filter(([server, own]) => !own && !new RegExp(`^${server}\\b.*: running`, 'm').test(status))
    .map(([server]) => server);
}

export function infra(command, ...servers) {
  runOrExit(infraScript, [command, ...servers]);
}

/**
 * KAFKA_BROKERS, MONGO_URL, the OIDC_* settings, SMTP_URL and MAILPIT_URL of the servers in use: the
 * caller's, or local ones.
 */
export function infraEnvironment() {
  const out = spawnSync(infraScript, ['env'], { cwd: root, encoding: 'utf8' }).stdout;
  const env = {};
  for (const line of out.split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) env[line.slice(0, at)] = line.slice(at + 1);
  }
  return env;
}

/** Starts a long-running child and resolves with its exit code. */
export function runAsync(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}
