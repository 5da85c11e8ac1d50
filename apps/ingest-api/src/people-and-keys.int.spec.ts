import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ensureLocalKeyPair,
  mintPersonToken,
  readSigningKey,
  type PersonClaims,
  type TokenKey,
} from '@cci/person-token';

import { IngestFixture } from '../test/ingest-fixture.js';

const keyPair = ensureLocalKeyPair(mkdtempSync(join(tmpdir(), 'cci-person-token-')));
const api = new IngestFixture(undefined, undefined, { PERSON_TOKEN_PUBLIC_KEY_FILE: keyPair.publicKeyFile });
let signingKey: TokenKey;

/** A token as the gateway signs it, for this API unless told otherwise. */
function tokenOf(claims: PersonClaims, options: { audience?: string; issuer?: string; now?: Date } = {}) {
  return mintPersonToken(claims, {
    signingKey,
    issuer: options.issuer ?? 'cci-passerelle-web',
    audience: options.audience ?? 'cci-ingest-api',
    ...(options.now ? { now: options.now } : {}),
  });
}

async function send(method: string, path: string, bearer: string, body?: unknown) {
  const response = await fetch(`${api.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: (text === '' ? null : JSON.parse(text)) as Record<string, unknown>,
  };
}

const mayenneReport = (value: number) => ({
  cciId: 'cci-mayenne',
  indicatorId: 'premier-niveau-information',
  period: '2025-T1',
  value,
  unitId: 'entreprises',
});

describe('people and machine keys, written as persons with roles', () => {
  let isabelle: PersonClaims;
  let julien: PersonClaims;

  beforeAll(async () => {
    signingKey = await readSigningKey(keyPair.privateKeyFile);
    await api.start(['cci-mayenne']);
    // The first administrator, invited with the CCI's bootstrap key of the credentials file.
    const invited = await send('POST', '/v1/people', await api.keyFor('cci-mayenne'), {
      cciId: 'cci-mayenne',
      email: 'Isabelle.Rousseau@mayenne.cci.example',
      name: 'Isabelle Rousseau',
      roles: ['administration', 'saisie'],
    });
    expect(invited.status).toBe(201);
    const person = invited.body.person as { personId: string; email: string };
    expect(person.email).toBe('isabelle.rousseau@mayenne.cci.example');
    isabelle = {
      personId: person.personId,
      name: 'Isabelle Rousseau',
      email: person.email,
      cciId: 'cci-mayenne',
      roles: ['administration', 'saisie'],
      sessionId: 'session-isabelle',
    };
  }, 120_000);

  afterAll(async () => {
    await api.stop();
    await api.deleteTopics();
  });

  it('lets an administrator invite a person, and records her as its author with the role used', async () => {
    const invited = await send('POST', '/v1/people', await tokenOf(isabelle), {
      cciId: 'cci-mayenne',
      email: 'julien.moreau@mayenne.cci.example',
      name: 'Julien Moreau',
      roles: ['saisie'],
    });
    expect(invited.status).toBe(201);
    const personId = (invited.body.person as { personId: string }).personId;
    julien = {
      ...isabelle,
      personId,
      name: 'Julien Moreau',
      email: 'julien.moreau@mayenne.cci.example',
      roles: ['saisie'],
    };
    const event = (await api.log()).find(
      (e) => e.event.type === 'PersonInvited' && e.event.payload.personId === personId,
    );
    expect(event?.event.author).toEqual({
      kind: 'person',
      personId: isabelle.personId,
      name: 'Isabelle Rousseau',
      role: 'administration',
    });
    expect(event?.event.recordedBy).toBe('cci-mayenne');
  });

  it('lets a person record with saisie, and refuses what their roles do not allow, writing nothing', async () => {
    const declared = await send('POST', '/v1/commands/change-process-mode', await tokenOf(julien), {
      cciId: 'cci-mayenne',
      macroProcessId: 'juridique-achats',
      from: null,
      to: 'C',
      effectiveDate: '2025-06-01',
      rationale: 'Groupement de commandes',
      expectedVersion: 0,
    });
    expect(declared.status).toBe(201);
    const eventId = (declared.body.events as { eventId: string }[])[0]?.eventId;
    expect((await api.log()).find((e) => e.event.eventId === eventId)?.event.author).toEqual({
      kind: 'person',
      personId: julien.personId,
      name: 'Julien Moreau',
      role: 'saisie',
    });
    const before = (await api.log()).length;
    const refused = await send('POST', '/v1/people', await tokenOf(julien), {
      cciId: 'cci-mayenne',
      email: 'x@mayenne.cci.example',
      name: 'X',
      roles: ['saisie'],
    });
    expect(refused).toMatchObject({ status: 403, body: { code: 'role-manquant' } });
    // The token claims administration; the directory says saisie, and wins.
    const claimed = await send(
      'POST',
      '/v1/people',
      await tokenOf({ ...julien, roles: ['administration'] }),
      {
        cciId: 'cci-mayenne',
        email: 'y@mayenne.cci.example',
        name: 'Y',
        roles: ['saisie'],
      },
    );
    expect(claimed).toMatchObject({ status: 403, body: { code: 'role-manquant' } });
    const otherCci = await send('POST', '/v1/commands/report-indicator', await tokenOf(julien), {
      ...mayenneReport(6),
      cciId: 'cci-vendee',
    });
    expect(otherCci).toMatchObject({ status: 403, body: { code: 'autre-cci' } });
    expect((await api.log()).length).toBe(before);
  });

  it('refuses expired, foreign, misaddressed and forged tokens with 401', async () => {
    const codes = await Promise.all(
      [
        tokenOf(julien, { now: new Date(Date.now() - 120_000) }),
        tokenOf(julien, { audience: 'cci-read-api' }),
        tokenOf(julien, { issuer: 'un-autre-emetteur' }),
        tokenOf(julien).then((t) => `${t.slice(0, -4)}AAAA`),
      ].map(async (token) => {
        const reply = await send('POST', '/v1/commands/report-indicator', await token, mayenneReport(7));
        return `${reply.status} ${String(reply.body.code)}`;
      }),
    );
    expect(codes).toEqual([
      '401 jeton-expire',
      '401 jeton-audience',
      '401 jeton-emetteur',
      '401 jeton-falsifie',
    ]);
  });

  it('issues a machine key shown once and limited to its roles, and refuses it once revoked', async () => {
    const issued = await send('POST', '/v1/machine-keys', await tokenOf(isabelle), {
      cciId: 'cci-mayenne',
      label: 'Tableur de lecture',
      roles: ['lecture'],
    });
    expect(issued.status).toBe(201);
    expect(issued.body.outcome).toBe('recorded');
    const key = issued.body.key as string;
    const { keyId } = issued.body.machineKey as { keyId: string };
    expect(key.startsWith(`cci_${keyId}_`)).toBe(true);
    expect(JSON.stringify(await api.log())).not.toContain(key.slice(-43));
    const beyond = await send('POST', '/v1/commands/report-indicator', key, mayenneReport(8));
    expect(beyond).toMatchObject({ status: 403, body: { code: 'role-manquant' } });
    const revoked = await send('DELETE', `/v1/machine-keys/${keyId}`, await tokenOf(isabelle));
    expect(revoked).toMatchObject({
      status: 200,
      body: { outcome: 'recorded', machineKey: { revoked: true } },
    });
    expect(await send('POST', '/v1/commands/report-indicator', key, mayenneReport(9))).toMatchObject({
      status: 401,
      body: { code: 'cle-revoquee' },
    });
  });

  it('changes roles and removes a person, whose next request is refused', async () => {
    const changed = await send('PUT', `/v1/people/${julien.personId}/roles`, await tokenOf(isabelle), {
      roles: ['saisie', 'lecture'],
    });
    expect(changed).toMatchObject({
      status: 200,
      body: { outcome: 'recorded', person: { roles: ['saisie', 'lecture'] } },
    });
    const removed = await send('DELETE', `/v1/people/${julien.personId}`, await tokenOf(isabelle));
    expect(removed).toMatchObject({ status: 200, body: { person: { status: 'removed' } } });
    expect(
      await send('POST', '/v1/commands/report-indicator', await tokenOf(julien), mayenneReport(10)),
    ).toMatchObject({
      status: 403,
      body: { code: 'personne-retiree' },
    });
    expect(await send('DELETE', `/v1/people/${isabelle.personId}`, await tokenOf(isabelle))).toMatchObject({
      status: 422,
      body: { code: 'retrait-de-soi' },
    });
    expect(await send('DELETE', '/v1/people/pas-un-identifiant', await tokenOf(isabelle))).toMatchObject({
      status: 404,
    });
  });
});
