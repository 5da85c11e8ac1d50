import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { referenceData, type Cci } from '@cci/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';

import { generateApiKey, hashSecret } from './api-key.js';
import { createCredential, revokeCredential, type CredentialReference } from './credential-file.js';
import { CredentialStore, type AuthenticationResult } from './credential-store.js';

const RELOAD_MS = 100;
// How long a test waits for a poll to see a change before it fails: far beyond the interval, since a
// busy machine can starve the timer for seconds. How fast a revocation applies is measured by the
// reliability suite against the running APIs, not here.
const RELOAD_SLACK_MS = 5_000;

let folder: string;
let fileCount = 0;
const openStores: CredentialStore[] = [];

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'cci-credentials-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

afterEach(() => {
  openStores.splice(0).forEach((store) => {
    store.close();
  });
});

function newFile(): string {
  fileCount += 1;
  return join(folder, `credentials-${fileCount}.json`);
}

async function open(
  file: string,
  options: { production?: boolean; onReloadError?: (e: unknown) => void } = {},
) {
  const store = await CredentialStore.open(file, {
    reference: referenceData,
    reloadIntervalMs: RELOAD_MS,
    ...options,
  });
  openStores.push(store);
  return store;
}

/** Polls `store.authenticate(key)` until `accept` holds; fails past the longest a reload may take. */
async function authenticationWithinReload(
  store: CredentialStore,
  key: string,
  accept: (result: AuthenticationResult) => boolean,
): Promise<AuthenticationResult> {
  const deadline = Date.now() + RELOAD_MS + RELOAD_SLACK_MS;
  for (;;) {
    const result = store.authenticate(key);
    if (accept(result) || Date.now() > deadline) return result;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('CredentialStore.authenticate', () => {
  it.each([
    ['cci-mayenne', 'territorial'],
    ['cci-pays-de-la-loire', 'regional'],
    ['cci-france', 'national'],
  ] as const)('accepts a valid key of %s with the role %s', async (cciId, role) => {
    const file = newFile();
    const { key, credential } = await createCredential(file, {
      cciId,
      label: 'test',
      reference: referenceData,
    });
    const store = await open(file);

    expect(store.authenticate(key)).toEqual({
      ok: true,
      credential: { credentialId: credential.keyId, cciId, role, label: credential.label },
    });
  });

  it('answers an absent key with where to send it', async () => {
    const store = await open(newFile());

    const result = store.authenticate(undefined);

    expect(result).toEqual({
      ok: false,
      reason: 'absente',
      message: "Clé d'API absente : envoyez-la dans l'en-tête Authorization: Bearer <clé> ou X-Api-Key.",
    });
  });

  it.each([
    ['empty', ''],
    ['wrong prefix', `key_0123456789ab_${'A'.repeat(43)}`],
    ['bad length', 'cci_0123456789ab_short'],
    ['extra underscores', `cci__0123456789ab_${'A'.repeat(42)}`],
    ['non-hex id', `cci_0123456789zz_${'A'.repeat(43)}`],
    ['10 kB string', 'x'.repeat(10_240)],
  ])('answers a malformed key (%s) as mal-formee', async (_case, text) => {
    const store = await open(newFile());

    const result = store.authenticate(text);

    expect(result).toMatchObject({ ok: false, reason: 'mal-formee' });
    expect(!result.ok && result.message).toMatch(/^Clé d'API mal formée : le format attendu est cci_</);
  });

  it('answers a wrong secret for a known id exactly as an unknown id', async () => {
    const file = newFile();
    const { credential } = await createCredential(file, { cciId: 'cci-mayenne', reference: referenceData });
    const store = await open(file);

    const wrongSecret = store.authenticate(`cci_${credential.keyId}_${generateApiKey().secret}`);
    const unknownId = store.authenticate(generateApiKey().key);

    expect(wrongSecret).toMatchObject({ ok: false, reason: 'inconnue' });
    expect(unknownId).toEqual(wrongSecret);
  });

  it('refuses a revoked key within one reload interval of revokeCredential', async () => {
    const file = newFile();
    const { key, credential } = await createCredential(file, {
      cciId: 'cci-mayenne',
      reference: referenceData,
    });
    const store = await open(file);
    expect(store.authenticate(key).ok).toBe(true);

    await revokeCredential(file, credential.keyId);
    const result = await authenticationWithinReload(store, key, (r) => !r.ok);

    expect(result).toMatchObject({ ok: false, reason: 'revoquee' });
    expect(!result.ok && result.message).toMatch(/^Clé d'API révoquée le \d{4}-\d{2}-\d{2} : /);
  });

  it('accepts a key created after it opened, from a file that did not exist', async () => {
    const file = newFile();
    const store = await open(file);
    expect(store.list()).toEqual([]);

    const { key } = await createCredential(file, { cciId: 'cci-mayenne', reference: referenceData });

    expect((await authenticationWithinReload(store, key, (r) => r.ok)).ok).toBe(true);
  });

  it('tells the wrong secret of a revoked key as unknown, not as revoked', async () => {
    const file = newFile();
    const { credential } = await createCredential(file, { cciId: 'cci-mayenne', reference: referenceData });
    await revokeCredential(file, credential.keyId);
    const store = await open(file);

    expect(store.authenticate(`cci_${credential.keyId}_${generateApiKey().secret}`)).toMatchObject({
      reason: 'inconnue',
    });
  });

  it('refuses a key whose CCI the reference data no longer has', async () => {
    const file = newFile();
    const departed: Cci = {
      id: 'cci-disparue',
      name: 'CCI disparue',
      kind: 'territorial',
      regionId: 'normandie',
    };
    const olderReference: CredentialReference = {
      cci: (id) => (id === departed.id ? departed : referenceData.cci(id)),
      ccis: [...referenceData.ccis, departed],
    };
    const { key } = await createCredential(file, { cciId: departed.id, reference: olderReference });
    const store = await open(file);

    const result = store.authenticate(key);

    expect(result).toMatchObject({ ok: false, reason: 'inconnue' });
    expect(!result.ok && result.message).toContain('cci-disparue');
  });
});

describe('CredentialStore in production', () => {
  it('refuses to open while a demo key is active, naming it', async () => {
    const file = newFile();
    const { credential } = await createCredential(file, {
      cciId: 'cci-mayenne',
      label: 'démo salon',
      demo: true,
      reference: referenceData,
    });

    await expect(open(file, { production: true })).rejects.toThrow(
      new RegExp(
        `^Démarrage refusé en mode production : .*${credential.keyId} \\(cci-mayenne, « démo salon »\\)`,
      ),
    );
  });

  it('opens once the demo keys are revoked', async () => {
    const file = newFile();
    const { credential } = await createCredential(file, {
      cciId: 'cci-mayenne',
      demo: true,
      reference: referenceData,
    });
    await revokeCredential(file, credential.keyId);

    await expect(open(file, { production: true })).resolves.toBeInstanceOf(CredentialStore);
  });

  it('refuses a demo key added while it runs, which a non-production store accepts', async () => {
    const file = newFile();
    const production = await open(file, { production: true });
    const demonstration = await open(file);

    const { key } = await createCredential(file, {
      cciId: 'cci-mayenne',
      demo: true,
      reference: referenceData,
    });

    expect((await authenticationWithinReload(demonstration, key, (r) => r.ok)).ok).toBe(true);
    expect(production.authenticate(key)).toEqual({
      ok: false,
      reason: 'inconnue',
      message: 'Clé de démonstration refusée : ce serveur fonctionne en mode production.',
    });
  });
});

describe('CredentialStore and the file', () => {
  it('lists the credentials without their hashes', async () => {
    const file = newFile();
    const { credential } = await createCredential(file, {
      cciId: 'cci-mayenne',
      label: 'Intégration SI',
      reference: referenceData,
    });
    const store = await open(file);

    expect(store.list()).toEqual([
      {
        keyId: credential.keyId,
        cciId: 'cci-mayenne',
        label: 'Intégration SI',
        createdAt: credential.createdAt,
        revokedAt: null,
        demo: false,
      },
    ]);
  });

  it('refuses to open an invalid file, listing each bad entry in French', async () => {
    const file = newFile();
    const good = {
      keyId: '0123456789ab',
      cciId: 'cci-mayenne',
      label: '',
      secretHash: hashSecret('x'),
      createdAt: '2026-01-01T00:00:00Z',
      revokedAt: null,
      demo: false,
    };
    await writeFile(
      file,
      JSON.stringify({
        version: 1,
        credentials: [
          good,
          { ...good, keyId: 'abcdefabcdef', secretHash: 'pas-une-empreinte' },
          { ...good, keyId: '111111111111', demo: 'non', secret: 'collé par erreur' },
        ],
      }),
    );

    const opening = open(file);

    await expect(opening).rejects.toThrow(`Fichier d'identifiants invalide : ${file}`);
    await expect(opening).rejects.toThrow(
      '- credentials[1] (keyId abcdefabcdef) : le champ « secretHash » doit être une empreinte SHA-256',
    );
    await expect(opening).rejects.toThrow(
      '- credentials[2] (keyId 111111111111) : le champ « demo » doit être un booléen',
    );
    await expect(opening).rejects.toThrow(
      "- credentials[2] (keyId 111111111111) : le champ « secret » n'est pas accepté",
    );
  });

  it('keeps the credentials it had when the file turns invalid, and reports it once', async () => {
    const file = newFile();
    const { key } = await createCredential(file, { cciId: 'cci-mayenne', reference: referenceData });
    const errors: unknown[] = [];
    const store = await open(file, { onReloadError: (error) => errors.push(error) });

    await writeFile(file, '{ "version": 1, "credentials": [');
    const deadline = Date.now() + RELOAD_MS + RELOAD_SLACK_MS;
    while (errors.length === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 10));
    // Later polls see the same bad file: it is not reported again.
    await new Promise((resolve) => setTimeout(resolve, 3 * RELOAD_MS));

    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toContain("Fichier d'identifiants illisible");
    expect(store.authenticate(key).ok).toBe(true);
  });

  it('never writes the secret, only its hash', async () => {
    const file = newFile();
    const { key } = await createCredential(file, { cciId: 'cci-mayenne', reference: referenceData });
    const secret = key.slice('cci_0123456789ab_'.length);

    const text = await readFile(file, 'utf8');

    expect(text).not.toContain(secret);
    expect(text).toContain(hashSecret(secret));
  });
});
