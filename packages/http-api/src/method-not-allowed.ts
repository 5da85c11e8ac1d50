import { METHODS } from 'node:http';

import type { INestApplication } from '@nestjs/common';
import type express from 'express';

import { sendProblem } from './problem-response.js';
import { problems } from './problems.js';

type RouteLayer = {
  route?: { methods: Record<string, boolean | undefined> };
  match(path: string): unknown;
};

type Route = { matches(path: string): boolean; methods: string[] };

/**
 * The application's routes, as Express holds them once NestJS has registered them. A route for every
 * method is middleware NestJS mounts on all paths (the request logger), not an operation of the API.
 */
function routesOf(server: express.Express): Route[] {
  const stack = (server.router as unknown as { stack: RouteLayer[] }).stack;
  return stack.flatMap((layer) => {
    if (!layer.route) return [];
    const methods = Object.keys(layer.route.methods)
      .filter((method) => layer.route?.methods[method] === true)
      .map((method) => method.toUpperCase());
    if (methods.includes('_ALL') || METHODS.every((method) => methods.includes(method))) return [];
    const matches = (path: string) => {
      try {
        return layer.match(path) !== false;
      } catch {
        // A path that cannot be decoded matches no route: routing answers it.
        return false;
      }
    };
    return [{ matches, methods }];
  });
}

/**
 * A method a known path does not serve answers 405 with the methods it does serve in `Allow` (RFC
 * 9110), as a French problem, before authentication and before any body is read; `OPTIONS` answers
 * 204 with the same `Allow`. Paths no route knows go on to the 404. Register before `app.init()`: the
 * routes are read at the first request, when NestJS has registered them.
 */
export function methodNotAllowed(app: INestApplication) {
  const server = app.getHttpAdapter().getInstance() as express.Express;
  let routes: Route[] | undefined;
  return (request: express.Request, response: express.Response, next: express.NextFunction): void => {
    routes ??= routesOf(server);
    const served = new Set(routes.filter((route) => route.matches(request.path)).flatMap((r) => r.methods));
    if (served.has('GET')) served.add('HEAD');
    if (served.size === 0 || served.has(request.method)) {
      next();
      return;
    }
    const allow = [...served, 'OPTIONS'].sort().join(', ');
    response.setHeader('Allow', allow);
    if (request.method === 'OPTIONS') {
      response.status(204).end();
      return;
    }
    sendProblem(response, request, problems.methodNotAllowed());
  };
}
