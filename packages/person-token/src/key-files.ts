import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { signingKeyFromPem, verificationKeysFromPem, type TokenKey } from './person-token.js';

/** The gateway's private key, from the PEM file its configuration names. */
export async function readSigningKey(file: string): Promise<TokenKey> {
  return signingKeyFromPem(readFileSync(file, 'utf8'));
}

/** The public keys an API accepts, from the PEM file its configuration names. */
export async function readVerificationKeys(file: string): Promise<TokenKey[]> {
  return verificationKeysFromPem(readFileSync(file, 'utf8'));
}

export type KeyPairFiles = { privateKeyFile: string; publicKeyFile: string };

/**
 * A key pair of this machine's own, for `npm start` and the tests: made once in `directory`
 * (`<name>.private.pem`, readable by its owner only, and `<name>.public.pem`), then reused: the
 * person tokens' (`person-token`) and the unsubscribe links' (`unsubscribe-link`). A deployment
 * makes its own and names the files in the configuration.
 */
export function ensureLocalKeyPair(directory: string, name = 'person-token'): KeyPairFiles {
  const privateKeyFile = join(directory, `${name}.private.pem`);
  const publicKeyFile = join(directory, `${name}.public.pem`);
  if (existsSync(privateKeyFile) && existsSync(publicKeyFile)) return { privateKeyFile, publicKeyFile };
  mkdirSync(directory, { recursive: true });
  const { privateKey, publicKey } = generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  writeFileSync(privateKeyFile, privateKey, { mode: 0o600 });
  writeFileSync(publicKeyFile, publicKey);
  return { privateKeyFile, publicKeyFile };
}
