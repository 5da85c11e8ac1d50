import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';

import { ROLES, type Role } from '@cci/domain';
import {
  calculateJwkThumbprint,
  errors,
  exportJWK,
  jwtVerify,
  SignJWT,
  type JWTHeaderParameters,
} from 'jose';
import { z } from 'zod';

/** How long a person token lives: the gateway signs a fresh one for each request it forwards. */
export const PERSON_TOKEN_LIFETIME_SECONDS = 60;
/** Clocks of the gateway and the APIs may differ by this much. */
const CLOCK_TOLERANCE_SECONDS = 5;
const ALGORITHM = 'EdDSA';

/** Who a person token speaks for: the person, their CCI and roles as the directory says, and the session. */
export type PersonClaims = {
  personId: string;
  name: string;
  email: string;
  cciId: string;
  roles: Role[];
  sessionId: string;
};

/** Why a token is refused; each reason is a 401 with code `jeton-<reason>`. */
export type TokenRefusal =
  'mal-forme' | 'falsifie' | 'expire' | 'duree' | 'emetteur' | 'audience' | 'incomplet';

export type TokenVerification =
  { ok: true; claims: PersonClaims } | { ok: false; reason: TokenRefusal; message: string };

const MESSAGES: Record<TokenRefusal, string> = {
  'mal-forme': "Jeton de personne mal formé : ce n'est pas un JWT signé.",
  falsifie: 'Jeton de personne refusé : sa signature ne vient pas de la passerelle.',
  expire: 'Jeton de personne expiré : la passerelle en signe un nouveau à chaque requête.',
  duree: `Jeton de personne refusé : il ne doit pas vivre plus de ${PERSON_TOKEN_LIFETIME_SECONDS} secondes.`,
  emetteur: "Jeton de personne d'un autre émetteur que la passerelle attendue.",
  audience: 'Jeton de personne destiné à un autre service que celui-ci.',
  incomplet: 'Jeton de personne incomplet : il doit nommer la personne, sa CCI, ses rôles et sa session.',
};

const claimsSchema = z.object({
  sub: z.uuid(),
  name: z.string().trim().min(1).max(200),
  email: z.email().max(254),
  cci: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .max(100),
  roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
  sid: z.string().min(1).max(200),
});

/** A JWT, as it travels: three base64url parts (what tells it from a machine key). */
export function looksLikeToken(text: string): boolean {
  return text.length <= 8_192 && /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(text);
}

/** An Ed25519 key and its id (RFC 7638 thumbprint), which the token's header names. */
export type TokenKey = { key: KeyObject; keyId: string };

async function keyIdOf(publicKey: KeyObject): Promise<string> {
  return calculateJwkThumbprint(await exportJWK(publicKey));
}

function ed25519(key: KeyObject, what: string): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${what} n'est pas une clé Ed25519.`);
  return key;
}

/** The gateway's signing key, from its PKCS#8 PEM text. */
export async function signingKeyFromPem(pem: string): Promise<TokenKey> {
  const key = ed25519(createPrivateKey(pem), 'La clé privée des jetons');
  return { key, keyId: await keyIdOf(createPublicKey(key)) };
}

/** The public keys the APIs accept, from PEM text holding one or more: several while a key is rotated. */
export async function verificationKeysFromPem(pem: string): Promise<TokenKey[]> {
  const blocks = pem.match(/-----BEGIN PUBLIC KEY-----[\s\S]+?-----END PUBLIC KEY-----/g) ?? [];
  if (blocks.length === 0)
    throw new Error('Aucune clé publique (PEM « PUBLIC KEY ») pour vérifier les jetons.');
  return Promise.all(
    blocks.map(async (block) => {
      const key = ed25519(createPublicKey(block), 'Une clé publique des jetons');
      return { key, keyId: await keyIdOf(key) };
    }),
  );
}

/** Signs the token the gateway sends with one forwarded request: `exp` 60 s after `iat`. */
export async function mintPersonToken(
  claims: PersonClaims,
  options: { signingKey: TokenKey; issuer: string; audience: string; now?: Date },
): Promise<string> {
  const issuedAt = Math.floor((options.now ?? new Date()).getTime() / 1000);
  return new SignJWT({
    name: claims.name,
    email: claims.email,
    cci: claims.cciId,
    roles: claims.roles,
    sid: claims.sessionId,
  })
    .setProtectedHeader({ alg: ALGORITHM, kid: options.signingKey.keyId, typ: 'JWT' })
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setSubject(claims.personId)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + PERSON_TOKEN_LIFETIME_SECONDS)
    .sign(options.signingKey.key);
}

function refusal(reason: TokenRefusal): TokenVerification {
  return { ok: false, reason, message: MESSAGES[reason] };
}

function refusalOf(error: unknown): TokenVerification {
  if (error instanceof errors.JWTExpired) return refusal('expire');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return refusal('emetteur');
    if (error.claim === 'aud') return refusal('audience');
    // `iat` too old (a lifetime beyond 60 s) or in the future.
    if (error.claim === 'iat' || error.claim === 'exp' || error.claim === 'nbf') return refusal('expire');
    return refusal('incomplet');
  }
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JOSEAlgNotAllowed ||
    error instanceof errors.JWKSNoMatchingKey
  )
    return refusal('falsifie');
  if (error instanceof errors.JOSEError) return refusal('mal-forme');
  throw error;
}

/**
 * What an API checks of a person token: the gateway's signature (one of the keys it accepts, named
 * by `kid`), the issuer, this API as the audience, a lifetime of at most 60 s not yet over, and the
 * claims that say who. Who the person is *now* (removed, roles changed) is the directory's to say.
 */
export class PersonTokenVerifier {
  constructor(
    private readonly keys: readonly TokenKey[],
    private readonly expected: { issuer: string; audience: string },
  ) {}

  async verify(token: string, now: Date = new Date()): Promise<TokenVerification> {
    if (!looksLikeToken(token)) return refusal('mal-forme');
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, (header: JWTHeaderParameters) => this.keyFor(header), {
        algorithms: [ALGORITHM],
        issuer: this.expected.issuer,
        audience: this.expected.audience,
        maxTokenAge: PERSON_TOKEN_LIFETIME_SECONDS + CLOCK_TOLERANCE_SECONDS,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['iat', 'exp', 'sub'],
        currentDate: now,
      }));
    } catch (error) {
      return refusalOf(error);
    }
    const { iat, exp } = payload as { iat: number; exp: number };
    if (exp - iat > PERSON_TOKEN_LIFETIME_SECONDS) return refusal('duree');
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) return refusal('incomplet');
    const { sub, name, email, cci, roles, sid } = claims.data;
    return { ok: true, claims: { personId: sub, name, email, cciId: cci, roles, sessionId: sid } };
  }

  private keyFor(header: JWTHeaderParameters): KeyObject {
    const found = this.keys.find((k) => k.keyId === header.kid);
    if (!found) throw new errors.JWKSNoMatchingKey();
    return found.key;
  }
}
