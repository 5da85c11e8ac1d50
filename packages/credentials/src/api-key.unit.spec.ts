import { describe, expect, it } from '@jest/globals';

import { generateApiKey, hashSecret, parseApiKey } from './api-key.js';

const KEY_ID = '0123456789ab';
// 32 bytes of 0xff: a secret made almost only of underscores, the separator's own character.
const UNDERSCORE_SECRET = Buffer.alloc(32, 0xff).toString('base64url');
const VALID_SECRET = Buffer.alloc(32, 7).toString('base64url');

describe('generateApiKey', () => {
  it('produces cci_<12 hex>_<32 random bytes in base64url> that parses back to its parts', () => {
    for (let i = 0; i < 200; i++) {
      const { keyId, secret, key } = generateApiKey();
      expect(key).toBe(`cci_${keyId}_${secret}`);
      expect(keyId).toMatch(/^[0-9a-f]{12}$/);
      expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
      expect(parseApiKey(key)).toEqual({ keyId, secret });
    }
  });

  it('never produces the same key twice', () => {
    const keys = new Set(Array.from({ length: 1000 }, () => generateApiKey().key));
    expect(keys.size).toBe(1000);
  });
});

describe('parseApiKey', () => {
  it('reads a secret that contains underscores by position', () => {
    expect(UNDERSCORE_SECRET).toMatch(/^_{42}8$/);
    expect(parseApiKey(`cci_${KEY_ID}_${UNDERSCORE_SECRET}`)).toEqual({
      keyId: KEY_ID,
      secret: UNDERSCORE_SECRET,
    });
  });

  it.each([
    ['empty', ''],
    ['prefix only', 'cci_'],
    ['wrong prefix', `cck_${KEY_ID}_${VALID_SECRET}`],
    ['upper-case prefix', `CCI_${KEY_ID}_${VALID_SECRET}`],
    ['key id too short', `cci_${KEY_ID.slice(1)}_${VALID_SECRET}A`],
    ['key id too long', `cci_${KEY_ID}c_${VALID_SECRET.slice(1)}`],
    ['secret too short', `cci_${KEY_ID}_${VALID_SECRET.slice(1)}`],
    ['secret too long', `cci_${KEY_ID}_${VALID_SECRET}A`],
    ['extra underscore after the prefix', `cci__${KEY_ID}_${VALID_SECRET.slice(1)}`],
    ['extra underscore at the end', `cci_${KEY_ID}_${VALID_SECRET}_`],
    ['key id and secret swapped', `cci_${VALID_SECRET}_${KEY_ID}`],
    ['non-hex key id', `cci_0123456789xz_${VALID_SECRET}`],
    ['upper-case hex key id', `cci_0123456789AB_${VALID_SECRET}`],
    ['padded base64', `cci_${KEY_ID}_${VALID_SECRET.slice(0, 42)}=`],
    ['standard base64 alphabet', `cci_${KEY_ID}_${VALID_SECRET.slice(0, 41)}+/`],
    ['secret with spare bits set', `cci_${KEY_ID}_${UNDERSCORE_SECRET.slice(0, 42)}9`],
    ['surrounding spaces', ` cci_${KEY_ID}_${VALID_SECRET} `],
    ['10 kB string', `cci_${KEY_ID}_${'A'.repeat(10_240)}`],
  ])('refuses %s', (_case, text) => {
    expect(parseApiKey(text)).toBeNull();
  });
});

describe('hashSecret', () => {
  it('is SHA-256 in hex', () => {
    expect(hashSecret('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
