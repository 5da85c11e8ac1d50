import { z } from 'zod';

/** How long a person may take on the provider's pages before the sign-in must start again. */
export const PENDING_SIGN_IN_SECONDS = 10 * 60;

/**
 * A sign-in under way, between the redirect to the provider and its return: the PKCE verifier, the
 * `state` and the `nonce` the return must match, and the dashboard's address to go back to. It
 * travels in a signed HttpOnly cookie of the browser that started it, so no server keeps it.
 */
export type PendingSignIn = {
  codeVerifier: string;
  state: string;
  nonce: string;
  returnTo: string;
};

const pendingSchema = z.object({
  codeVerifier: z.string().min(43).max(128),
  state: z.string().min(1).max(200),
  nonce: z.string().min(1).max(200),
  returnTo: z.string().max(2000),
});

export function pendingSignInFrom(cookieValue: unknown): PendingSignIn | null {
  if (typeof cookieValue !== 'string') return null;
  try {
    const parsed = pendingSchema.safeParse(JSON.parse(cookieValue));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Where to send the person once signed in: a path of the dashboard, never another site (`//host`,
 * `/\host` and absolute URLs would make the gateway an open redirector).
 */
export function safeReturnAddress(requested: unknown): string {
  if (typeof requested !== 'string' || requested.length > 2000) return '/';
  if (!requested.startsWith('/') || requested.startsWith('//') || requested.startsWith('/\\')) return '/';
  if (/[\p{Cc}\\]/u.test(requested)) return '/';
  return requested;
}
