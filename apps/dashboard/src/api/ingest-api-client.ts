import createClient, { type Client } from 'openapi-fetch';

import type { paths } from './generated/ingest-api.js';

/**
 * The ingest (write) API through the client generated from its OpenAPI document: the commands' paths
 * and bodies are typed, and a refusal becomes an `ApiProblem` (`dataOf('saisie', …)`) whose fields a
 * form shows beside its own. Called at the dashboard's origin, where `/v1/commands` is forwarded to it.
 */
export type IngestApi = Client<paths>;

export function createIngestApi(fetch: (request: Request) => Promise<Response>, baseUrl = ''): IngestApi {
  return createClient<paths>({ baseUrl, fetch, headers: { accept: 'application/json' } });
}
