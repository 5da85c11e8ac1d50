#!/usr/bin/env node
// `npm start`: the whole product on this machine. Installs what is missing, starts the local servers (unless
// KAFKA_BROKERS / MONGO_URL / OIDC_ISSUER_URL / SMTP_URL point elsewhere), builds, seeds the event log with
// the source documents' history, starts the services and the dashboard, then plays the CCIs live until
// Ctrl-C, and stops everything it started. A service that stops unexpectedly is started again (see
// infra/lib/supervisor.mjs) while the others keep serving.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { ensureSupportedNode } from '../lib/node-runtime.mjs';
import { Supervisor } from '../lib/supervisor.mjs';
import {
  ensureNodeModules,
  infra,
  infraEnvironment,
  localServersToStart,
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
  notifier: 3103 + offset,
  archiver: 3104 + offset,
  read: 3200 + offset,
  gateway: 3300 + offset,
  dashboard: 5173 + offset,
};
let stopping = false;

const started = Date.now();
ensureNodeModules();
const infraStartedHere = localServersToStart();
infra('up');
const servers = infraEnvironment();
say('building the services and the dashboard');
runOrExit(join(root, 'node_modules', '.bin', 'turbo'), ['run', 'build', '--output-logs=errors-only']);

mkdirSync(demo, { recursive: true });
mkdirSync(logs, { recursive: true });
const credentialsFile = join(demo, 'credentials.json');
const keysFile = join(demo, 'keys.json');
// The demo's network: the source documents' two regions as documented, the others simulated (and
// named so), unless REFERENCE_DATA_FILE names the user's own reference data. Every service and the
// simulator read the same file.
const referenceFile = process.env.REFERENCE_DATA_FILE ?? join(demo, 'reference.json');
if (!process.env.REFERENCE_DATA_FILE) {
  const { demoNetworkReferenceFiles } = await import('@cci/simulation');
  writeFileSync(referenceFile, JSON.stringify(demoNetworkReferenceFiles()));
}
const { referenceDataFrom } = await import('@cci/reference-files');
const reference = referenceDataFrom(referenceFile);
// The systems' keys (the simulator plays the CCIs with them); people sign in with their accounts.
await demoKeys();
// The person tokens' key pair of this machine: the gateway signs with its private key, both APIs
// verify with its public key.
const { ensureLocalKeyPair } = await import('@cci/person-token');
const personTokenKeys = ensureLocalKeyPair(join(demo, 'person-token'));
// The unsubscribe links' key pair: the notifier signs each message's link, the ingest API checks it.
const unsubscribeKeys = ensureLocalKeyPair(join(demo, 'unsubscribe-link'), 'unsubscribe-link');
const env = {
  ...process.env,
  ...servers,
  NODE_OPTIONS: '',
  REFERENCE_DATA_FILE: referenceFile,
  CCI_CREDENTIALS_FILE: credentialsFile,
  PERSON_TOKEN_PUBLIC_KEY_FILE: personTokenKeys.publicKeyFile,
  PERSON_TOKEN_PRIVATE_KEY_FILE: personTokenKeys.privateKeyFile,
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
};
const supervisor = new Supervisor({ logs, pids: join(demo, 'pids'), env, cwd: root });
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

say('seeding the event log (once)');
runOrExit(process.execPath, [join(root, 'apps', 'simulator', 'dist', 'cli.js'), 'amorcer'], { env });

const invitedMarker = join(demo, 'demo-people-invited');
if (!existsSync(invitedMarker)) {
  say('inviting the demo people of infra/keycloak/demo-accounts.json (once)');
  runOrExit(
    process.execPath,
    [
      join(root, 'apps', 'ingest-api', 'dist', 'people-cli', 'cli.js'),
      'inviter',
      '--fichier',
      join(root, 'infra', 'keycloak', 'demo-accounts.json'),
    ],
    { env: { ...env, CCI_OPERATEUR: 'npm start' } },
  );
  writeFileSync(invitedMarker, `${new Date().toISOString()}\n`);
}

