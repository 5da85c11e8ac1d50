import * as oidc from 'openid-client';

import type { GatewayConfig } from '../config/gateway-config.js';
import type { PendingSignIn } from './pending-sign-in.js';

/** What the provider's answer proved: the ID token's claims, and the token itself for signing out. */
export type ProviderSignIn = { claims: Record<string, unknown>; idToken: string };

/**
 * The OpenID Connect provider, known only through its discovery document: authorization code with
 * PKCE S256, `state` and `nonce`, a confidential client. openid-client (certified) checks the
 * answer: the state, the code's exchange with the verifier, the ID token's signature, issuer,
 * audience, expiry and nonce. Nothing here is specific to one provider.
 */
export class IdentityProvider {
  private constructor(
    private readonly configuration: oidc.Configuration,
    private readonly settings: GatewayConfig['oidc'],
    private readonly redirectUri: string,
  ) {}

  static async discover(config: GatewayConfig): Promise<IdentityProvider> {
    const { issuer, clientId, clientSecret } = config.oidc;
    const configuration = await oidc.discovery(
      issuer,
      clientId,
      clientSecret,
      undefined,
      // A provider on plain HTTP is the local one (127.0.0.1): openid-client refuses it unless told.
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the option exists for that case
      issuer.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined,
    );
    return new IdentityProvider(configuration, config.oidc, new URL('/auth/retour', config.publicUrl).href);
  }

  /** A new sign-in: where to send the browser, and what its return must match. */
  async start(
    returnTo: string,
    options: { forceLogin: boolean },
  ): Promise<{ url: URL; pending: PendingSignIn }> {
    const pending: PendingSignIn = {
      codeVerifier: oidc.randomPKCECodeVerifier(),
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      returnTo,
    };
    const url = oidc.buildAuthorizationUrl(this.configuration, {
      redirect_uri: this.redirectUri,
      scope: this.settings.scopes,
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
      ...(options.forceLogin ? { prompt: 'login' } : {}),
    });
    return { url, pending };
  }

  /** The provider's return, checked against the pending sign-in; throws on any mismatch or refusal. */
  async finish(currentUrl: URL, pending: PendingSignIn): Promise<ProviderSignIn> {
    const tokens = await oidc.authorizationCodeGrant(this.configuration, currentUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims || tokens.id_token === undefined) throw new Error("Pas de jeton d'identité dans la réponse.");
    return { claims, idToken: tokens.id_token };
  }

  /** Where to end the person's session at the provider too (RP-initiated logout), then come back. */
  endSessionUrl(idToken: string, postLogoutRedirectUri: string): string | null {
    if (this.configuration.serverMetadata().end_session_endpoint === undefined) return null;
    return oidc.buildEndSessionUrl(this.configuration, {
      id_token_hint: idToken,
      post_logout_redirect_uri: postLogoutRedirectUri,
    }).href;
  }
}
