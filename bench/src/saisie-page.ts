import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import {
  authorOf,
  commandRole,
  decide,
  referenceData,
  rolesOfCci,
  sealEvent,
  type AccessCommand,
  type DomainEvent,
} from '@cci/domain';
import { EventAppender } from '@cci/event-log';
import { ensureLocalKeyPair } from '@cci/person-token';
import { consumerGroupOf } from '@cci/projector';
import { freePort, startService } from '@cci/test-support';
import type { Kafka } from 'kafkajs';
import { chromium, type Browser } from 'playwright-core';

import { appScript, projectorEnv, serviceEnv } from './apps.js';
import { servers, type Scratch } from './servers.js';
import { progress, quantile, round, sleep, until } from './stats.js';

export type SaisiePageFigures = {
  events: number;
  /** The address measured: a territorial CCI's Saisie page of the last period of the history's year. */
  path: string;
  runs: number;
  medianMs: number;
  maxMs: number;
  timingsMs: number[];
};

const CCI = 'cci-rouen-metropole';
const USERNAME = 'claire.lefebvre';
const dashboard = fileURLToPath(new URL('../../apps/dashboard', import.meta.url));

type DemoAccount = { username: string; email: string; firstName: string; lastName: string; password: string };

/** The local provider's person who signs in (infra/keycloak/demo-accounts.json). */
function demoAccount(): DemoAccount {
  const file = fileURLToPath(new URL('../../infra/keycloak/demo-accounts.json', import.meta.url));
  const { accounts } = JSON.parse(readFileSync(file, 'utf8')) as { accounts: DemoAccount[] };
  const found = accounts.find((a) => a.username === USERNAME);
  if (!found) throw new Error(`${USERNAME} is not in the demo realm's accounts`);
  return found;
}

/** The person invited into CCI Rouen Métropole's directory with every role of a territorial CCI. */
function invitation(account: DemoAccount): DomainEvent[] {
  const roles = rolesOfCci(referenceData, CCI);
  const command: AccessCommand = {
    type: 'InvitePerson',
    personId: randomUUID(),
    cciId: CCI,
    email: account.email,
    name: `${account.firstName} ${account.lastName}`,
    roles: [...roles],
  };
  const agent = { kind: 'tool', tool: 'bench', operator: null } as const;
  const decision = decide(command, undefined, {
    writer: { cciId: CCI, agent, roles },
    reference: referenceData,
    now: new Date(),
    lookup: () => undefined,
  });
  if ('rejection' in decision) throw new Error(decision.rejection.message);
  return decision.events.map((draft) =>
    sealEvent(draft, {
      eventId: randomUUID(),
      recordedBy: CCI,
      author: authorOf(agent, commandRole(command.type)),
      service: 'bench',
      recordedAt: new Date().toISOString(),
      correlationId: 'bench',
      causationId: null,
      idempotencyKey: null,
    }),
  );
}

/** The built dashboard behind `vite preview`, its `/auth` and `/v1` forwarded to the gateway; stopped as a process group. */
async function servePreview(scratch: Scratch, port: number, gatewayUrl: string): Promise<void> {
  const child = spawn('npm', ['run', 'serve'], {
    cwd: dashboard,
    env: { ...process.env, NODE_OPTIONS: '', DASHBOARD_PORT: String(port), GATEWAY_URL: gatewayUrl },
    stdio: 'ignore',
    detached: true,
  });
  scratch.onCleanup(() => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    return Promise.resolve();
  });
  await until(
    'vite preview to answer',
    () =>
      fetch(`http://127.0.0.1:${port}/`)
        .then((r) => r.ok)
        .catch(() => false),
    { everyMs: 100, timeoutMs: 30_000 },
  );
}

