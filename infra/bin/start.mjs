#!/usr/bin/env node
// `npm start`: the whole product on this machine. Installs what is missing, starts the local servers
// (unless KAFKA_BROKERS / MONGO_URL point elsewhere), builds, seeds the event log with the source
// documents' history, starts the services and the dashboard, then plays the CCIs live until Ctrl-C,
// and stops everything it started.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { ensureSupportedNode } from '../lib/node-runtime.mjs';
import {
  ensureNodeModules,
  infra,
  infraEnvironment,
  localInfraRunning,
  root,
  runOrExit,
  say,
} from '../lib/workspace.mjs';

await ensureSupportedNode();

// CCI_DEMO_DIR and CCI_PORT_OFFSET let a second demo (the end-to-end test's) run beside the first.
const demo = process.env.CCI_DEMO_DIR ?? join(process.env.CCI_LOCAL_DIR ?? join(root, '.local'), 'demo');
const logs = join(demo, 'logs');
const offset = Number(process.env.CCI_PORT_OFFSET ?? 0);
const ports = {
  ingest: 3100 + offset,
  regional: 3101 + offset,
  national: 3102 + offset,
  read: 3200 + offset,
  dashboard: 5173 + offset,
};
const children = [];
let stopping = false;

const started = Date.now();
ensureNodeModules();
const infraStartedHere = !localInfraRunning();
infra('up');
const servers = infraEnvironment();
say('building the services and the dashboard');
runOrExit(join(root, 'node_modules', '.bin', 'turbo'), ['run', 'build', '--output-logs=errors-only']);

mkdirSync(demo, { recursive: true });
mkdirSync(logs, { recursive: true });
const credentialsFile = join(demo, 'credentials.json');
const keysFile = join(demo, 'keys.json');
const keys = await demoKeys();
const env = {
  ...process.env,
  ...servers,
  NODE_OPTIONS: '',
  CCI_CREDENTIALS_FILE: credentialsFile,
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
};

say('seeding the event log (once)');
runOrExit(process.execPath, [join(root, 'apps', 'simulator', 'dist', 'cli.js'), 'amorcer'], { env });

await startService('regional-projector', ['apps/regional-projector/dist/main.js'], ports.regional);
await startService('national-projector', ['apps/national-projector/dist/main.js'], ports.national);
await startService('ingest-api', ['apps/ingest-api/dist/main.js'], ports.ingest);
await startService('read-api', ['apps/read-api/dist/main.js'], ports.read);
const dashboard = existsSync(join(root, 'apps', 'dashboard', 'package.json'));
if (dashboard) {
  await startService(
    'dashboard',
    [
      join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(ports.dashboard),
      '--strictPort',
    ],
    ports.dashboard,
    {
      cwd: join(root, 'apps', 'dashboard'),
      env: { READ_API_URL: `http://127.0.0.1:${ports.read}` },
      ready: '/',
    },
  );
}
startChild('simulateur', [
  join(root, 'apps', 'simulator', 'dist', 'cli.js'),
  'jouer',
  '--cles',
  keysFile,
  '--api',
  `http://127.0.0.1:${ports.ingest}`,
  '--lecture',
  `http://127.0.0.1:${ports.read}`,
  '--rythme',
  process.env.SIMULATION_RATE ?? '1',
]);

const seconds = Math.round((Date.now() - started) / 1000);
process.stdout.write(`
  Plateforme SROM / COM des CCI prête en ${seconds} s.

  Tableau de bord   ${dashboard ? `http://127.0.0.1:${ports.dashboard}` : '(apps/dashboard absent)'}
  API d'ingestion   http://127.0.0.1:${ports.ingest}   (spécification : /openapi.json)
  API de lecture    http://127.0.0.1:${ports.read}
  Projecteurs       http://127.0.0.1:${ports.regional}/status · http://127.0.0.1:${ports.national}/status

  Clés de démonstration (à saisir dans le tableau de bord) :
    CCI France (nationale)               ${keys['cci-france']}
    CCI Normandie (régionale, DSI)       ${keys['cci-normandie']}
    CCI Pays de la Loire (régionale)     ${keys['cci-pays-de-la-loire']}
    CCI Rouen Métropole (territoriale)   ${keys['cci-rouen-metropole']}
    CCI Mayenne (territoriale)           ${keys['cci-mayenne']}
  Toutes les clés : ${keysFile}

  Le simulateur fait agir les CCI en direct. Journaux : ${logs}
  Ctrl-C arrête tout ce qui a été démarré ici.
`);

process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

/** One key per CCI of the reference data, created once and kept in .local/demo. */
async function demoKeys() {
  if (existsSync(keysFile) && existsSync(credentialsFile)) return JSON.parse(readFileSync(keysFile, 'utf8'));
  const { createCredential } = await import('@cci/credentials');
  const { referenceData } = await import('@cci/domain');
  const created = {};
  for (const cci of referenceData.ccis) {
    created[cci.id] = (
      await createCredential(credentialsFile, {
        cciId: cci.id,
        label: 'démonstration',
        reference: referenceData,
      })
    ).key;
  }
  writeFileSync(keysFile, `${JSON.stringify(created, null, 2)}\n`, { mode: 0o600 });
  return created;
}

function startChild(name, args, options = {}) {
  const log = createWriteStream(join(logs, `${name}.log`), { flags: 'a' });
  const child = spawn(process.execPath, args, {
    cwd: options.cwd ?? root,
    env: { ...env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: Ctrl-C reaches this script only, which stops the services in order.
    detached: true,
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  children.push({ name, child });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    say(`${name} stopped unexpectedly (${signal ?? `exit ${code}`}); see ${join(logs, `${name}.log`)}`);
    void stop(1);
  });
  return child;
}

async function startService(name, args, port, options = {}) {
  startChild(name, args, { ...options, env: { PORT: String(port), ...options.env } });
  const url = `http://127.0.0.1:${port}${options.ready ?? '/health/ready'}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (stopping) return;
    const ok = await fetch(url)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) {
      say(`${name} ready on http://127.0.0.1:${port}`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  say(`${name} did not answer on ${url} within 60 s; see ${join(logs, `${name}.log`)}`);
  await stop(1);
}

async function stop(status) {
  if (stopping) return;
  stopping = true;
  say('stopping');
  for (const { child } of [...children].reverse()) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const overdue = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(overdue);
  }
  if (infraStartedHere) infra('down');
  process.exit(status);
}
