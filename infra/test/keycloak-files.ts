import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const folder = join(dirname(fileURLToPath(import.meta.url)), '..', 'keycloak');

/** A person's roles within their CCI, as the product will give them. */
export const personRoles = ['saisie', 'validation', 'lecture', 'administration', 'supervision'] as const;

/** One person of infra/keycloak/demo-accounts.json. */
export type DemoAccount = {
  username: string;
  email: string;
  firstName: string;
  lastName: string;
  password: string;
  cciId: string;
  roles: string[];
};

/** The parts of infra/keycloak/realm-cci.json the tests read. */
export type Realm = {
  realm: string;
  clients: { clientId: string; secret: string }[];
  users: {
    username: string;
    email: string;
    emailVerified: boolean;
    firstName: string;
    lastName: string;
    enabled: boolean;
    requiredActions?: string[];
    credentials: { type: string; value: string; temporary: boolean }[];
  }[];
};

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(join(folder, file), 'utf8'));
}

export const demoAccounts = (readJson('demo-accounts.json') as { accounts: DemoAccount[] }).accounts;
export const realm = readJson('realm-cci.json') as Realm;
