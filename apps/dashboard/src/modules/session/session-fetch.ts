/**
 * How every call to the APIs proves who is asking: today the CCI's API key as a bearer token (the
 * stream of live notices included, which is why `EventSource` is not used). A 401 means the key is
 * no longer accepted: `onUnauthorized` ends the session. Moving to personal accounts (an OIDC session
 * cookie set by a gateway) changes this function and the sign-in, nothing else.
 */
export type SessionFetch = (request: Request) => Promise<Response>;

export function createSessionFetch(apiKey: string, onUnauthorized: () => void): SessionFetch {
  return async (request) => {
    request.headers.set('authorization', `Bearer ${apiKey}`);
    const response = await fetch(request);
    if (response.status === 401) onUnauthorized();
    return response;
  };
}
