import { CSRF_HEADER, type SessionEnd } from './session-fetch.js';

/** What the web gateway says of the session (`GET /v1/session`): who is signed in, and the CSRF token. */
export type GatewaySession = {
  person: { id: string; name: string; email: string };
  cci: { id: string; name: string };
  roles: string[];
  csrfToken: string;
};

export type SessionLookup =
  { status: 'signed-in'; session: GatewaySession } | { status: 'signed-out'; end: SessionEnd | null };

/** The session this browser holds, if any: signed out (never signed in), ended, or refused. */
export async function currentSession(): Promise<SessionLookup> {
  // Asked exactly as index.html preloads it (no header of its own), so that the browser hands over the
  // answer it fetched while the code was loading.
  const response = await fetch('/v1/session', { credentials: 'same-origin' });
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (response.ok && body) return { status: 'signed-in', session: body as GatewaySession };
  const code = typeof body?.code === 'string' ? body.code : null;
  const detail = typeof body?.detail === 'string' ? body.detail : null;
  if (response.status === 403) return { status: 'signed-out', end: { reason: 'refused', detail } };
  if (code === 'session-expiree') return { status: 'signed-out', end: { reason: 'expired', detail } };
  if (response.status === 401) return { status: 'signed-out', end: null };
  throw new Error(detail ?? `La passerelle a répondu ${String(response.status)}.`);
}

/** Where the gateway's sign-in starts, coming back to `returnTo` (a path of the dashboard). */
export function signInHref(returnTo: string, otherAccount = false): string {
  const query = new URLSearchParams({ retour: returnTo });
  if (otherAccount) query.set('compte', 'autre');
  return `/auth/connexion?${query.toString()}`;
}

/**
 * Ends the session at the gateway, which answers where to go next: the provider's own sign-out,
 * which comes back to the dashboard.
 */
export async function signOutAtGateway(csrfToken: string): Promise<string> {
  const response = await fetch('/auth/deconnexion', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { [CSRF_HEADER]: csrfToken, accept: 'application/json' },
  });
  const body = (await response.json().catch(() => null)) as { redirectTo?: unknown } | null;
  return typeof body?.redirectTo === 'string' ? body.redirectTo : '/';
}
