import 'reflect-metadata';

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host.js';
import { createCredential, CredentialStore, generateApiKey, hashSecret } from '@cci/credentials';
import { referenceData } from '@cci/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ensureLocalKeyPair,
  mintPersonToken,
  PersonTokenVerifier,
  readSigningKey,
  readVerificationKeys,
  type PersonClaims,
  type TokenKey,
} from '@cci/person-token';

import {
  CallerAuthenticator,
  type DirectoryMachineKey,
  type DirectoryPerson,
} from './caller-authenticator.js';
import { CallerGuard, type AuthenticationAudit, type CallerRequest } from './caller.guard.js';
import { ProblemError, type Problem } from './problems.js';
import { rateLimitPerCredential, type RateLimit } from './rate-limit.js';
import { AUTHENTICATION_AUDIT, CALLER_AUTHENTICATOR } from './tokens.js';

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

const AUDIENCE = { issuer: 'cci-passerelle', audience: 'cci-read-api' };
const ISABELLE = '3b1f0d6e-9a4c-4f2e-8d7b-5c6a1e2f3d4b';

let folder: string;
let credentials: CredentialStore;
let signingKey: TokenKey;
let verifier: PersonTokenVerifier;
/** The directory as the API's own source would answer it. */
const people = new Map<string, DirectoryPerson>();
const machineKeys = new Map<string, DirectoryMachineKey>();
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
  const pair = ensureLocalKeyPair(folder);
  signingKey = await readSigningKey(pair.privateKeyFile);
  verifier = new PersonTokenVerifier(await readVerificationKeys(pair.publicKeyFile), AUDIENCE);
});

