import createClient, { type Client } from 'openapi-fetch';

import type { paths } from './generated/read-api.js';

/**
 * The read API through the client generated from its OpenAPI document: typed paths, parameters and
 * answers. It is called at the dashboard's own origin (the dev server, `vite preview` and nginx forward
 * `/v1`), through the session's `fetch`, which signs each request.
 */
export type ReadApi = Client<paths>;

export function createReadApi(fetch: (request: Request) => Promise<Response>, baseUrl = ''): ReadApi {
  return createClient<paths>({ baseUrl, fetch, headers: { accept: 'application/json' } });
}
