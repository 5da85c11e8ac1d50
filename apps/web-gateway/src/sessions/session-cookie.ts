import type { CookieOptions } from 'express';

/**
 * The cookies the gateway sets. Over https they are `Secure`, and the session's takes the `__Host-`
 * prefix, which the browser accepts only from this host, on `/`, without `Domain`: a sibling
 * subdomain cannot plant a session of its own choosing.
 */
export type GatewayCookies = {
  session: { name: string; options: CookieOptions };
  pendingSignIn: { name: string; options: CookieOptions };
};

export function gatewayCookies(publicUrl: URL, pendingSeconds: number): GatewayCookies {
  const secure = publicUrl.protocol === 'https:';
  return {
    session: {
      name: secure ? '__Host-cci-session' : 'cci-session',
      // No expiry of its own: the server ends the session; the browser forgets it when it closes.
      options: { httpOnly: true, sameSite: 'lax', secure, path: '/' },
    },
    pendingSignIn: {
      name: 'cci-connexion',
      options: {
        httpOnly: true,
        sameSite: 'lax',
        secure,
        path: '/auth',
        signed: true,
        maxAge: pendingSeconds * 1000,
      },
    },
  };
}

/** The injection token of the gateway's `GatewayCookies`. */
export const GATEWAY_COOKIES = Symbol('GATEWAY_COOKIES');
