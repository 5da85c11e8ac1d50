import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ensureLocalKeyPair,
  mintPersonToken,
  mintUnsubscribeToken,
  readSigningKey,
  type PersonClaims,
  type TokenKey,
} from '@cci/person-token';

import { IngestFixture } from '../test/ingest-fixture.js';

const personTokens = ensureLocalKeyPair(mkdtempSync(join(tmpdir(), 'cci-person-token-')));
const links = ensureLocalKeyPair(mkdtempSync(join(tmpdir(), 'cci-unsubscribe-')), 'unsubscribe-link');
const strangerLinks = ensureLocalKeyPair(mkdtempSync(join(tmpdir(), 'cci-unsubscribe-')), 'unsubscribe-link');
const api = new IngestFixture(undefined, undefined, {
  PERSON_TOKEN_PUBLIC_KEY_FILE: personTokens.publicKeyFile,
  UNSUBSCRIBE_VERIFICATION_KEY_FILE: links.publicKeyFile,
});
let gatewayKey: TokenKey;
let notifierKey: TokenKey;

async function send(path: string, body: unknown, bearer?: string) {
  const response = await fetch(`${api.url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(bearer === undefined ? {} : { authorization: `Bearer ${bearer}` }),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function invite(email: string, name: string, roles: string[]): Promise<PersonClaims> {
  const invited = await send(
    '/v1/people',
    { cciId: 'cci-mayenne', email, name, roles },
    await api.keyFor('cci-mayenne'),
  );
  expect(invited.status).toBe(201);
  const { personId } = invited.body.person as { personId: string };
  return {
    personId,
    name,
    email,
    cciId: 'cci-mayenne',
    roles: roles as PersonClaims['roles'],
    sessionId: 's',
  };
}

const asPerson = (claims: PersonClaims) =>
  mintPersonToken(claims, {
    signingKey: gatewayKey,
    issuer: 'cci-passerelle-web',
    audience: 'cci-ingest-api',
  });

describe('a person’s notices, chosen signed in or stopped through a message’s link', () => {
  let julien: PersonClaims;
  let isabelle: PersonClaims;

  beforeAll(async () => {
    gatewayKey = await readSigningKey(personTokens.privateKeyFile);
    notifierKey = await readSigningKey(links.privateKeyFile);
    await api.start(['cci-mayenne']);
    julien = await invite('julien.moreau@mayenne.cci.example', 'Julien Moreau', ['saisie']);
    isabelle = await invite('isabelle.rousseau@mayenne.cci.example', 'Isabelle Rousseau', ['administration']);
  }, 120_000);

  afterAll(async () => {
    await api.stop();
    await api.deleteTopics();
  });

  it('records the signed-in person’s own choice, with them as its author, and answers the whole choice', async () => {
    const chosen = await send(
      '/v1/commands/change-notice-preferences',
      { personId: julien.personId, preferences: { 'rappel-j7': 'resume-quotidien', retard: 'aucun' } },
      await asPerson(julien),
    );
    expect(chosen).toMatchObject({
      status: 200,
      body: {
        outcome: 'recorded',
        personId: julien.personId,
        preferences: {
          'campagne-ouverte': 'immediat',
          'rappel-j7': 'resume-quotidien',
          'rappel-j1': 'immediat',
          retard: 'aucun',
          renvoi: 'immediat',
        },
      },
    });
    const eventId = (chosen.body.events as { eventId: string }[])[0]?.eventId;
    const event = (await api.log()).find((e) => e.event.eventId === eventId)?.event;
    expect(event).toMatchObject({
      type: 'NoticePreferencesChanged',
      author: { kind: 'person', personId: julien.personId, name: 'Julien Moreau', role: 'saisie' },
      payload: { via: 'tableau-de-bord' },
    });
    const again = await send(
      '/v1/commands/change-notice-preferences',
      { personId: julien.personId, preferences: { retard: 'aucun' } },
      await asPerson(julien),
    );
    expect(again).toMatchObject({ status: 200, body: { outcome: 'unchanged', events: [] } });
  });

  it('refuses, in French, someone else’s choice and a kind the person’s roles do not receive, writing nothing', async () => {
    const before = (await api.log()).length;
    const someoneElse = await send(
      '/v1/commands/change-notice-preferences',
      { personId: julien.personId, preferences: { renvoi: 'aucun' } },
      await asPerson(isabelle),
    );
    expect(someoneElse).toMatchObject({
      status: 403,
      body: {
        code: 'choix-personnel',
        detail:
          "Chaque personne choisit elle-même ses notifications : Isabelle Rousseau ne peut pas changer celles d'une autre personne.",
      },
    });
    const outside = await send(
      '/v1/commands/change-notice-preferences',
      { personId: julien.personId, preferences: { 'a-valider': 'aucun' } },
      await asPerson(julien),
    );
    expect(outside).toMatchObject({
      status: 422,
      body: { code: 'notification-hors-roles', field: 'preferences' },
    });
    const aKey = await send(
      '/v1/commands/change-notice-preferences',
      { personId: julien.personId, preferences: { renvoi: 'aucun' } },
      await api.keyFor('cci-mayenne'),
    );
    expect(aKey).toMatchObject({ status: 403, body: { code: 'choix-personnel' } });
    expect((await api.log()).length).toBe(before);
  });

  it('stops the link’s kind without signing in, as the person, and says so; the same link again changes nothing', async () => {
    const token = await mintUnsubscribeToken(
      { personId: julien.personId, kind: 'renvoi' },
      { signingKey: notifierKey },
    );
    const stopped = await send('/v1/unsubscribe', { token });
    expect(stopped).toMatchObject({
      status: 200,
      body: {
        outcome: 'recorded',
        kind: 'renvoi',
        kindLabel: 'Déclaration renvoyée par la région',
        delivery: 'aucun',
        personName: 'Julien Moreau',
        cciName: 'CCI Mayenne',
      },
    });
    const eventId = (stopped.body.events as { eventId: string }[])[0]?.eventId;
    const event = (await api.log()).find((e) => e.event.eventId === eventId)?.event;
    expect(event).toMatchObject({
      type: 'NoticePreferencesChanged',
      recordedBy: 'cci-mayenne',
      author: { kind: 'person', personId: julien.personId, role: 'saisie' },
      payload: {
        via: 'lien-de-desabonnement',
        // The earlier choice stays: only the link's kind stops.
        preferences: { 'rappel-j7': 'resume-quotidien', retard: 'aucun', renvoi: 'aucun' },
      },
    });
    expect(await send('/v1/unsubscribe', { token })).toMatchObject({
      status: 200,
      body: { outcome: 'unchanged', events: [] },
    });
  });

  it('refuses an expired or forged link with the verifier’s French sentence, and writes nothing', async () => {
    const before = (await api.log()).length;
    const expired = await mintUnsubscribeToken(
      { personId: julien.personId, kind: 'campagne-ouverte' },
      { signingKey: notifierKey, now: new Date(Date.now() - 61 * 86_400_000) },
    );
    expect(await send('/v1/unsubscribe', { token: expired })).toMatchObject({
      status: 403,
      body: {
        code: 'lien-expire',
        detail:
          'Ce lien de désabonnement a expiré (il vaut 60 jours) : connectez-vous pour choisir vos notifications.',
      },
    });
    const forged = await mintUnsubscribeToken(
      { personId: julien.personId, kind: 'campagne-ouverte' },
      { signingKey: await readSigningKey(strangerLinks.privateKeyFile) },
    );
    expect(await send('/v1/unsubscribe', { token: forged })).toMatchObject({
      status: 403,
      body: { code: 'lien-falsifie', detail: "Ce lien de désabonnement n'a pas été émis par la plateforme." },
    });
    expect(await send('/v1/unsubscribe', { token: 'pas-un-jeton' })).toMatchObject({
      status: 403,
      body: { code: 'lien-mal-forme' },
    });
    expect(await send('/v1/unsubscribe', {})).toMatchObject({ status: 422 });
    expect((await api.log()).length).toBe(before);
  });
});
