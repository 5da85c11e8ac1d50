/** The API a request of the dashboard goes to. */
export type Upstream = 'read' | 'ingest';

const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * The ingest API takes the commands, the people's and machine keys' writes, and serves the events'
 * schemas; the read API everything else under `/v1`. Reading the lists of people and keys is the
 * read API's, writing them the ingest API's, at the same paths.
 */
export function upstreamOf(method: string, path: string): Upstream {
  const under = (prefix: string) => path === prefix || path.startsWith(`${prefix}/`);
  if (under('/v1/commands') || under('/v1/schemas')) return 'ingest';
  if ((under('/v1/people') || under('/v1/machine-keys')) && !READ_METHODS.has(method)) return 'ingest';
  return 'read';
}