/** Signs in at the provider's login page, as a person does, and gives the gateway's session cookie. */
async function signIn(browser: Browser, url: string, account: DemoAccount): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}/`);
  await page.getByRole('link', { name: 'Se connecter' }).click();
  await page.getByLabel("Nom d'utilisateur ou courriel").fill(account.username);
  await page.getByLabel('Mot de passe', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Connexion' }).click();
  await page.getByRole('button', { name: 'Se déconnecter' }).waitFor({ timeout: 60_000 });
  const session = (await context.cookies()).find((c) => c.name === 'cci-session');
  await context.close();
  if (!session) throw new Error('signed in without a cci-session cookie');
  return session.value;
}

/**
 * The Saisie page of CCI Rouen Métropole for `period`, over `history`: the two projector services,
 * the read and ingest APIs and the web gateway from their builds, the built dashboard behind `vite
 * preview`, the person signed in at the local provider. Each run opens the page in a fresh browser
 * context (nothing cached, the session cookie set) and times, from navigation, until the form's first
 * value field is on screen and editable: the lazy page, the session, the sheet and the form rendered.
 */
export async function measureSaisiePage(
  scratch: Scratch,
  kafka: Kafka,
  history: readonly DomainEvent[],
  options: { period: string; runs: number },
): Promise<SaisiePageFigures> {
  const account = demoAccount();
  const events = [...history, ...invitation(account)];
  const topics = await scratch.eventTopics();
  const changes = scratch.topic(`${topics.events.topic}-changes`);
  for (const projector of ['regional', 'national'])
    scratch.group(consumerGroupOf(projector, 1, topics.events.topic));
  const database = await scratch.database();
  const keyPair = ensureLocalKeyPair(scratch.folder());

  const appender = new EventAppender(kafka, { topic: topics.events.topic });
  for (let i = 0; i < events.length; i += 500) await appender.append(events.slice(i, i + 500));
  await appender.disconnect();

  const env = projectorEnv(database.name, topics, changes);
  const start = async (app: Parameters<typeof appScript>[0], extra: Record<string, string>) => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const service = await startService({
      script: appScript(app),
      env: serviceEnv({ ...env, PORT: String(port), ...extra }),
      readyUrl: `${url}/health/ready`,
      timeoutMs: 60_000,
    });
    scratch.onCleanup(() => service.kill('SIGTERM'));
    return url;
  };
  await start('regional-projector', {});
  await start('national-projector', {});
  const personTokens = { PERSON_TOKEN_PUBLIC_KEY_FILE: keyPair.publicKeyFile };
  const readApiUrl = await start('read-api', personTokens);
  const unsubscribeKeys = ensureLocalKeyPair(scratch.folder(), 'unsubscribe-link');
  const ingestApiUrl = await start('ingest-api', {
    ...personTokens,
    UNSUBSCRIBE_VERIFICATION_KEY_FILE: unsubscribeKeys.publicKeyFile,
  });

  const checkpoints = database.connection.collection<{ projector: string; topic: string; offset: number }>(
    'projection_checkpoints',
  );
  await until(
    'both projectors to apply the history',
    async () => {
      const found = await checkpoints.find({ topic: topics.events.topic }).toArray();
      const applied = (projector: string) =>
        found.filter((c) => c.projector === projector).reduce((sum, c) => sum + c.offset, 0);
      return applied('regional') >= events.length && applied('national') >= events.length;
    },
    { everyMs: 200, timeoutMs: 120_000 },
  );

  const dashboardPort = await freePort();
  const dashboardUrl = `http://127.0.0.1:${dashboardPort}`;
  const gatewayUrl = await start('web-gateway', {
    PUBLIC_URL: dashboardUrl,
    READ_API_URL: readApiUrl,
    INGEST_API_URL: ingestApiUrl,
    OIDC_ISSUER_URL: servers.oidcIssuerUrl,
    OIDC_CLIENT_ID: servers.oidcClient.id,
    OIDC_CLIENT_SECRET: servers.oidcClient.secret,
    PERSON_TOKEN_PRIVATE_KEY_FILE: keyPair.privateKeyFile,
  });
  await servePreview(scratch, dashboardPort, gatewayUrl);

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
  });
  scratch.onCleanup(() => browser.close());
  const session = await signIn(browser, dashboardUrl, account);
  const path = `/saisie/${options.period}`;

  let lastRun: { name: string; startMs: number; endMs: number }[] = [];
  const open = async (): Promise<number> => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    await context.addCookies([{ name: 'cci-session', value: session, url: dashboardUrl }]);
    const page = await context.newPage();
    await page.goto(`${dashboardUrl}${path}`, { waitUntil: 'commit' });
    const field = page.locator('form.entry-sheet input[inputmode="decimal"]').first();
    await field.waitFor({ timeout: 30_000 });
    const ms = await page.evaluate(() => performance.now());
    if (!(await field.isEditable())) throw new Error(`${path}: the first value field is not editable`);
    lastRun = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => ({
        name: new URL(e.name).pathname,
        startMs: Math.round(e.startTime),
        endMs: Math.round(e.startTime + e.duration),
      })),
    );
    await context.close();
    return ms;
  };

  progress(`  ${path}: a first visit to warm the servers, then ${options.runs} timed`);
  await open();
  const timings: number[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    timings.push(await open());
    await sleep(200);
  }
  // Where the last run's time went: the code, then each request the page waited for, in order.
  const code = Math.max(...lastRun.filter((r) => r.name.startsWith('/assets/')).map((r) => r.endMs));
  const requests = lastRun.filter((r) => r.name.startsWith('/v1/'));
  progress(
    `  last run: code loaded at ${code} ms; ${requests.map((r) => `${r.name} ${r.startMs}→${r.endMs}`).join(', ')}; interactive at ${round(timings.at(-1) ?? 0)} ms`,
  );
  return {
    events: events.length,
    path,
    runs: options.runs,
    medianMs: round(quantile(timings, 0.5)),
    maxMs: round(Math.max(...timings)),
    timingsMs: timings.map((t) => round(t)),
  };
}
