import { createHmac, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ensureLocalKeyPair, PersonTokenVerifier, readVerificationKeys } from '@cci/person-token';
import { freePort, startService, testServers, type ServiceProcess } from '@cci/test-support';

import { DirectoryLog } from '../test/directory-log.js';
import { HttpBrowser, signInAtProvider } from '../test/http-browser.js';
import { StandInApi } from '../test/stand-in-api.js';

const here = dirname(fileURLToPath(import.meta.url));
const main = join(here, '..', 'dist', 'main.js');

type DemoAccount = { username: string; email: string; password: string; cciId: string; roles: string[] };
const { accounts } = JSON.parse(
  readFileSync(join(here, '..', '..', '..', 'infra', 'keycloak', 'demo-accounts.json'), 'utf8'),
) as { accounts: DemoAccount[] };
const account = (username: string): DemoAccount => {
  const found = accounts.find((a) => a.username === username);
  if (!found) throw new Error(`Compte de démonstration inconnu : ${username}`);
  return found;
};

const CLAIRE = { id: randomUUID(), account: account('claire.lefebvre'), name: 'Claire Lefebvre' };
const JULIEN = { id: randomUUID(), account: account('julien.moreau'), name: 'Julien Moreau' };
/** In the provider's realm, never invited into the directory. */
const SOPHIE = account('sophie.garnier');
const COOKIE_SECRET = 'secret-des-cookies-du-test-de-la-passerelle';
const IDLE_SECONDS = 6;

/**
 * The gateway as a browser meets it, against the real provider (Keycloak, realm cci: its login form
 * filled over HTTP), the directory projected from real events, and stand-in APIs behind it.
 */
