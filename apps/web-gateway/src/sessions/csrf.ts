import { createHash, timingSafeEqual } from 'node:crypto';

import { problems, type Problem } from '@cci/http-api';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** Equal in constant time, whatever the lengths (both sides are hashed to 32 bytes first). */
export function sameToken(presented: string, expected: string): boolean {
  return timingSafeEqual(digest(presented), digest(expected));
}

/**
 * What an unsafe request (anything but GET, HEAD, OPTIONS) must show besides its session cookie:
 * an `Origin` that is the dashboard's, and the session's CSRF token in `X-CSRF-Token`. The cookie
 * alone proves nothing about who wrote the request, since the browser sends it whichever page asks.
 */
export function unsafeRequestRefusal(
  request: { method: string; origin: string | undefined; csrfToken: string | undefined },
  expected: { origin: string; csrfToken: string | null },
): Problem | null {
  if (SAFE_METHODS.has(request.method)) return null;
  if (request.origin !== expected.origin)
    return problems.forbidden(
      `Requête refusée : elle ne vient pas du tableau de bord (origine ${request.origin === undefined ? 'absente' : `« ${request.origin} »`}).`,
      'origine-refusee',
    );
  if (
    expected.csrfToken !== null &&
    (request.csrfToken === undefined || !sameToken(request.csrfToken, expected.csrfToken))
  )
    return problems.forbidden(
      'Requête refusée : le jeton anti-falsification (en-tête X-CSRF-Token) manque ou ne correspond pas à votre session. Rechargez la page.',
      'jeton-csrf-invalide',
    );
  return null;
}
