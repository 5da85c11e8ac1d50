import { Controller, Get, HttpCode, Inject, Post, Query, Req, Res } from '@nestjs/common';
import type { PersonEntry, ReferenceData } from '@cci/domain';
import { ProblemError, ROOT_LOGGER } from '@cci/http-api';
import type express from 'express';
import type { Logger } from 'pino';

import type { GatewayConfig } from '../config/gateway-config.js';
import { GATEWAY_CONFIG, REFERENCE_DATA } from '../config/tokens.js';
import { PeopleDirectory } from '../directory/people-directory.js';
import { unsafeRequestRefusal } from '../sessions/csrf.js';
import { GATEWAY_COOKIES } from '../sessions/session-cookie.js';
import type { GatewayCookies } from '../sessions/session-cookie.js';
import { sessionIdOf } from '../sessions/session-problems.js';
import { sessionKey, SessionStore } from '../sessions/session-store.js';
import { identityFromClaims } from './claims-mapping.js';
import { IdentityProvider } from './identity-provider.js';
import { pendingSignInFrom, safeReturnAddress } from './pending-sign-in.js';
import { renderSignInPage, type SignInPage } from './sign-in-page.js';

const START_AGAIN = { href: '/auth/connexion', label: 'Recommencer la connexion' };
const OTHER_ACCOUNT = { href: '/auth/connexion?compte=autre', label: 'Se connecter avec un autre compte' };

/**
 * The sign-in through the OpenID Connect provider (`/auth/connexion`, the provider's return at
 * `/auth/retour`) and the sign-out (`POST /auth/deconnexion`). A person is let in when the provider
 * proved their verified address and the directory has that address, active: the product, not the
 * provider, says who may act for a CCI.
 */
