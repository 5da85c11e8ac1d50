import { randomBytes } from 'node:crypto';

import {
  parseEnvironment,
  positiveInt,
  serviceEnvironment,
  serviceSettings,
  type ServiceSettings,
} from '@cci/service-kit';
import { z } from 'zod';

const url = z.url({ protocol: /^https?$/ });

const schema = serviceEnvironment(3300).extend({
  MONGO_URL: z.string().default('mongodb://127.0.0.1:27017/'),
  MONGO_DATABASE: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/)
    .default('cci'),
  PUBLIC_URL: url.default('http://127.0.0.1:5173'),
  READ_API_URL: url.default('http://127.0.0.1:3200'),
  INGEST_API_URL: url.default('http://127.0.0.1:3100'),
  OIDC_ISSUER_URL: url,
  OIDC_CLIENT_ID: z.string().min(1),
  OIDC_CLIENT_SECRET: z.string().min(1),
  OIDC_SCOPES: z.string().default('openid email profile'),
  OIDC_CLAIM_SUBJECT: z.string().min(1).default('sub'),
  OIDC_CLAIM_EMAIL: z.string().min(1).default('email'),
  OIDC_CLAIM_EMAIL_VERIFIED: z.string().default('email_verified'),
  OIDC_CLAIM_NAME: z.string().min(1).default('name'),
  PERSON_TOKEN_PRIVATE_KEY_FILE: z.string().min(1),
  PERSON_TOKEN_ISSUER: z.string().min(1).default('cci-passerelle-web'),
  PERSON_TOKEN_READ_AUDIENCE: z.string().min(1).default('cci-read-api'),
  PERSON_TOKEN_INGEST_AUDIENCE: z.string().min(1).default('cci-ingest-api'),
  SESSION_IDLE_TIMEOUT_SECONDS: positiveInt(30 * 60),
  SESSION_MAX_AGE_SECONDS: positiveInt(10 * 60 * 60),
  COOKIE_SECRET: z.string().min(32, 'au moins 32 caractères').optional(),
});

/** Which claims of the provider's ID token say who the person is: configured, never provider-specific. */
export type ClaimsMapping = {
  subject: string;
  email: string;
  /** The claim saying the provider verified the address; `null` when the provider only gives verified ones. */
  emailVerified: string | null;
  name: string;
};

/** The gateway's settings, read from the environment once, at start-up. */
export type GatewayConfig = ServiceSettings & {
  mongoUrl: string;
  mongoDatabase: string;
  /** The dashboard's address as the browser sees it: the redirect URIs, the origin unsafe requests must come from. */
  publicUrl: URL;
  upstreams: { read: string; ingest: string };
  oidc: {
    issuer: URL;
    clientId: string;
    clientSecret: string;
    scopes: string;
    claims: ClaimsMapping;
  };
  personTokens: {
    privateKeyFile: string;
    issuer: string;
    audiences: { read: string; ingest: string };
  };
  sessions: { idleTimeoutSeconds: number; maxAgeSeconds: number };
  /** Signs the pending sign-in's cookie; every instance behind one address needs the same. */
  cookieSecret: string;
};

export function readGatewayConfig(env: NodeJS.ProcessEnv): GatewayConfig {
  const c = parseEnvironment(schema, env);
  const service = serviceSettings(c);
  if (service.production && c.COOKIE_SECRET === undefined)
    throw new Error(
      'Configuration invalide : COOKIE_SECRET est obligatoire en production (le même pour chaque instance).',
    );
  if (c.SESSION_IDLE_TIMEOUT_SECONDS > c.SESSION_MAX_AGE_SECONDS)
    throw new Error(
      'Configuration invalide : SESSION_IDLE_TIMEOUT_SECONDS ne peut pas dépasser SESSION_MAX_AGE_SECONDS.',
    );
  return {
    ...service,
    mongoUrl: c.MONGO_URL,
    mongoDatabase: c.MONGO_DATABASE,
    publicUrl: new URL(c.PUBLIC_URL),
    upstreams: { read: c.READ_API_URL, ingest: c.INGEST_API_URL },
    oidc: {
      issuer: new URL(c.OIDC_ISSUER_URL),
      clientId: c.OIDC_CLIENT_ID,
      clientSecret: c.OIDC_CLIENT_SECRET,
      scopes: c.OIDC_SCOPES,
      claims: {
        subject: c.OIDC_CLAIM_SUBJECT,
        email: c.OIDC_CLAIM_EMAIL,
        emailVerified: c.OIDC_CLAIM_EMAIL_VERIFIED === '' ? null : c.OIDC_CLAIM_EMAIL_VERIFIED,
        name: c.OIDC_CLAIM_NAME,
      },
    },
    personTokens: {
      privateKeyFile: c.PERSON_TOKEN_PRIVATE_KEY_FILE,
      issuer: c.PERSON_TOKEN_ISSUER,
      audiences: { read: c.PERSON_TOKEN_READ_AUDIENCE, ingest: c.PERSON_TOKEN_INGEST_AUDIENCE },
    },
    sessions: {
      idleTimeoutSeconds: c.SESSION_IDLE_TIMEOUT_SECONDS,
      maxAgeSeconds: c.SESSION_MAX_AGE_SECONDS,
    },
    // Outside production a random secret is enough: a restart only loses the sign-ins under way.
    cookieSecret: c.COOKIE_SECRET ?? randomBytes(32).toString('base64url'),
  };
}
