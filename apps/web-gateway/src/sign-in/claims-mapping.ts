import type { ClaimsMapping } from '../config/gateway-config.js';

/** Who the provider says signed in, read through the configured claims. */
export type SignedInIdentity = { subject: string; email: string; name: string };

export type IdentityReading =
  | { ok: true; identity: SignedInIdentity }
  | { ok: false; reason: 'incomplete' | 'unverified-email'; message: string };

function text(claims: Record<string, unknown>, claim: string): string | null {
  const value = claims[claim];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * Reads the person's identifier, e-mail address and name from the ID token's claims, as the
 * configuration maps them. The address must be one the provider verified (its claim `true`), since it
 * is what matches the person in the directory; a mapping without that claim trusts every address.
 */
export function identityFromClaims(claims: Record<string, unknown>, mapping: ClaimsMapping): IdentityReading {
  const subject = text(claims, mapping.subject);
  const email = text(claims, mapping.email);
  if (subject === null || email === null)
    return {
      ok: false,
      reason: 'incomplete',
      message: `Le fournisseur d'identité n'a pas transmis ${subject === null ? `l'identifiant (« ${mapping.subject} »)` : `l'adresse électronique (« ${mapping.email} »)`} : demandez à la DSI de vérifier la configuration de la connexion.`,
    };
  if (mapping.emailVerified !== null && claims[mapping.emailVerified] !== true)
    return {
      ok: false,
      reason: 'unverified-email',
      message: `Votre fournisseur d'identité n'a pas vérifié l'adresse ${email} : faites-la vérifier auprès de lui, puis reconnectez-vous.`,
    };
  return {
    ok: true,
    identity: { subject, email: email.toLowerCase(), name: text(claims, mapping.name) ?? email },
  };
}
