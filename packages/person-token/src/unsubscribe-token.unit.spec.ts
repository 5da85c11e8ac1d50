import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from '@jest/globals';

import { ensureLocalKeyPair, readSigningKey, readVerificationKeys } from './key-files.js';
import { mintPersonToken } from './person-token.js';
import { mintUnsubscribeToken, UnsubscribeTokenVerifier } from './unsubscribe-token.js';

const folder = mkdtempSync(join(tmpdir(), 'cci-unsubscribe-token-'));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

const links = ensureLocalKeyPair(folder, 'unsubscribe-link');
const sessions = ensureLocalKeyPair(folder, 'person-token');
const ISABELLE = '3b1f0d6e-9a4c-4f2e-8d7b-5c6a1e2f3d4b';
const SENT = new Date('2026-10-01T08:00:00.000Z');
const DAY = 86_400_000;

async function verifier() {
  return new UnsubscribeTokenVerifier(await readVerificationKeys(links.publicKeyFile));
}

describe('the unsubscribe link', () => {
  it('names the person and the kind of notice, for sixty days', async () => {
    const signingKey = await readSigningKey(links.privateKeyFile);
    const token = await mintUnsubscribeToken(
      { personId: ISABELLE, kind: 'rappel-j7' },
      { signingKey, now: SENT },
    );
    const check = await verifier();

    expect(await check.verify(token, new Date(SENT.getTime() + 59 * DAY))).toEqual({
      ok: true,
      claims: { personId: ISABELLE, kind: 'rappel-j7' },
    });
    expect(await check.verify(token, new Date(SENT.getTime() + 61 * DAY))).toMatchObject({
      ok: false,
      reason: 'expire',
      message: expect.stringContaining('connectez-vous'),
    });
  });

  it('is refused when another key signed it, even the gateway’s own', async () => {
    const gateway = await readSigningKey(sessions.privateKeyFile);
    const forged = await mintUnsubscribeToken(
      { personId: ISABELLE, kind: 'retard' },
      { signingKey: gateway },
    );
    expect(await (await verifier()).verify(forged)).toMatchObject({ ok: false, reason: 'falsifie' });
  });

  it('is never a person token, nor a person token an unsubscribe link', async () => {
    const linkKey = await readSigningKey(links.privateKeyFile);
    const session = await mintPersonToken(
      {
        personId: ISABELLE,
        name: 'Isabelle Rousseau',
        email: 'isabelle.rousseau@mayenne.cci.example',
        cciId: 'cci-mayenne',
        roles: ['saisie'],
        sessionId: 's',
      },
      { signingKey: linkKey, issuer: 'cci-passerelle', audience: 'cci-ingest-api' },
    );
    expect(await (await verifier()).verify(session)).toMatchObject({ ok: false, reason: 'incomplet' });
  });

  it('is refused when cut short or altered', async () => {
    const signingKey = await readSigningKey(links.privateKeyFile);
    const token = await mintUnsubscribeToken({ personId: ISABELLE, kind: 'renvoi' }, { signingKey });
    const check = await verifier();
    expect(await check.verify(token.slice(0, 40))).toMatchObject({ ok: false, reason: 'mal-forme' });
    expect(await check.verify(`${token.slice(0, -4)}AAAA`)).toMatchObject({ ok: false, reason: 'falsifie' });
  });
});
