import { correlationIdOf, problems, sendProblem } from '@cci/http-api';
import { mintPersonToken, type TokenKey } from '@cci/person-token';
import type express from 'express';
import { createProxyMiddleware, fixRequestBody, proxyEventsPlugin, type Plugin } from 'http-proxy-middleware';
import type { Logger } from 'pino';

import type { GatewayConfig } from '../config/gateway-config.js';
import { unsafeRequestRefusal } from '../sessions/csrf.js';
import type { SessionCheckpoint } from '../sessions/session-check.js';
import type { GatewayCookies } from '../sessions/session-cookie.js';
import { forgetSession, sessionIdOf } from '../sessions/session-problems.js';
import { isOpenDataRequest } from './open-data.js';
import { unsubscribeBody, UNSUBSCRIBE_PATH } from './unsubscribe-link.js';
import { upstreamOf, type Upstream } from './upstream.js';

const LABELS: Record<Upstream, string> = { read: "L'API de lecture", ingest: "L'API d'écriture" };

/** What the browser sent that the APIs must not see: the session's secrets, and any credential of its own. */
const STRIPPED_HEADERS = ['cookie', 'x-csrf-token', 'authorization', 'x-api-key'];

/** An API that does not answer: a French 503 the dashboard shows, never the library's English text. */
function unreachable(upstream: Upstream, logger: Logger): Plugin {
  return (proxyServer) => {
    proxyServer.on('error', (error, request, response) => {
      logger.warn({ err: error, upstream }, 'API injoignable');
      if (response === undefined) return;
      if (!('writeHead' in response)) {
        response.destroy();
        return;
      }
      sendProblem(
        response as express.Response,
        request as express.Request,
        problems.serviceUnavailable(
          'Service indisponible',
          `${LABELS[upstream]} ne répond pas : réessayez dans quelques secondes.`,
          5,
        ),
      );
    });
  };
}

export type ApiProxyDependencies = {
  config: GatewayConfig;
  checkpoint: SessionCheckpoint;
  cookies: GatewayCookies;
  signingKey: TokenKey;
  logger: Logger;
};

/**
 * `/v1/**` (but the gateway's own `/v1/session`) to the API it belongs to, on behalf of the session's
 * person: the session checked first (ended, removed person: the French 401/403, nothing forwarded),
 * an unsafe method's origin and CSRF token checked, then the request forwarded with a person token
 * signed for that API alone, and the answer streamed back as it comes (the live notices included).
 * A message's unsubscribe link (`POST /v1/unsubscribe`) goes to the ingest API without any of it,
 * and a read of the open data (`GET /v1/donnees-ouvertes/<file>`) to the read API.
 */
export function apiProxy({ config, checkpoint, cookies, signingKey, logger }: ApiProxyDependencies) {
  const proxyTo = (upstream: Upstream) =>
    createProxyMiddleware({
      target: config.upstreams[upstream],
      changeOrigin: true,
      xfwd: true,
      ejectPlugins: true,
      plugins: [proxyEventsPlugin, unreachable(upstream, logger)],
      // JSON bodies were already read by the gateway's parser (with its size limit): written again.
      on: { proxyReq: fixRequestBody },
    });
  const proxies: Record<Upstream, ReturnType<typeof proxyTo>> = {
    read: proxyTo('read'),
    ingest: proxyTo('ingest'),
  };
  const origin = config.publicUrl.origin;

  return async (request: express.Request, response: express.Response, next: express.NextFunction) => {
    if (!request.path.startsWith('/v1/') || request.path === '/v1/session') {
      next();
      return;
    }
    if (request.path === UNSUBSCRIBE_PATH && request.method === 'POST') {
      const body = unsubscribeBody(request);
      if ('problem' in body) {
        sendProblem(response, request, body.problem);
        return;
      }
      for (const header of STRIPPED_HEADERS) Reflect.deleteProperty(request.headers, header);
      request.body = body;
      request.headers['content-type'] = 'application/json';
      request.headers['x-correlation-id'] = correlationIdOf(response);
      await proxies.ingest(request, response, next);
      return;
    }
    if (isOpenDataRequest(request.method, request.path)) {
      for (const header of STRIPPED_HEADERS) Reflect.deleteProperty(request.headers, header);
      request.headers['x-correlation-id'] = correlationIdOf(response);
      await proxies.read(request, response, next);
      return;
    }
    const check = await checkpoint.check(sessionIdOf(request, cookies));
    if (!check.ok) {
      forgetSession(response, cookies, check.problem);
      sendProblem(response, request, check.problem);
      return;
    }
    const { session, person } = check.active;
    const refusal = unsafeRequestRefusal(
      { method: request.method, origin: request.header('origin'), csrfToken: request.header('x-csrf-token') },
      { origin, csrfToken: session.csrfToken },
    );
    if (refusal) {
      sendProblem(response, request, refusal);
      return;
    }
    const upstream = upstreamOf(request.method, request.path);
    const token = await mintPersonToken(
      {
        personId: person.personId,
        name: person.name,
        email: person.email,
        cciId: person.cciId,
        roles: person.roles,
        sessionId: session._id,
      },
      {
        signingKey,
        issuer: config.personTokens.issuer,
        audience: config.personTokens.audiences[upstream],
      },
    );
    for (const header of STRIPPED_HEADERS) Reflect.deleteProperty(request.headers, header);
    request.headers.authorization = `Bearer ${token}`;
    request.headers['x-correlation-id'] = correlationIdOf(response);
    await proxies[upstream](request, response, next);
  };
}
