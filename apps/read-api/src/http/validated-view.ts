import type express from 'express';

import type { BuiltView, ViewBodies, ViewEncoding } from './view-bodies.js';

/**
 * The regional and national views may be kept by the browser alone (`private`: they are a CCI's) and
 * never used without asking (`no-cache`): each use revalidates with `If-None-Match`, which the browser
 * adds from its cache by itself.
 */
export const VIEW_CACHING = 'private, no-cache';

/**
 * Whether an `If-None-Match` header names the tag: a list of tags or `*`, compared weakly (the `W/`
 * prefix ignored on both sides), as RFC 9110 asks of that header.
 */
export function namesValidator(ifNoneMatch: string | undefined, tag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (t: string) => t.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => opaque(candidate) === opaque(tag));
}

/**
 * Answers a view with its validator: 304 with no body when the client's copy carries `tag`, without
 * building anything; otherwise the view `bodies` keep under `tag`, or the one `build` reads and
 * builds, sent with the validator of what it read. The headers are set only on these answers, so
 * that a failure's problem document never carries a tag the browser could keep. `Vary` is set on the
 * 304 too, as compression sets it on the 200.
 */
export async function sendValidatedView(
  request: express.Request,
  response: express.Response,
  tag: string,
  bodies: ViewBodies,
  build: () => Promise<BuiltView>,
): Promise<void> {
  const withValidator = (validator: string) =>
    response.setHeader('ETag', validator).setHeader('Cache-Control', VIEW_CACHING).vary('Accept-Encoding');
  if (namesValidator(request.header('if-none-match'), tag)) {
    withValidator(tag).status(304).end();
    return;
  }
  const sent = await bodies.view(tag, build);
  withValidator(sent.tag).type('application/json');
  const encoding = encodingFor(request);
  if (encoding === null) response.send(sent.json);
  else response.setHeader('Content-Encoding', encoding).send(await bodies.encoded(sent, encoding));
}

/**
 * The encoding a view leaves in, as the compression middleware would choose it (which leaves alone a
 * body already encoded): Brotli or gzip as the client accepts them, Brotli first; none for a client
 * that names no encoding.
 */
function encodingFor(request: express.Request): ViewEncoding | null {
  if (request.header('accept-encoding') === undefined) return null;
  const chosen = request.acceptsEncodings(['br', 'gzip']);
  return chosen === 'br' || chosen === 'gzip' ? chosen : null;
}
