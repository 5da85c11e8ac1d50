import { NOTICE_KINDS, type NoticeKind } from '@cci/domain';
import { errors, jwtVerify, SignJWT, type JWTHeaderParameters } from 'jose';
import { z } from 'zod';

import { looksLikeToken, type TokenKey } from './person-token.js';

/**
 * The unsubscribe link's token: what the notification service signs into each message so that its
 * recipient can stop one kind of notice without signing in, and what the ingest API verifies before
 * recording the choice. It names the person and the kind, nothing else: no address travels in a URL.
 */
export const UNSUBSCRIBE_ISSUER = 'cci-notifier';
export const UNSUBSCRIBE_AUDIENCE = 'cci-desabonnement';
export const UNSUBSCRIBE_LIFETIME_DAYS = 60;
const ALGORITHM = 'EdDSA';

export type UnsubscribeClaims = { personId: string; kind: NoticeKind };

export type UnsubscribeRefusal = 'mal-forme' | 'falsifie' | 'expire' | 'incomplet';

export type UnsubscribeVerification =
  { ok: true; claims: UnsubscribeClaims } | { ok: false; reason: UnsubscribeRefusal; message: string };

const MESSAGES: Record<UnsubscribeRefusal, string> = {
  'mal-forme': 'Ce lien de désabonnement est incomplet : copiez-le en entier depuis le message reçu.',
  falsifie: "Ce lien de désabonnement n'a pas été émis par la plateforme.",
  expire: `Ce lien de désabonnement a expiré (il vaut ${UNSUBSCRIBE_LIFETIME_DAYS} jours) : connectez-vous pour choisir vos notifications.`,
  incomplet: 'Ce lien de désabonnement ne nomme pas une personne et un type de notification.',
};

const claimsSchema = z.object({ sub: z.uuid(), kind: z.enum(NOTICE_KINDS) });

export async function mintUnsubscribeToken(
  claims: UnsubscribeClaims,
  options: { signingKey: TokenKey; now?: Date },
): Promise<string> {
  const issuedAt = Math.floor((options.now ?? new Date()).getTime() / 1000);
  return new SignJWT({ kind: claims.kind })
    .setProtectedHeader({ alg: ALGORITHM, kid: options.signingKey.keyId, typ: 'JWT' })
    .setIssuer(UNSUBSCRIBE_ISSUER)
    .setAudience(UNSUBSCRIBE_AUDIENCE)
    .setSubject(claims.personId)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + UNSUBSCRIBE_LIFETIME_DAYS * 86_400)
    .sign(options.signingKey.key);
}

function refusal(reason: UnsubscribeRefusal): UnsubscribeVerification {
  return { ok: false, reason, message: MESSAGES[reason] };
}

function refusalOf(error: unknown): UnsubscribeVerification {
  if (error instanceof errors.JWTExpired) return refusal('expire');
  if (error instanceof errors.JWTClaimValidationFailed) return refusal('incomplet');
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JOSEAlgNotAllowed ||
    error instanceof errors.JWKSNoMatchingKey
  )
    return refusal('falsifie');
  if (error instanceof errors.JOSEError) return refusal('mal-forme');
  throw error;
}

/** What the ingest API checks of a link: the notifier's signature, issuer, audience, not expired, a person and a kind. */
export class UnsubscribeTokenVerifier {
  constructor(private readonly keys: readonly TokenKey[]) {}

  async verify(token: string, now: Date = new Date()): Promise<UnsubscribeVerification> {
    if (!looksLikeToken(token)) return refusal('mal-forme');
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, (header: JWTHeaderParameters) => this.keyFor(header), {
        algorithms: [ALGORITHM],
        issuer: UNSUBSCRIBE_ISSUER,
        audience: UNSUBSCRIBE_AUDIENCE,
        requiredClaims: ['iat', 'exp', 'sub'],
        currentDate: now,
      }));
    } catch (error) {
      return refusalOf(error);
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) return refusal('incomplet');
    return { ok: true, claims: { personId: claims.data.sub, kind: claims.data.kind } };
  }

  private keyFor(header: JWTHeaderParameters) {
    const found = this.keys.find((k) => k.keyId === header.kid);
    if (!found) throw new errors.JWKSNoMatchingKey();
    return found.key;
  }
}
