import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { referenceData } from '@cci/domain';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import {
  createCredential,
  CredentialInputError,
  readCredentialFile,
  revokeCredential,
} from './credential-file.js';

let folder: string;
let fileCount = 0;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'cci-credential-file-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function newFile(): string {
  fileCount += 1;
  return join(folder, `f${fileCount}`, 'credentials.json');
}

describe('createCredential', () => {
  it('creates the folder and a versioned file readable only by its owner', async () => {
    const file = newFile();

    const { credential } = await createCredential(file, { cciId: 'cci-mayenne', reference: referenceData });

    const content: unknown = JSON.parse(await readFile(file, 'utf8'));
    expect(content).toMatchObject({
      version: 1,
      credentials: [{ keyId: credential.keyId, label: '', demo: false }],
    });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('loses no record when several creations run at once, and leaves no lock or temporary file', async () => {
    const file = newFile();

    const created = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        createCredential(file, { cciId: 'cci-mayenne', label: `poste ${i}`, reference: referenceData }),
      ),
    );

    const stored = await readCredentialFile(file);
    expect(stored.map((r) => r.keyId).sort()).toEqual(created.map((c) => c.credential.keyId).sort());
    expect(await readdir(join(file, '..'))).toEqual(['credentials.json']);
  });

  it('refuses an unknown CCI in French, naming the closest valid ids, and writes nothing', async () => {
    const file = newFile();

    const creation = createCredential(file, { cciId: 'mayenne', reference: referenceData });

    await expect(creation).rejects.toThrow(CredentialInputError);
    await expect(creation).rejects.toThrow(
      'CCI inconnue : « mayenne ». Identifiants les plus proches : cci-mayenne (CCI Mayenne), ',
    );
    expect(await readCredentialFile(file)).toEqual([]);
  });

  it('refuses a label with a line break', async () => {
    await expect(
      createCredential(newFile(), { cciId: 'cci-mayenne', label: 'a\nb', reference: referenceData }),
    ).rejects.toThrow('Libellé refusé : il ne doit contenir aucun caractère de contrôle');
  });

  it('waits while another process holds the lock, then writes', async () => {
    const file = newFile();
    await createCredential(file, { cciId: 'cci-mayenne', reference: referenceData });
    await writeFile(`${file}.lock`, '999999\n');
    let released = false;
    setTimeout(() => {
      released = true;
      void rm(`${file}.lock`);
    }, 200);

    await createCredential(file, { cciId: 'cci-mayenne', reference: referenceData });

    expect(released).toBe(true);
    expect(await readCredentialFile(file)).toHaveLength(2);
  });
});

describe('revokeCredential', () => {
  it('sets revokedAt once and keeps the first date when revoked again', async () => {
    const file = newFile();
    const { credential } = await createCredential(file, { cciId: 'cci-mayenne', reference: referenceData });
    const other = await createCredential(file, { cciId: 'cci-mayenne', reference: referenceData });

    const first = await revokeCredential(file, credential.keyId);
    const second = await revokeCredential(file, credential.keyId);

    expect(first.alreadyRevoked).toBe(false);
    expect(first.credential.revokedAt).not.toBeNull();
    expect(second).toEqual({ credential: first.credential, alreadyRevoked: true });
    const stored = await readCredentialFile(file);
    expect(stored.find((r) => r.keyId === other.credential.keyId)?.revokedAt).toBeNull();
  });

  it('refuses an id that is not in the file, or not an id', async () => {
    const file = newFile();
    await createCredential(file, { cciId: 'cci-mayenne', reference: referenceData });

    await expect(revokeCredential(file, 'ffffffffffff')).rejects.toThrow(
      new CredentialInputError(`Aucune clé d'identifiant ffffffffffff dans ${file}.`),
    );
    await expect(revokeCredential(file, 'cci_ffffffffffff')).rejects.toThrow(CredentialInputError);
  });
});
