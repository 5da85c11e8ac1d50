import type { Page } from 'playwright-core';

/** What an API answered through the gateway: its status, its content type and its JSON body. */
export type GatewayAnswer = { status: number; contentType: string | null; body: unknown };

/**
 * A call a person's open page makes at the dashboard's origin, as the dashboard's own clients do: the
 * session's HttpOnly cookie goes with it, an unsafe method carries the session's CSRF token (read
 * from `GET /v1/session`, which only this origin can read), and the gateway forwards it to the API.
 */
export async function callThroughGateway(
  page: Page,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<GatewayAnswer> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const headers: Record<string, string> = { accept: 'application/json' };
      if (body !== undefined) headers['content-type'] = 'application/json';
      // A read needs no token: it goes alone, so that it is the session's next request.
      if (method !== 'GET') {
        const session = (await (await fetch('/v1/session')).json()) as { csrfToken?: string };
        headers['x-csrf-token'] = session.csrfToken ?? '';
      }
      const response = await fetch(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return {
        status: response.status,
        contentType: response.headers.get('content-type'),
        body: (await response.json().catch(() => null)) as unknown,
      };
    },
    { method, path, body },
  );
}
