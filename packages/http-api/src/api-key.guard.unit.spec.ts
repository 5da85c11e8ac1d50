import 'reflect-metadata';

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host.js';
import { createCredential, CredentialStore } from '@cci/credentials';
import { referenceData } from '@cci/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';

import { ApiKeyGuard, type AuthenticationAudit } from './api-key.guard.js';
import { ProblemError, type Problem } from './problems.js';
import { rateLimitPerCredential, type RateLimit } from './rate-limit.js';
import { AUTHENTICATION_AUDIT, CREDENTIAL_STORE } from './tokens.js';

type Refusal = Parameters<AuthenticationAudit['refused']>[0];

/** Two routes of two controllers; the throttler looks their metadata up by controller and handler. */
const ROUTES = {
  region: {
    controller: class ViewsController {
      readonly path = '/v1/regions';
    },
    handler: () => 'region',
  },
  report: {
    controller: class CommandsController {
      readonly path = '/v1/commands';
    },
    handler: () => 'report',
  },
};

let folder: string;
let credentials: CredentialStore;
let mayenne: { key: string; credentialId: string };
let vendee: { key: string; credentialId: string };
const contexts: INestApplicationContext[] = [];

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'cci-http-api-'));
  const file = join(folder, 'credentials.json');
  const issue = async (cciId: string) => {
    const { key, credential } = await createCredential(file, { cciId, reference: referenceData });
    return { key, credentialId: credential.keyId };
  };
  mayenne = await issue('cci-mayenne');
  vendee = await issue('cci-vendee');
  credentials = await CredentialStore.open(file, { reference: referenceData });
});

afterAll(async () => {
  credentials.close();
  await rm(folder, { recursive: true, force: true });
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

/** The guard as an API wires it: the throttler module, the credential store, the audit trail. */
async function guarded(rateLimit: RateLimit) {
  const refusals: Refusal[] = [];
  @Module({
    imports: [rateLimitPerCredential(rateLimit)],
    providers: [
      { provide: CREDENTIAL_STORE, useValue: credentials },
      { provide: AUTHENTICATION_AUDIT, useValue: { refused: (entry: Refusal) => refusals.push(entry) } },
      ApiKeyGuard,
    ],
  })
  class GuardedModule {}
  const context = await NestFactory.createApplicationContext(GuardedModule, { logger: false });
  contexts.push(context);
  const guard = context.get(ApiKeyGuard);

  /** One call to a guarded route: the status it gets (200 when let through) and its problem. */
  const call = async (
    key: string,
    route: keyof typeof ROUTES = 'region',
    headers: Record<string, string> = {},
  ): Promise<{ status: number; problem?: Problem }> => {
    const all: Record<string, string> = { authorization: `Bearer ${key}`, ...headers };
    const request = { header: (name: string) => all[name.toLowerCase()], path: `/v1/${route}` };
    const response = { locals: { correlationId: 'test' } };
    const { controller, handler } = ROUTES[route];
    try {
      await guard.canActivate(new ExecutionContextHost([request, response], controller, handler));
      return { status: 200 };
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      return { status: error.problem.status, problem: error.problem };
    }
  };
  return { call, refusals };
}

describe('ApiKeyGuard: the rate limit per credential', () => {
  it('lets a key spend its burst, then answers 429 in French with a whole number of seconds to wait, audited', async () => {
    const { call, refusals } = await guarded({ capacity: 3, refillPerSecond: 1 });

    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await call(mayenne.key)).status);
    const refused = await call(mayenne.key);

    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(refused.problem).toMatchObject({
      status: 429,
      type: '/problemes/trop-de-requetes',
      title: 'Trop de requêtes',
    });
    const wait = refused.problem?.retryAfterSeconds ?? 0;
    expect(Number.isInteger(wait) && wait >= 1 && wait <= 3).toBe(true);
    expect(refused.problem?.detail).toBe(
      `Limite de débit atteinte pour cette clé : réessayez dans ${wait} s.`,
    );
    expect(refusals.map((r) => [r.status, r.caller?.credentialId, r.path])).toEqual([
      [429, mayenne.credentialId, '/v1/region'],
      [429, mayenne.credentialId, '/v1/region'],
    ]);
  });

  it('counts a key over every guarded route, and never against another key', async () => {
    const { call } = await guarded({ capacity: 2, refillPerSecond: 1 });

    expect((await call(mayenne.key, 'region')).status).toBe(200);
    expect((await call(mayenne.key, 'report')).status).toBe(200);
    expect((await call(mayenne.key, 'report')).status).toBe(429);
    expect((await call(mayenne.key, 'region')).status).toBe(429);
    expect((await call(vendee.key, 'region')).status).toBe(200);
  });

  it('takes nothing from a key for calls refused before the limit (unknown key, bad X-Person)', async () => {
    const { call } = await guarded({ capacity: 2, refillPerSecond: 1 });

    for (let i = 0; i < 3; i += 1) {
      expect((await call('cci_000000000000_inconnue')).status).toBe(401);
      expect((await call(mayenne.key, 'region', { 'x-person': '<script>' })).status).toBe(422);
    }

    expect((await call(mayenne.key)).status).toBe(200);
    expect((await call(mayenne.key)).status).toBe(200);
  });

  it('serves a key again once its oldest call has left the window', async () => {
    // 2 calls per 100 ms.
    const { call } = await guarded({ capacity: 2, refillPerSecond: 20 });
    await call(mayenne.key);
    await call(mayenne.key);
    expect((await call(mayenne.key)).status).toBe(429);

    await sleep(150);

    expect((await call(mayenne.key)).status).toBe(200);
  });
});
