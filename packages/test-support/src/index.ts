import { randomUUID } from 'node:crypto';

export type TestServers = {
  /** Kafka bootstrap servers, e.g. ["127.0.0.1:9092"]. */
  kafkaBrokers: string[];
  /** A MongoDB connection string without a database name. */
  mongoUrl: string;
  /** The OpenID Connect provider's issuer, e.g. "http://127.0.0.1:18080/realms/cci". */
  oidcIssuerUrl: string;
  /** The confidential client the product signs in with (the demo realm's unless OIDC_CLIENT_ID is set). */
  oidcClient: { id: string; secret: string };
  /** The SMTP server mail is sent through, e.g. "smtp://127.0.0.1:1025". */
  smtpUrl: string;
  /** Mailpit's web inbox and API, where the tests read what was sent, e.g. "http://127.0.0.1:8025". */
  mailpitUrl: string;
};

/**
 * The servers the integration tests run against: KAFKA_BROKERS, MONGO_URL, OIDC_ISSUER_URL (with
 * OIDC_CLIENT_ID and OIDC_CLIENT_SECRET), SMTP_URL
 * and MAILPIT_URL when set (a user's own servers, or what `npm test` started), otherwise the addresses
 * `infra up` listens on.
 */
export function testServers(env: NodeJS.ProcessEnv = process.env): TestServers {
  const orDefault = (value: string | undefined, fallback: string) => {
    const set = value?.trim() ?? '';
    return set === '' ? fallback : set;
  };
  return {
    kafkaBrokers: orDefault(env.KAFKA_BROKERS, '127.0.0.1:9092')
      .split(',')
      .map((b) => b.trim()),
    mongoUrl: orDefault(env.MONGO_URL, 'mongodb://127.0.0.1:27017/'),
    oidcIssuerUrl: orDefault(env.OIDC_ISSUER_URL, 'http://127.0.0.1:18080/realms/cci'),
    oidcClient: {
      id: orDefault(env.OIDC_CLIENT_ID, 'cci-tableau-de-bord'),
      secret: orDefault(env.OIDC_CLIENT_SECRET, 'secret-de-demonstration-local-seulement'),
    },
    smtpUrl: orDefault(env.SMTP_URL, 'smtp://127.0.0.1:1025'),
    mailpitUrl: orDefault(env.MAILPIT_URL, 'http://127.0.0.1:8025'),
  };
}

/** A name no other test run uses, so that suites never see each other's topics, groups or databases. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/** The connection string of one database on the test MongoDB server. */
export function mongoDatabaseUrl(database: string, servers: TestServers = testServers()): string {
  const url = new URL(servers.mongoUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
export * from './service-process.js';
export * from './fault-injection.js';
export * from './quantile.js';