afterAll(async () => {
  credentials.close();
  await rm(folder, { recursive: true, force: true });
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

/** The guard as an API wires it: the throttler module, the authenticator, the audit trail. */
async function guarded(rateLimit: RateLimit = { capacity: 100, refillPerSecond: 100 }) {
  const refusals: Refusal[] = [];
  const directory = {
    machineKey: (keyId: string) => Promise.resolve(machineKeys.get(keyId) ?? null),
    person: (personId: string) => Promise.resolve(people.get(personId) ?? null),
  };
  @Module({
    imports: [rateLimitPerCredential(rateLimit)],
    providers: [
      {
        provide: CALLER_AUTHENTICATOR,
        useValue: new CallerAuthenticator(credentials, directory, verifier, referenceData),
      },
      { provide: AUTHENTICATION_AUDIT, useValue: { refused: (entry: Refusal) => refusals.push(entry) } },
      CallerGuard,
    ],
  })
  class GuardedModule {}
  const context = await NestFactory.createApplicationContext(GuardedModule, { logger: false });
  contexts.push(context);
  const guard = context.get(CallerGuard);

  /** One call to a guarded route: the status it gets (200 when let through) and its problem. */
  const call = async (
    key: string,
    route: keyof typeof ROUTES = 'region',
    headers: Record<string, string> = {},
  ): Promise<{ status: number; problem?: Problem; caller?: CallerRequest['caller'] }> => {
    const all: Record<string, string> = { authorization: `Bearer ${key}`, ...headers };
    const request: {
      header: (name: string) => string | undefined;
      path: string;
      caller?: CallerRequest['caller'];
    } = {
      header: (name: string) => all[name.toLowerCase()],
      path: `/v1/${route}`,
    };
    const response = { locals: { correlationId: 'test' } };
    const { controller, handler } = ROUTES[route];
    try {
      await guard.canActivate(new ExecutionContextHost([request, response], controller, handler));
      return { status: 200, caller: request.caller };
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      return { status: error.problem.status, problem: error.problem };
    }
  };
  return { call, refusals };
}

describe('CallerGuard: the rate limit per credential', () => {
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
      `Limite de débit atteinte pour cet accès : réessayez dans ${wait} s.`,
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

  it('takes nothing from a key for calls refused before the limit', async () => {
    const { call } = await guarded({ capacity: 2, refillPerSecond: 1 });

    for (let i = 0; i < 3; i += 1) {
      expect((await call('cci_000000000000_inconnue')).status).toBe(401);
      expect((await call('aaa.bbb.ccc')).status).toBe(401);
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

function claimsOf(personId: string, overrides: Partial<PersonClaims> = {}): PersonClaims {
  return {
    personId,
    name: 'Isabelle Rousseau',
    email: 'isabelle.rousseau@mayenne.cci.example',
    cciId: 'cci-mayenne',
    roles: ['administration', 'saisie', 'validation'],
    sessionId: 'session',
    ...overrides,
  };
}

describe('CallerGuard: who calls', () => {
  it('names a key of the credentials file with every role of its CCI’s kind, whatever X-Person says', async () => {
    const { call } = await guarded();
    const answer = await call(mayenne.key, 'region', { 'x-person': 'Le Président' });
    expect(answer.caller).toEqual({
      cciId: 'cci-mayenne',
      cciKind: 'territorial',
      roles: ['saisie', 'lecture', 'administration'],
      agent: { kind: 'machine-key', keyId: mayenne.credentialId, label: '', source: 'file' },
      credentialId: mayenne.credentialId,
    });
  });

  it('names a key of the directory with its own roles, and refuses it revoked or with a wrong secret', async () => {
    const { call, refusals } = await guarded();
    const issued = generateApiKey();
    const entry: DirectoryMachineKey = {
      keyId: issued.keyId,
      cciId: 'cci-vendee',
      label: 'Tableur',
      roles: ['lecture'],
      secretHash: hashSecret(issued.secret),
      revoked: false,
    };
    machineKeys.set(issued.keyId, entry);
    expect((await call(issued.key)).caller).toMatchObject({
      cciId: 'cci-vendee',
      roles: ['lecture'],
      agent: { kind: 'machine-key', keyId: issued.keyId, label: 'Tableur', source: 'directory' },
    });
    const forged = `${issued.key.slice(0, -2)}${issued.key.endsWith('AA') ? 'BA' : 'AA'}`;
    expect((await call(forged)).problem).toMatchObject({ status: 401, code: 'cle-inconnue' });
    machineKeys.set(issued.keyId, { ...entry, revoked: true });
    expect((await call(issued.key)).problem).toMatchObject({ status: 401, code: 'cle-revoquee' });
    expect(refusals.map((r) => r.problem.code)).toEqual(['cle-inconnue', 'cle-revoquee']);
  });

  it('names a person by their token, with the CCI and roles the directory gives now, not the token', async () => {
    const { call } = await guarded();
    people.set(ISABELLE, {
      personId: ISABELLE,
      cciId: 'cci-mayenne',
      name: 'Isabelle Rousseau',
      roles: ['saisie'],
      status: 'active',
    });
    const token = await mintPersonToken(claimsOf(ISABELLE), { signingKey, ...AUDIENCE });
    expect((await call(token)).caller).toEqual({
      cciId: 'cci-mayenne',
      cciKind: 'territorial',
      roles: ['saisie'],
      agent: { kind: 'person', personId: ISABELLE, name: 'Isabelle Rousseau' },
      credentialId: ISABELLE,
    });
  });

  it('refuses a removed person, a person moved to another CCI, one the directory lacks, and a bad token', async () => {
    const { call } = await guarded();
    const removed = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    const moved = '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e';
    people.set(removed, {
      personId: removed,
      cciId: 'cci-mayenne',
      name: 'A',
      roles: ['saisie'],
      status: 'removed',
    });
    people.set(moved, {
      personId: moved,
      cciId: 'cci-vendee',
      name: 'B',
      roles: ['saisie'],
      status: 'active',
    });
    const token = (personId: string, audience = AUDIENCE.audience) =>
      mintPersonToken(claimsOf(personId), { signingKey, issuer: AUDIENCE.issuer, audience });
    expect((await call(await token(removed))).problem).toMatchObject({
      status: 403,
      code: 'personne-retiree',
    });
    expect((await call(await token(moved))).problem).toMatchObject({
      status: 403,
      code: 'rattachement-change',
    });
    expect((await call(await token('2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f'))).problem).toMatchObject({
      status: 403,
      code: 'personne-inconnue',
    });
    expect((await call(await token(removed, 'cci-ingest-api'))).problem).toMatchObject({
      status: 401,
      code: 'jeton-audience',
      type: '/problemes/authentification',
    });
  });
});
