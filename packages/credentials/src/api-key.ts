import { createHash, randomBytes } from 'node:crypto';

/** A freshly generated key: `key` is what the CCI presents; only `hashSecret(secret)` is ever stored. */
export type ApiKey = { keyId: string; secret: string; key: string };

export type ParsedApiKey = { keyId: string; secret: string };

const KEY_ID_BYTES = 6;
const SECRET_BYTES = 32;
/** 32 bytes in base64url without padding. */
const SECRET_LENGTH = 43;
const API_KEY_LENGTH = 'cci_'.length + KEY_ID_BYTES * 2 + 1 + SECRET_LENGTH;
const API_KEY_PATTERN = /^cci_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export const KEY_ID_PATTERN = /^[0-9a-f]{12}$/;

/** The format, in French, for error messages. */
export const API_KEY_FORMAT =
  'cci_<identifiant : 12 caractères hexadécimaux minuscules>_<secret : 43 caractères base64url>';

export function generateApiKey(): ApiKey {
  const keyId = randomBytes(KEY_ID_BYTES).toString('hex');
  const secret = randomBytes(SECRET_BYTES).toString('base64url');
  return { keyId, secret, key: `cci_${keyId}_${secret}` };
}

/**
 * Reads a presented key, or null when it is not exactly in the format `generateApiKey` produces. The
 * secret may itself contain `_` (base64url), which is why the parts are found by position, not by
 * splitting.
 */
export function parseApiKey(text: string): ParsedApiKey | null {
  // Checked first so that an oversized header costs nothing more than reading its length.
  if (text.length !== API_KEY_LENGTH) return null;
  const match = API_KEY_PATTERN.exec(text);
  if (!match) return null;
  const [, keyId, secret] = match;
  if (keyId === undefined || secret === undefined) return null;
  // 43 base64url characters carry 258 bits: the last one must leave its 2 spare bits at zero, so that
  // each 32-byte secret has exactly one spelling.
  if (Buffer.from(secret, 'base64url').toString('base64url') !== secret) return null;
  return { keyId, secret };
}

/**
 * SHA-256, hex. A fast hash is right here: the secret is 256 random bits, so no dictionary or
 * brute-force search can invert it, and a slow password hash (bcrypt, scrypt, argon2) would only make
 * every authenticated request cost milliseconds of CPU, which an attacker could use to exhaust the API.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
