import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { testServers } from '@cci/test-support';
import * as oidc from 'openid-client';
import type { Browser, Page } from 'playwright-core';

import { launchChromium } from './chromium.js';
import { demoAccounts, realm, type DemoAccount } from './keycloak-files.js';

/**
 * The product's side of a sign-in: a callback on a loopback port of its own, as a test's server on a
 * random port would have. It answers every request and keeps the addresses it was sent to.
 */
class Callback {
  readonly received: URL[] = [];
  private readonly server: Server;

  private constructor() {
    this.server = createServer((request, response) => {
      this.received.push(new URL(request.url ?? '/', this.origin));
      response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('Retour reçu');
    });
  }

  static async start(): Promise<Callback> {
    const callback = new Callback();
    await new Promise<void>((resolve) => callback.server.listen(0, '127.0.0.1', resolve));
    return callback;
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  url(path: string): string {
    return `${this.origin}${path}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => {
        resolve();
      });
    });
  }
}

// These run against the local Keycloak that `infra up` starts with infra/keycloak/realm-cci.json, or
// against a provider of OIDC_ISSUER_URL that imported that realm file.
describe('the local OpenID Connect provider (Keycloak, realm cci)', () => {
  const issuer = new URL(testServers().oidcIssuerUrl);
  const demoClient = realm.clients[0]!;
  let config: oidc.Configuration;
  let callback: Callback;
  let browser: Browser;

  beforeAll(async () => {
    config = await oidc.discovery(issuer, demoClient.clientId, demoClient.secret, undefined, {
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the local provider answers on plain HTTP, which openid-client refuses unless told
      execute: [oidc.allowInsecureRequests],
    });
    callback = await Callback.start();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser.close();
    await callback.close();
  });

  async function authorizationRequest(redirectUri: string) {
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid',
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url, checks: { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce } };
  }

  /** An English-speaking browser, so that the French pages are the realm's choice and not the browser's. */
  async function newPage(): Promise<Page> {
    return (await browser.newContext({ locale: 'en-US' })).newPage();
  }

  async function fillLoginForm(page: Page, username: string, password: string): Promise<void> {
    await page.getByLabel("Nom d'utilisateur ou courriel").fill(username);
    await page.getByLabel('Mot de passe', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Connexion' }).click();
  }

  /** Signs a person in through the login page and exchanges the code the callback receives. */
  async function signIn(page: Page, account: DemoAccount) {
    const request = await authorizationRequest(callback.url('/connexion/retour'));
    await page.goto(request.url.href);
    await fillLoginForm(page, account.username, account.password);
    await page.waitForURL((url) => url.origin === callback.origin);
    return oidc.authorizationCodeGrant(config, new URL(page.url()), {
      ...request.checks,
      idTokenExpected: true,
    });
  }

  it('publishes its endpoints through OIDC discovery, under its issuer, with PKCE S256', () => {
    const metadata = config.serverMetadata();
    expect(metadata.issuer).toBe(issuer.href);
    for (const endpoint of [
      metadata.authorization_endpoint,
      metadata.token_endpoint,
      metadata.jwks_uri,
      metadata.end_session_endpoint,
    ]) {
      expect(endpoint?.startsWith(`${issuer.href}/protocol/openid-connect/`)).toBe(true);
    }
    expect(metadata.code_challenge_methods_supported).toContain('S256');
  });

  it('shows its login page in French, whatever the browser’s language', async () => {
    const page = await newPage();
    await page.goto((await authorizationRequest(callback.url('/connexion/retour'))).url.href);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await page.getByRole('heading', { name: 'Connectez-vous à votre compte' }).waitFor();
    await page.context().close();
  });

  it.each(demoAccounts)(
    '$firstName $lastName signs in (code flow with PKCE): the ID token names the person',
    async (account) => {
      const page = await newPage();
      const tokens = await signIn(page, account);
      expect(tokens.claims()).toMatchObject({
        iss: issuer.href,
        aud: demoClient.clientId,
        preferred_username: account.username,
        email: account.email,
        email_verified: true,
        name: `${account.firstName} ${account.lastName}`,
        given_name: account.firstName,
        family_name: account.lastName,
      });
      // Access tokens last 5 minutes; the session ends after 30 minutes without use. The lifetime is read
      // from the token itself: openid-client's expires_in counts down from when the response arrived.
      const access = JSON.parse(Buffer.from(tokens.access_token.split('.')[1]!, 'base64url').toString()) as {
        iat: number;
        exp: number;
      };
      // Keycloak reads its clock once for `iat` and again for `exp`: the two may fall a second apart.
      expect(access.exp - access.iat).toBeGreaterThanOrEqual(300);
      expect(access.exp - access.iat).toBeLessThanOrEqual(301);
      // Keycloak counts the 30 minutes from the sign-in, which may fall in the second before the code exchange.
      expect(tokens.refresh_expires_in).toBeGreaterThanOrEqual(1798);
      expect(tokens.refresh_expires_in).toBeLessThanOrEqual(1800);
      await page.context().close();
    },
  );

  it('refuses a wrong password with its French message, and sends nothing to the callback', async () => {
    const page = await newPage();
    const before = callback.received.length;
    await page.goto((await authorizationRequest(callback.url('/connexion/retour'))).url.href);
    await fillLoginForm(page, demoAccounts[0]!.username, 'mauvais-mot-de-passe');
    await page.getByText(/Nom d.utilisateur ou mot de passe invalide/).waitFor();
    expect(new URL(page.url()).origin).toBe(issuer.origin);
    expect(callback.received.length).toBe(before);
    await page.context().close();
  });

  it('signs out: back to the product on a loopback port, and the next sign-in asks for the password again', async () => {
    const page = await newPage();
    const tokens = await signIn(page, demoAccounts[1]!);
    const signOut = oidc.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token ?? '',
      post_logout_redirect_uri: callback.url('/deconnexion'),
    });
    await page.goto(signOut.href);
    await page.waitForURL(callback.url('/deconnexion'));
    await page.goto((await authorizationRequest(callback.url('/connexion/retour'))).url.href);
    await page.getByLabel('Mot de passe', { exact: true }).waitFor();
    await page.context().close();
  });

  it('accepts redirect URIs on any port of 127.0.0.1 only, and says so in French otherwise', async () => {
    const answer = async (redirectUri: string) => {
      const response = await fetch((await authorizationRequest(redirectUri)).url, { redirect: 'manual' });
      const page = await response.text();
      return {
        redirectUri,
        status: response.status,
        refusal: /Paramètre invalide\s*:\s*redirect_uri/.test(page),
      };
    };
    const allowed = ['http://127.0.0.1:5173/connexion/retour', callback.url('/connexion/retour')];
    const refused = [
      'http://localhost:5173/connexion/retour',
      'https://127.0.0.1:5173/connexion/retour',
      'http://[::1]:5173/connexion/retour',
      'http://127.0.0.1.cci.example/connexion/retour',
      'http://127.0.0.1:5173@cci.example/connexion/retour',
      'https://tableau-de-bord.cci.example/connexion/retour',
    ];
    const answers = await Promise.all([...allowed, ...refused].map(answer));
    expect(answers).toEqual([
      ...allowed.map((redirectUri) => ({ redirectUri, status: 200, refusal: false })),
      ...refused.map((redirectUri) => ({ redirectUri, status: 400, refusal: true })),
    ]);
  });

  it('lets the dashboard’s client use the authorization code flow with PKCE S256 only', async () => {
    const redirectUri = callback.url('/connexion/retour');
    const errorOf = async (parameters: Record<string, string>) => {
      const url = new URL(config.serverMetadata().authorization_endpoint ?? '');
      url.search = new URLSearchParams({
        client_id: demoClient.clientId,
        redirect_uri: redirectUri,
        scope: 'openid',
        state: 'etat',
        ...parameters,
      }).toString();
      const location = (await fetch(url, { redirect: 'manual' })).headers.get('location') ?? '';
      // Errors come back to the redirect URI, in the query or (for the implicit flow) the fragment.
      return new URLSearchParams(new URL(location).search || new URL(location).hash.slice(1)).get('error');
    };
    const challenge = await oidc.calculatePKCECodeChallenge(oidc.randomPKCECodeVerifier());
    expect({
      withoutPkce: await errorOf({ response_type: 'code' }),
      plainPkce: await errorOf({
        response_type: 'code',
        code_challenge: challenge,
        code_challenge_method: 'plain',
      }),
      implicit: await errorOf({ response_type: 'id_token token', nonce: 'n' }),
    }).toEqual({
      withoutPkce: 'invalid_request',
      plainPkce: 'invalid_request',
      implicit: 'unauthorized_client',
    });

    // Nor may it trade a person's password for tokens, nor obtain tokens of its own.
    const grant = async (body: Record<string, string>) => {
      const response = await fetch(config.serverMetadata().token_endpoint ?? '', {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${demoClient.clientId}:${demoClient.secret}`).toString('base64')}`,
        },
        body: new URLSearchParams(body),
      });
      return ((await response.json()) as { error?: string }).error;
    };
    const account = demoAccounts[0]!;
    expect({
      password: await grant({
        grant_type: 'password',
        username: account.username,
        password: account.password,
      }),
      clientCredentials: await grant({ grant_type: 'client_credentials' }),
    }).toEqual({ password: 'unauthorized_client', clientCredentials: 'unauthorized_client' });
  });
});
