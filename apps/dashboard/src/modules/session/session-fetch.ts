/**
 * How every call to the APIs goes: to the web gateway at the dashboard's own origin, which knows the
 * person by the session's HttpOnly cookie (the browser sends it; this code never sees it) and forwards
 * the call with a token of its own. An unsafe call also carries the session's CSRF token. A 401 (the
 * session ended) or a 403 that closes the access (a person removed from the directory) ends the
 * session here: `onEnded` says why.
 */
export type SessionFetch = (request: Request) => Promise<Response>;

export type SessionEnd = { reason: 'expired' | 'refused'; detail: string | null };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** The 403s about the person, not about one request: the gateway ended their session. */
const ACCESS_CLOSED = new Set(['personne-retiree', 'personne-inconnue', 'rattachement-change']);

export const CSRF_HEADER = 'x-csrf-token';

async function problemOf(response: Response): Promise<{ code: string | null; detail: string | null }> {
  try {
    const body = (await response.clone().json()) as { code?: unknown; detail?: unknown };
    return {
      code: typeof body.code === 'string' ? body.code : null,
      detail: typeof body.detail === 'string' ? body.detail : null,
    };
  } catch {
    return { code: null, detail: null };
  }
}

export function createSessionFetch(csrfToken: string, onEnded: (end: SessionEnd) => void): SessionFetch {
  return async (request) => {
    if (!SAFE_METHODS.has(request.method)) request.headers.set(CSRF_HEADER, csrfToken);
    const response = await fetch(request, { credentials: 'same-origin' });
    if (response.status === 401) {
      onEnded({ reason: 'expired', detail: (await problemOf(response)).detail });
    } else if (response.status === 403) {
      const { code, detail } = await problemOf(response);
      if (code !== null && ACCESS_CLOSED.has(code)) onEnded({ reason: 'refused', detail });
    }
    return response;
  };
}
