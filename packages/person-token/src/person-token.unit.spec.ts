import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from '@jest/globals';
import { SignJWT, type JWTPayload } from 'jose';

import { ensureLocalKeyPair, readSigningKey, readVerificationKeys } from './key-files.js';
import {
  looksLikeToken,
  mintPersonToken,
  PersonTokenVerifier,
  signingKeyFromPem,
  verificationKeysFromPem,
  type PersonClaims,
  type TokenKey,
} from './person-token.js';

const folder = mkdtempSync(join(tmpdir(), 'cci-person-token-'));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

const files = ensureLocalKeyPair(folder);
const isabelle: PersonClaims = {
  personId: '3b1f0d6e-9a4c-4f2e-8d7b-5c6a1e2f3d4b',
  name: 'Isabelle Rousseau',
  email: 'isabelle.rousseau@mayenne.cci.example',
  cciId: 'cci-mayenne',
  roles: ['administration', 'saisie'],
  sessionId: 'session-1',
};
const NOW = new Date('2026-03-02T10:00:00.000Z');
const expected = { issuer: 'cci-passerelle', audience: 'cci-ingest-api' };

async function keys(): Promise<{ signing: TokenKey; verifier: PersonTokenVerifier }> {
  const signing = await readSigningKey(files.privateKeyFile);
  return {
    signing,
    verifier: new PersonTokenVerifier(await readVerificationKeys(files.publicKeyFile), expected),
  };
}

function otherKeyPair() {
  return generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
}

describe('a person token', () => {
  it('says who, for which CCI, with which roles and session, for 60 seconds', async () => {
    const { signing, verifier } = await keys();
    const token = await mintPersonToken(isabelle, { signingKey: signing, ...expected, now: NOW });
    expect(looksLikeToken(token)).toBe(true);
    const [header = '', payload = ''] = token.split('.');
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({
      alg: 'EdDSA',
      kid: signing.keyId,
      typ: 'JWT',
    });
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toEqual({
      iss: 'cci-passerelle',
      aud: 'cci-ingest-api',
      sub: isabelle.personId,
      name: isabelle.name,
      email: isabelle.email,
      cci: 'cci-mayenne',
      roles: ['administration', 'saisie'],
      sid: 'session-1',
      iat: NOW.getTime() / 1000,
      exp: NOW.getTime() / 1000 + 60,
    });
    expect(await verifier.verify(token, new Date(NOW.getTime() + 59_000))).toEqual({
      ok: true,
      claims: isabelle,
    });
  });

  it('is refused once expired, for another audience or issuer, and when forged', async () => {
    const { signing, verifier } = await keys();
    const token = await mintPersonToken(isabelle, { signingKey: signing, ...expected, now: NOW });
    const reason = async (t: string, at = NOW) => {
      const verdict = await verifier.verify(t, at);
      return verdict.ok ? 'accepté' : verdict.reason;
    };
    expect(await reason(token, new Date(NOW.getTime() + 66_000))).toBe('expire');
    expect(
      await reason(
        await mintPersonToken(isabelle, {
          signingKey: signing,
          issuer: 'cci-passerelle',
          audience: 'cci-read-api',
          now: NOW,
        }),
      ),
    ).toBe('audience');
    expect(
      await reason(
        await mintPersonToken(isabelle, {
          signingKey: signing,
          issuer: 'ailleurs',
          audience: 'cci-ingest-api',
          now: NOW,
        }),
      ),
    ).toBe('emetteur');
    const stranger = await signingKeyFromPem(otherKeyPair().privateKey);
    expect(
      await reason(await mintPersonToken(isabelle, { signingKey: stranger, ...expected, now: NOW })),
    ).toBe('falsifie');
    // A stranger's key under the gateway's key id: the signature does not verify.
    expect(
      await reason(
        await mintPersonToken(isabelle, {
          signingKey: { ...stranger, keyId: signing.keyId },
          ...expected,
          now: NOW,
        }),
      ),
    ).toBe('falsifie');
    const [header, , signature] = token.split('.');
    const promoted = Buffer.from(
      JSON.stringify({ ...decoded(token), roles: ['administration', 'validation'] }),
    ).toString('base64url');
    expect(await reason(`${header}.${promoted}.${signature}`)).toBe('falsifie');
    expect(await reason('abc.def.ghi')).toBe('mal-forme');
    expect(await reason('cci_0123456789ab_secret')).toBe('mal-forme');
  });

  it('is refused when it lives longer than 60 seconds, names no algorithm the APIs accept, or misses a claim', async () => {
    const { signing, verifier } = await keys();
    const sign = (payload: JWTPayload, alg = 'EdDSA', lifetime = 60) =>
      new SignJWT(payload)
        .setProtectedHeader({ alg, kid: signing.keyId })
        .setIssuer(expected.issuer)
        .setAudience(expected.audience)
        .setSubject(isabelle.personId)
        .setIssuedAt(NOW.getTime() / 1000)
        .setExpirationTime(NOW.getTime() / 1000 + lifetime)
        .sign(signing.key);
    const full = {
      name: isabelle.name,
      email: isabelle.email,
      cci: 'cci-mayenne',
      roles: ['saisie'],
      sid: 's',
    };
    expect(await verifier.verify(await sign(full, 'EdDSA', 3600), NOW)).toMatchObject({
      ok: false,
      reason: 'duree',
    });
    expect(await verifier.verify(await sign({ ...full, roles: [] }), NOW)).toMatchObject({
      ok: false,
      reason: 'incomplet',
    });
    expect(await verifier.verify(await sign({ ...full, sid: undefined }), NOW)).toMatchObject({
      ok: false,
      reason: 'incomplet',
    });
    const secret = new TextEncoder().encode('une-cle-partagee-de-trente-deux-octets!!');
    const symmetric = await new SignJWT(full)
      .setProtectedHeader({ alg: 'HS256', kid: signing.keyId })
      .setIssuer(expected.issuer)
      .setAudience(expected.audience)
      .setSubject(isabelle.personId)
      .setIssuedAt(NOW.getTime() / 1000)
      .setExpirationTime(NOW.getTime() / 1000 + 60)
      .sign(secret);
    expect(await verifier.verify(symmetric, NOW)).toMatchObject({ ok: false, reason: 'falsifie' });
  });

  it('is verified with any of the public keys of the file, so that a key can be rotated', async () => {
    const next = otherKeyPair();
    const verifier = new PersonTokenVerifier(
      await verificationKeysFromPem(`${readFileSync(files.publicKeyFile, 'utf8')}\n${next.publicKey}`),
      expected,
    );
    for (const signingKey of [
      await readSigningKey(files.privateKeyFile),
      await signingKeyFromPem(next.privateKey),
    ])
      expect(
        await verifier.verify(await mintPersonToken(isabelle, { signingKey, ...expected, now: NOW }), NOW),
      ).toMatchObject({ ok: true });
  });
});

describe('the local key pair', () => {
  it('is made once, its private key readable by its owner only', () => {
    const before = readFileSync(files.privateKeyFile, 'utf8');
    expect(ensureLocalKeyPair(folder)).toEqual(files);
    expect(readFileSync(files.privateKeyFile, 'utf8')).toBe(before);
    expect(statSync(files.privateKeyFile).mode & 0o777).toBe(0o600);
  });
});

function decoded(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<
    string,
    unknown
  >;
}