describe('the web gateway', () => {
  const directory = new DirectoryLog();
  const folder = mkdtempSync(join(tmpdir(), 'cci-gateway-'));
  const keyPair = ensureLocalKeyPair(folder);
  let read: StandInApi;
  let ingest: StandInApi;
  let gateway: ServiceProcess;
  let url = '';

  const sessionCookie = 'cci-session';

  async function startSignIn(browser: HttpBrowser, returnTo = '/') {
    const response = await browser.request(`${url}/auth/connexion?retour=${encodeURIComponent(returnTo)}`);
    expect(response.status).toBe(303);
    return response.headers.get('location') ?? '';
  }

  /** The whole sign-in: the gateway, the provider's form, the provider's return to the gateway. */
  async function signIn(who: DemoAccount, returnTo = '/') {
    const browser = new HttpBrowser();
    const back = await signInAtProvider(browser, await startSignIn(browser, returnTo), who);
    const response = await browser.request(back);
    return { browser, response };
  }

  async function session(browser: HttpBrowser) {
    const response = await browser.request(`${url}/v1/session`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  async function signedIn(who: DemoAccount) {
    const { browser, response } = await signIn(who);
    expect(response.status).toBe(303);
    const { body } = await session(browser);
    return { browser, csrfToken: body.csrfToken as string };
  }

  beforeAll(async () => {
    read = await StandInApi.start();
    ingest = await StandInApi.start();
    await directory.start();
    for (const person of [CLAIRE, JULIEN])
      await directory.record(
        {
          type: 'InvitePerson',
          personId: person.id,
          cciId: person.account.cciId,
          email: person.account.email,
          name: person.name,
          roles: person.account.roles as ['saisie'],
        },
        person.account.cciId,
      );
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const servers = testServers();
    gateway = await startService({
      script: main,
      env: {
        PORT: String(port),
        PUBLIC_URL: url,
        READ_API_URL: read.url,
        INGEST_API_URL: ingest.url,
        MONGO_URL: servers.mongoUrl,
        MONGO_DATABASE: directory.database,
        OIDC_ISSUER_URL: servers.oidcIssuerUrl,
        OIDC_CLIENT_ID: servers.oidcClient.id,
        OIDC_CLIENT_SECRET: servers.oidcClient.secret,
        PERSON_TOKEN_PRIVATE_KEY_FILE: keyPair.privateKeyFile,
        SESSION_IDLE_TIMEOUT_SECONDS: String(IDLE_SECONDS),
        COOKIE_SECRET,
        LOG_LEVEL: 'warn',
      },
      readyUrl: `${url}/health/ready`,
    });
  }, 120_000);

  afterAll(async () => {
    await gateway.kill('SIGTERM');
    await directory.stop();
    await read.close();
    await ingest.close();
  }, 60_000);

  it('forwards a message’s unsubscribe link to the ingest API without a session, the one-click form as the same JSON', async () => {
    type Echo = { method: string; url: string; headers: Record<string, string>; body: string };
    const page = await fetch(`${url}/v1/unsubscribe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: 'cci-session=volé', authorization: 'Bearer x' },
      body: JSON.stringify({ token: 'jeton.du.lien' }),
    });
    expect(page.status).toBe(200);
    const fromPage = (await page.json()) as Echo;
    expect(fromPage).toMatchObject({
      method: 'POST',
      url: '/v1/unsubscribe',
      body: '{"token":"jeton.du.lien"}',
    });
    expect(fromPage.headers.cookie).toBeUndefined();
    expect(fromPage.headers.authorization).toBeUndefined();
    const oneClick = await fetch(`${url}/v1/unsubscribe?jeton=jeton.du.lien`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect(((await oneClick.json()) as Echo).body).toBe('{"token":"jeton.du.lien"}');
    const forwarded = ingest.received.length;
    const noToken = await fetch(`${url}/v1/unsubscribe`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(noToken.status).toBe(422);
    // A GET never acts (mail scanners open links): it is a session's request like any other.
    expect((await fetch(`${url}/v1/unsubscribe?jeton=jeton.du.lien`)).status).toBe(401);
    expect(ingest.received.length).toBe(forwarded);
  });

  it('forwards a read of the open data to the read API without a session, and nothing else of it', async () => {
    type Echo = { method: string; url: string; headers: Record<string, string> };
    const file = await fetch(`${url}/v1/donnees-ouvertes/consolidation-cop.csv`, {
      headers: { cookie: 'cci-session=volé', authorization: 'Bearer x', 'if-none-match': 'W/"copie"' },
    });
    expect(file.status).toBe(200);
    const echo = (await file.json()) as Echo;
    expect(echo).toMatchObject({ method: 'GET', url: '/v1/donnees-ouvertes/consolidation-cop.csv' });
    expect(echo.headers.cookie).toBeUndefined();
    expect(echo.headers.authorization).toBeUndefined();
    expect(echo.headers['if-none-match']).toBe('W/"copie"');
    expect(echo.headers['x-correlation-id']).toBe(file.headers.get('x-correlation-id'));
    expect((await fetch(`${url}/v1/donnees-ouvertes/dictionnaire.json`, { method: 'HEAD' })).status).toBe(
      200,
    );
    const forwarded = read.received.length;
    // A write, or a path that is not a plain file name of the folder, is a session's request like any other.
    expect((await fetch(`${url}/v1/donnees-ouvertes/consolidation-cop.csv`, { method: 'POST' })).status).toBe(
      401,
    );
    expect((await fetch(`${url}/v1/donnees-ouvertes/sous/dossier.csv`)).status).toBe(401);
    expect((await fetch(`${url}/v1/donnees-ouvertes/..%2Fnational`)).status).toBe(401);
    expect(read.received.length).toBe(forwarded);
  });

  it('sends the browser to the provider with PKCE S256, a state and a nonce, kept in a signed HttpOnly cookie', async () => {
    const browser = new HttpBrowser();
    const response = await browser.request(`${url}/auth/connexion?retour=/supervision`);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.origin + location.pathname).toBe(
      `${testServers().oidcIssuerUrl}/protocol/openid-connect/auth`,
    );
    expect(Object.fromEntries(location.searchParams)).toMatchObject({
      response_type: 'code',
      redirect_uri: `${url}/auth/retour`,
      code_challenge_method: 'S256',
      client_id: testServers().oidcClient.id,
    });
    for (const parameter of ['code_challenge', 'state', 'nonce'])
      expect(location.searchParams.get(parameter)).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const cookie = response.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(/^cci-connexion=s%3A.*; Max-Age=600; Path=\/auth; .*HttpOnly; SameSite=Lax$/);
  });

  it('opens a session for a person of the directory, back at the address asked for', async () => {
    const { browser, response } = await signIn(CLAIRE.account, '/regions/normandie?au=2026-03-31');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/regions/normandie?au=2026-03-31');
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${sessionCookie}=`)) ?? '';
    expect(cookie).toMatch(/^cci-session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax$/);
    expect(await session(browser)).toEqual({
      status: 200,
      body: {
        person: { id: CLAIRE.id, name: CLAIRE.name, email: CLAIRE.account.email },
        cci: { id: 'cci-rouen-metropole', name: expect.any(String) },
        roles: ['saisie'],
        csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      },
    });
  });

  it('refuses a person the directory does not know, with the French page that says whom to ask', async () => {
    const { browser, response } = await signIn(SOPHIE);
    expect(response.status).toBe(403);
    const page = await response.text();
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain('Accès refusé');
    expect(page).toContain(`L’adresse ${SOPHIE.email} n’est inscrite pour aucune CCI du réseau.`);
    expect(page).toContain('Demandez à un administrateur de votre CCI');
    expect(browser.cookie(url, sessionCookie)).toBeUndefined();
    expect((await session(browser)).body).toMatchObject({ status: 401, code: 'session-absente' });
  });

  it('refuses a return whose state is not the one this browser’s sign-in sent', async () => {
    const victim = new HttpBrowser();
    await startSignIn(victim);
    const attacker = new HttpBrowser();
    const attackersReturn = await signInAtProvider(attacker, await startSignIn(attacker), JULIEN.account);
    const response = await victim.request(attackersReturn);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('La connexion n’a pas abouti');
    expect(victim.cookie(url, sessionCookie)).toBeUndefined();
  });

  it('refuses a code exchanged with another PKCE verifier than the one its challenge was made from', async () => {
    const browser = new HttpBrowser();
    const location = await startSignIn(browser);
    const back = await signInAtProvider(browser, location, JULIEN.account);
    const params = new URL(location).searchParams;
    const pending = JSON.stringify({
      codeVerifier: 'v'.repeat(43),
      state: params.get('state'),
      nonce: params.get('nonce'),
      returnTo: '/',
    });
    // The cookie as the gateway signs it (cookie-parser's format): right state and nonce, wrong verifier.
    const signature = createHmac('sha256', COOKIE_SECRET).update(pending).digest('base64').replace(/=+$/, '');
    browser.setCookie(url, 'cci-connexion', encodeURIComponent(`s:${pending}.${signature}`));
    const response = await browser.request(back);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('La connexion n’a pas abouti');
    expect(browser.cookie(url, sessionCookie)).toBeUndefined();
  });

  it('refuses a return without the pending sign-in’s cookie, or with a forged one', async () => {
    const browser = new HttpBrowser();
    const back = await signInAtProvider(browser, await startSignIn(browser), JULIEN.account);
    const pending = browser.cookie(url, 'cci-connexion') ?? '';
    browser.setCookie(url, 'cci-connexion', pending.replace(/returnTo%22%3A%22/, 'returnTo%22%3A%22%2Fx'));
    const forged = await browser.request(back);
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain(
      'Cette connexion a expiré ou a été commencée dans un autre navigateur',
    );
    const again = await browser.request(back);
    expect(again.status).toBe(400);
    expect(browser.cookie(url, sessionCookie)).toBeUndefined();
  });

  it('forwards a read to the read API with a person token for it alone, and never the session’s cookie', async () => {
    const { browser } = await signedIn(CLAIRE.account);
    const response = await browser.request(`${url}/v1/regions/normandie?asOf=2026-03-31`);
    expect(response.status).toBe(200);
    const received = (await response.json()) as { url: string; headers: Record<string, string> };
    expect(received.url).toBe('/v1/regions/normandie?asOf=2026-03-31');
    expect(received.headers.cookie).toBeUndefined();
    const verifier = new PersonTokenVerifier(await readVerificationKeys(keyPair.publicKeyFile), {
      issuer: 'cci-passerelle-web',
      audience: 'cci-read-api',
    });
    const token = (received.headers.authorization ?? '').replace(/^Bearer /, '');
    expect(await verifier.verify(token)).toMatchObject({
      ok: true,
      claims: { personId: CLAIRE.id, cciId: 'cci-rouen-metropole', roles: ['saisie'] },
    });
  });

  it('forwards a command with the session’s CSRF token and the dashboard’s origin to the ingest API', async () => {
    const { browser, csrfToken } = await signedIn(CLAIRE.account);
    const before = ingest.received.length;
    const body = JSON.stringify({ regionId: 'normandie', comment: 'Écrit depuis le tableau de bord' });
    const response = await browser.request(`${url}/v1/commands/report-indicator`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url, 'x-csrf-token': csrfToken },
      body,
    });
    expect(response.status).toBe(200);
    expect(ingest.received.length).toBe(before + 1);
    const received = ingest.received.at(-1);
    expect(JSON.parse(received?.body ?? '')).toEqual(JSON.parse(body));
    expect(received?.headers['x-csrf-token']).toBeUndefined();
    const verifier = new PersonTokenVerifier(await readVerificationKeys(keyPair.publicKeyFile), {
      issuer: 'cci-passerelle-web',
      audience: 'cci-ingest-api',
    });
    const token = (received?.headers.authorization ?? '').replace(/^Bearer /, '');
    expect((await verifier.verify(token)).ok).toBe(true);
  });

  it.each([
    ['without a CSRF token', (_token: string, origin: string) => ({ origin }), 'jeton-csrf-invalide'],
    [
      'with a forged CSRF token',
      (_token: string, origin: string) => ({ origin, 'x-csrf-token': 'faux' }),
      'jeton-csrf-invalide',
    ],
    [
      'from a foreign origin',
      (token: string) => ({ origin: 'https://evil.example', 'x-csrf-token': token }),
      'origine-refusee',
    ],
    ['without an origin', (token: string) => ({ 'x-csrf-token': token }), 'origine-refusee'],
  ])('refuses a command %s, in French, and forwards nothing', async (_case, headersOf, code) => {
    const { browser, csrfToken } = await signedIn(CLAIRE.account);
    const before = ingest.received.length;
    const response = await browser.request(`${url}/v1/commands/report-indicator`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headersOf(csrfToken, url) },
      body: '{}',
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ status: 403, code, title: 'Accès refusé' });
    expect(ingest.received.length).toBe(before);
  });

  it('streams the live notices as they come, unbuffered', async () => {
    const { browser } = await signedIn(CLAIRE.account);
    const started = performance.now();
    const response = await browser.request(`${url}/v1/live`);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    const firstAfterMs = performance.now() - started;
    expect(new TextDecoder().decode(first.value)).toContain('event: battement');
    expect(firstAfterMs).toBeLessThan(read.streamMs);
    await reader.cancel();
  });

  it('refuses everything without a session, and forwards nothing', async () => {
    const before = read.received.length;
    const response = await fetch(`${url}/v1/me`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      code: 'session-absente',
      detail: expect.stringContaining('connectez-vous'),
    });
    expect(read.received.length).toBe(before);
  });

  it('signs out here and at the provider: the old cookie is refused afterwards', async () => {
    const { browser, csrfToken } = await signedIn(JULIEN.account);
    const oldCookie = browser.cookie(url, sessionCookie) ?? '';
    const refused = await browser.request(`${url}/auth/deconnexion`, {
      method: 'POST',
      headers: { origin: url },
    });
    expect(refused.status).toBe(403);
    const response = await browser.request(`${url}/auth/deconnexion`, {
      method: 'POST',
      headers: { origin: url, 'x-csrf-token': csrfToken },
    });
    expect(response.status).toBe(200);
    const { redirectTo } = (await response.json()) as { redirectTo: string };
    const logout = new URL(redirectTo);
    expect(logout.href.startsWith(`${testServers().oidcIssuerUrl}/protocol/openid-connect/logout`)).toBe(
      true,
    );
    expect(logout.searchParams.get('post_logout_redirect_uri')).toBe(`${url}/`);
    expect(logout.searchParams.get('id_token_hint')).toMatch(/^ey/);
    expect(browser.cookie(url, sessionCookie)).toBeUndefined();
    const replayed = await fetch(`${url}/v1/me`, { headers: { cookie: `${sessionCookie}=${oldCookie}` } });
    expect(replayed.status).toBe(401);
    expect(await replayed.json()).toMatchObject({ code: 'session-expiree' });
  });

  it(`ends a session after ${IDLE_SECONDS} s without use (the configured inactivity), with the French problem`, async () => {
    const { browser } = await signedIn(JULIEN.account);
    expect((await session(browser)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, (IDLE_SECONDS + 1) * 1000));
    expect(await session(browser)).toMatchObject({
      status: 401,
      body: { code: 'session-expiree', detail: expect.stringContaining('reconnectez-vous') },
    });
  }, 30_000);

  it('refuses a removed person’s open session at the next request, and ends it', async () => {
    const { browser } = await signedIn(CLAIRE.account);
    expect((await browser.request(`${url}/v1/me`)).status).toBe(200);
    const started = performance.now();
    await directory.record(
      { type: 'RemovePerson', personId: CLAIRE.id, email: CLAIRE.account.email },
      CLAIRE.account.cciId,
    );
    let response = await browser.request(`${url}/v1/me`);
    while (response.status === 200 && performance.now() - started < 5_000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      response = await browser.request(`${url}/v1/me`);
    }
    console.log(`passerelle : personne retirée refusée après ${Math.round(performance.now() - started)} ms`);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'personne-retiree' });
    expect(browser.cookie(url, sessionCookie)).toBeUndefined();
    const again = await signIn(CLAIRE.account);
    expect(again.response.status).toBe(403);
    expect(await again.response.text()).toContain('a été retiré');
  });
});
