import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Page } from 'playwright-core';

/** A person of the local identity provider's realm (infra/keycloak/demo-accounts.json). */
export type DemoAccount = {
  username: string;
  email: string;
  firstName: string;
  lastName: string;
  password: string;
  cciId: string;
  roles: string[];
};

const { accounts } = JSON.parse(
  readFileSync(
    join(
      dirname(fileURLToPath(import.meta.url)),
      '..',
      '..',
      '..',
      'infra',
      'keycloak',
      'demo-accounts.json',
    ),
    'utf8',
  ),
) as { accounts: DemoAccount[] };

export function demoAccount(username: string): DemoAccount {
  const found = accounts.find((a) => a.username === username);
  if (!found) throw new Error(`Compte de démonstration inconnu : ${username}`);
  return found;
}

/**
 * Signs a person in as they would: the dashboard's "Se connecter", the provider's French login page,
 * and back to the dashboard, signed in.
 */
export async function signInThroughProvider(
  page: Page,
  dashboardUrl: string,
  account: DemoAccount,
): Promise<void> {
  await page.goto(`${dashboardUrl}/`);
  await page.getByRole('link', { name: 'Se connecter' }).click();
  await page.getByLabel("Nom d'utilisateur ou courriel").fill(account.username);
  await page.getByLabel('Mot de passe', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Connexion' }).click();
  await page.getByRole('button', { name: 'Se déconnecter' }).waitFor({ timeout: 60_000 });
}