await startService('regional-projector', ['apps/regional-projector/dist/main.js'], ports.regional);
await startService('national-projector', ['apps/national-projector/dist/main.js'], ports.national);
await startService('ingest-api', ['apps/ingest-api/dist/main.js'], ports.ingest, {
  env: { UNSUBSCRIBE_VERIFICATION_KEY_FILE: unsubscribeKeys.publicKeyFile },
});
await startService('read-api', ['apps/read-api/dist/main.js'], ports.read);
// The dashboard's one door: people sign in through it at the local identity provider, and it forwards
// their requests to both APIs. Its public address is the dashboard's.
await startService('web-gateway', ['apps/web-gateway/dist/main.js'], ports.gateway, {
  env: {
    PUBLIC_URL: `http://127.0.0.1:${ports.dashboard}`,
    READ_API_URL: `http://127.0.0.1:${ports.read}`,
    INGEST_API_URL: `http://127.0.0.1:${ports.ingest}`,
  },
});
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
      env: { GATEWAY_URL: `http://127.0.0.1:${ports.gateway}` },
      ready: '/',
    },
  );
}
// The notifier sends through the local Mailpit (or the user's SMTP_URL); its links open this dashboard.
await startService('notifier', ['apps/notifier/dist/main.js'], ports.notifier, {
  env: {
    DASHBOARD_URL: `http://127.0.0.1:${ports.dashboard}`,
    UNSUBSCRIBE_SIGNING_KEY_FILE: unsubscribeKeys.privateKeyFile,
    TICK_INTERVAL_MS: process.env.NOTIFIER_TICK_INTERVAL_MS ?? '15000',
  },
});
// The event log's archive: .local/archive, or the second demo's own folder beside its logs.
await startService('log-archiver', ['apps/log-archiver/dist/main.js'], ports.archiver, {
  env: {
    ARCHIVE_DIR: process.env.CCI_DEMO_DIR
      ? join(demo, 'archive')
      : join(process.env.CCI_LOCAL_DIR ?? join(root, '.local'), 'archive'),
  },
});
void supervisor.start('simulateur', [
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
// A user's own relay (SMTP_URL) may have no inbox to show: then say where the mail goes.
const mail = servers.MAILPIT_URL
  ? `${servers.MAILPIT_URL}   (boîte de réception Mailpit)`
  : 'votre relais SMTP (SMTP_URL)';
process.stdout.write(`
  Plateforme SROM / COM des CCI prête en ${seconds} s.

  Tableau de bord   ${dashboard ? `http://127.0.0.1:${ports.dashboard}` : '(apps/dashboard absent)'}
  API d'ingestion   http://127.0.0.1:${ports.ingest}   (spécification : /openapi.json)
  API de lecture    http://127.0.0.1:${ports.read}
  Projecteurs       http://127.0.0.1:${ports.regional}/status · http://127.0.0.1:${ports.national}/status
  Notifications     http://127.0.0.1:${ports.notifier}/status   (relances, renvois, alertes DSI)
  Archive           http://127.0.0.1:${ports.archiver}/metrics  (copie continue du journal ; cci-restore)
  Identité (OIDC)   ${servers.OIDC_ISSUER_URL}
  Courriels         ${mail}

  Personnes de démonstration (« Se connecter » dans le tableau de bord) :
${demoPeople()}
  Clés des systèmes (le simulateur, vos scripts) : ${keysFile}

  Le simulateur fait agir les CCI en direct. Journaux : ${logs}
  Ctrl-C arrête tout ce qui a été démarré ici.
`);

/** The demo people as the sign-in page asks for them: identifier and password, with their CCI and roles. */
function demoPeople() {
  const { accounts } = JSON.parse(
    readFileSync(join(root, 'infra', 'keycloak', 'demo-accounts.json'), 'utf8'),
  );
  const rows = accounts.map((a) => [
    `${a.firstName} ${a.lastName}`,
    a.cciId,
    a.roles.join(', '),
    a.username,
    a.password,
  ]);
  const header = ['personne', 'CCI', 'rôles', 'identifiant', 'mot de passe'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  return [header, ...rows]
    .map(
      (row) =>
        `    ${row
          .map((cell, i) => cell.padEnd(widths[i]))
          .join('   ')
          .trimEnd()}`,
    )
    .join('\n');
}

/**
 * One key per CCI of the reference data, kept in .local/demo: the systems' keys. Created once per CCI,
 * so a CCI the network gained since the last start gets its own.
 */
async function demoKeys() {
  const kept =
    existsSync(keysFile) && existsSync(credentialsFile) ? JSON.parse(readFileSync(keysFile, 'utf8')) : {};
  const missing = reference.ccis.filter((cci) => kept[cci.id] === undefined);
  if (missing.length === 0) return;
  const { createCredential } = await import('@cci/credentials');
  for (const cci of missing) {
    kept[cci.id] = (
      await createCredential(credentialsFile, { cciId: cci.id, label: 'démonstration', reference })
    ).key;
  }
  writeFileSync(keysFile, `${JSON.stringify(kept, null, 2)}\n`, { mode: 0o600 });
}

async function startService(name, args, port, options = {}) {
  const readyUrl = `http://127.0.0.1:${port}${options.ready ?? '/health/ready'}`;
  const ready = await supervisor.start(name, args, {
    ...options,
    env: { PORT: String(port), ...options.env },
    readyUrl,
  });
  if (stopping) return;
  if (ready) {
    say(`${name} ready on http://127.0.0.1:${port}`);
    return;
  }
  say(`${name} did not answer on ${readyUrl} within 60 s; see ${join(logs, `${name}.log`)}`);
  await stop(1);
}

async function stop(status) {
  if (stopping) return;
  stopping = true;
  say('stopping');
  await supervisor.stopAll();
  if (infraStartedHere.length > 0) infra('down', ...infraStartedHere);
  process.exit(status);
}
