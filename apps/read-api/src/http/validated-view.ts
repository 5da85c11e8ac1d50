import type express from 'express';

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
 * Answers a view with its validator: 304 with no body when the client's copy carries it, without
 * building anything; otherwise the body `build` gives. The headers are set only on these two answers,
 * so that a failure's problem document never carries a tag the browser could keep. `Vary` is set on
 * the 304 too, as compression sets it on the 200.
 */
export async function sendValidatedView(
  request: express.Request,
  response: express.Response,
  tag: string,
  build: () => Promise<unknown>,
): Promise<void> {
  const withValidator = () =>
    response.setHeader('ETag', tag).setHeader('Cache-Control', VIEW_CACHING).vary('Accept-Encoding');
  if (namesValidator(request.header('if-none-match'), tag)) {
    withValidator().status(304).end();
    return;
  }
  const view = await build();
  withValidator().json(view);
}
