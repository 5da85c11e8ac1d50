/**
 * The open data (`/v1/donnees-ouvertes/<file>`): the read API's public files, which the gateway
 * forwards without a session, a cookie or a person token, like a message's unsubscribe link. Reads
 * only (GET, HEAD), and only a plain file name under the prefix: nothing else of the read API is
 * reachable this way (no `..`, no encoded slash, no sub-path).
 */
export const OPEN_DATA_PREFIX = '/v1/donnees-ouvertes/';

const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z]+$/;
const READ_METHODS = new Set(['GET', 'HEAD']);

export function isOpenDataRequest(method: string, path: string): boolean {
  return (
    READ_METHODS.has(method) &&
    path.startsWith(OPEN_DATA_PREFIX) &&
    FILE_NAME.test(path.slice(OPEN_DATA_PREFIX.length))
  );
}