@Controller('auth')
export class SignInController {
  constructor(
    @Inject(IdentityProvider) private readonly provider: IdentityProvider,
    @Inject(SessionStore) private readonly sessions: SessionStore,
    @Inject(PeopleDirectory) private readonly people: PeopleDirectory,
    @Inject(GATEWAY_COOKIES) private readonly cookies: GatewayCookies,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @Inject(REFERENCE_DATA) private readonly reference: ReferenceData,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  @Get('connexion')
  async start(
    @Query('retour') returnTo: unknown,
    @Query('compte') account: unknown,
    @Res() response: express.Response,
  ): Promise<void> {
    const { url, pending } = await this.provider.start(safeReturnAddress(returnTo), {
      forceLogin: account === 'autre',
    });
    const { name, options } = this.cookies.pendingSignIn;
    response.cookie(name, JSON.stringify(pending), options);
    response.setHeader('Cache-Control', 'no-store');
    response.redirect(303, url.href);
  }

  @Get('retour')
  async finish(@Req() request: express.Request, @Res() response: express.Response): Promise<void> {
    const { name, options } = this.cookies.pendingSignIn;
    const pending = pendingSignInFrom((request.signedCookies as Record<string, unknown>)[name]);
    response.clearCookie(name, options);
    response.setHeader('Cache-Control', 'no-store');
    if (!pending) {
      this.page(response, 400, {
        title: 'Connexion à recommencer',
        paragraphs: [
          'Cette connexion a expiré ou a été commencée dans un autre navigateur : elle ne peut pas aboutir.',
          'Recommencez-la depuis le tableau de bord.',
        ],
        action: START_AGAIN,
      });
      return;
    }
    let signIn;
    try {
      signIn = await this.provider.finish(new URL(request.originalUrl, this.config.publicUrl), pending);
    } catch (error) {
      this.logger.warn(
        { err: error, audit: 'connexion-refusee', reason: 'reponse-invalide' },
        'Connexion refusée',
      );
      this.page(response, 400, {
        title: 'La connexion n’a pas abouti',
        paragraphs: [
          "La réponse du fournisseur d'identité n'a pas pu être vérifiée, ou la connexion y a été interrompue.",
          'Recommencez la connexion ; si cela se reproduit, signalez-le à la DSI de votre CCI régionale.',
        ],
        action: START_AGAIN,
      });
      return;
    }
    const identity = identityFromClaims(signIn.claims, this.config.oidc.claims);
    if (!identity.ok) {
      this.logger.warn({ audit: 'connexion-refusee', reason: identity.reason }, 'Connexion refusée');
      this.page(response, 403, {
        title: 'Accès refusé',
        paragraphs: [identity.message],
        action: OTHER_ACCOUNT,
      });
      return;
    }
    const { email, subject } = identity.identity;
    const person = await this.people.byEmail(email);
    if (!person || person.status === 'removed') {
      this.logger.warn(
        { audit: 'connexion-refusee', reason: person ? 'personne-retiree' : 'personne-inconnue', subject },
        'Connexion refusée',
      );
      this.page(response, 403, this.refusalPage(email, person));
      return;
    }
    const previous = sessionIdOf(request, this.cookies);
    // A session id the browser held before signing in is never reused (session fixation).
    if (previous !== undefined) await this.sessions.end(sessionKey(previous));
    const { sessionId } = await this.sessions.open(
      {
        personId: person.personId,
        cciId: person.cciId,
        name: person.name,
        email,
        subject,
        idToken: signIn.idToken,
      },
      new Date(),
    );
    this.logger.info(
      { audit: 'connexion', personId: person.personId, cciId: person.cciId, subject },
      'Connexion ouverte',
    );
    response.cookie(this.cookies.session.name, sessionId, this.cookies.session.options);
    response.redirect(303, pending.returnTo);
  }

  /**
   * Ends the session here, then at the provider: the answer names the provider's sign-out address
   * (with `id_token_hint`), which brings the browser back to the dashboard. The dashboard posts it
   * with the CSRF token, so that another site cannot sign a person out.
   */
  @Post('deconnexion')
  @HttpCode(200)
  async signOut(@Req() request: express.Request, @Res() response: express.Response): Promise<void> {
    const sessionId = sessionIdOf(request, this.cookies);
    const session = sessionId === undefined ? null : await this.sessions.find(sessionId);
    const refusal = unsafeRequestRefusal(
      { method: request.method, origin: request.header('origin'), csrfToken: request.header('x-csrf-token') },
      { origin: this.config.publicUrl.origin, csrfToken: session?.csrfToken ?? null },
    );
    if (refusal) throw new ProblemError(refusal);
    const home = new URL('/', this.config.publicUrl).href;
    if (session) {
      await this.sessions.end(session._id);
      this.logger.info(
        { audit: 'deconnexion', personId: session.personId, cciId: session.cciId },
        'Session terminée',
      );
    }
    response.clearCookie(this.cookies.session.name, this.cookies.session.options);
    response.setHeader('Cache-Control', 'no-store');
    response.json({
      redirectTo: session ? (this.provider.endSessionUrl(session.idToken, home) ?? home) : home,
    });
  }

  private refusalPage(email: string, person: PersonEntry | null): SignInPage {
    if (person === null)
      return {
        title: 'Accès refusé',
        paragraphs: [
          `L’adresse ${email} n’est inscrite pour aucune CCI du réseau.`,
          'Demandez à un administrateur de votre CCI (rôle « administration ») de vous inviter avec cette adresse, puis reconnectez-vous. Si vous vous êtes connecté avec un autre compte que le vôtre, changez de compte.',
        ],
        action: OTHER_ACCOUNT,
      };
    const cci = this.reference.cci(person.cciId)?.name ?? person.cciId;
    return {
      title: 'Accès refusé',
      paragraphs: [
        `L’accès de ${person.name} (${email}) pour ${cci} a été retiré.`,
        `Si c’est une erreur, demandez à un administrateur de ${cci} (rôle « administration ») de vous inviter à nouveau.`,
      ],
      action: OTHER_ACCOUNT,
    };
  }

  private page(response: express.Response, status: number, page: SignInPage): void {
    // The page's own policy: an inline style and links, nothing else; and no `upgrade-insecure-requests`,
    // which would turn its links to a plain-HTTP gateway (the local run) into dead https ones.
    response.setHeader(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    response.status(status).type('html').send(renderSignInPage(page));
  }
}
