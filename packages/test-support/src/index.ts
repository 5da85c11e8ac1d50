import { randomUUID } from 'node:crypto';

export type TestServers = {
  /** Kafka bootstrap servers, e.g. ["127.0.0.1:9092"]. */
  kafkaBrokers: string[];
  /** A MongoDB connection string without a database name. */
  mongoUrl: string;
  /** The OpenID Connect provider's issuer, e.g. "http://127.0.0.1:18080/realms/cci". */
  oidcIssuerUrl: string;
};

/**
 * The servers the integration tests run against: KAFKA_BROKERS, MONGO_URL and OIDC_ISSUER_URL when set
 * (a user's own servers, or what `npm test` started), otherwise the addresses `infra up` listens on.
 */
export function testServers(env: NodeJS.ProcessEnv = process.env): TestServers {
  const brokers = env.KAFKA_BROKERS?.trim() ?? '';
  const mongoUrl = env.MONGO_URL?.trim() ?? '';
  const oidcIssuerUrl = env.OIDC_ISSUER_URL?.trim() ?? '';
  return {
    kafkaBrokers: (brokers === '' ? '127.0.0.1:9092' : brokers).split(',').map((b) => b.trim()),
    mongoUrl: mongoUrl === '' ? 'mongodb://127.0.0.1:27017/' : mongoUrl,
    oidcIssuerUrl: oidcIssuerUrl === '' ? 'http://127.0.0.1:18080/realms/cci' : oidcIssuerUrl,
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
