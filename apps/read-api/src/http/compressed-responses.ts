import compression from 'compression';
import type express from 'express';

/**
 * Views and exports leave compressed (Brotli or gzip, as the client accepts): the regional view is about
 * 300 KB of JSON and a tenth of that on the wire. The live stream is left as it is, since compressing
 * buffers and a notice must leave at once.
 */
export function compressedResponses(): express.RequestHandler {
  return compression({
    filter: (request, response) =>
      !String(response.getHeader('content-type') ?? '').startsWith('text/event-stream') &&
      compression.filter(request, response),
  });
}
