import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mintUnsubscribeToken, readSigningKey } from '@cci/person-token';
import type { Browser, Page } from 'playwright-core';

import { expectAccessible } from '../test/accessibility.js';
import { expectPath, expectText } from '../test/browser-expect.js';
import { launchChromium } from '../test/chromium.js';
import { startDashboardStack, type DashboardStack } from '../test/dashboard-stack.js';
import { callThroughGateway } from '../test/gateway-calls.js';
import { signInThroughProvider } from '../test/sign-in.js';

const screenshots = join(dirname(fileURLToPath(import.meta.url)), '..', '.screenshots');

/** The radio of `delivery` in the group of one kind of notice, as a screen reader names them. */
const choice = (page: Page, kind: string, delivery: string) =>
  page.getByRole('group', { name: kind }).getByRole('radio', { name: delivery });

describe('« Mes notifications » and a message’s unsubscribe link, over the real stack', () => {
  let stack: DashboardStack;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    [stack, browser] = await Promise.all([startDashboardStack(), launchChromium()]);
  }, 240_000);

  afterAll(async () => {
    await browser.close();
    await stack.stop();
  }, 60_000);

  const newPage = async () =>
    (await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'fr-FR' })).newPage();

  /** Reloads the page until `kind` shows `delivery` chosen: the directory follows the write within moments. */
  async function expectChosen(page: Page, kind: string, delivery: string): Promise<void> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      await page.reload();
      const radio = choice(page, kind, delivery);
      await radio.waitFor();
      if (await radio.isChecked()) return;
      if (Date.now() > deadline) throw new Error(`« ${kind} » ne montre pas « ${delivery} »`);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }

  it('lets a person choose, with the keyboard alone, a daily digest for one kind and none for another, kept after a reload; then a link opened without a session stops one more once confirmed', async () => {
    const claire = await newPage();
    await signInThroughProvider(claire, stack.dashboardUrl, stack.people.get('cci-rouen-metropole')!);
    await claire.getByRole('link', { name: 'Mes notifications' }).click();
    await expectPath(claire, '/mes-notifications');
    await claire.getByRole('heading', { level: 1, name: 'Mes notifications' }).waitFor();
    // The heading comes before the person's choices have loaded: the form's groups come with them.
    await claire.getByRole('group').first().waitFor();
    // Claire holds saisie (with lecture and administration): the five kinds of saisie, nothing else.
    expect(await claire.getByRole('group').allTextContents()).toHaveLength(5);
    expect(await choice(claire, "Relance sept jours avant l'échéance", 'Dès que possible').isChecked()).toBe(
      true,
    );

    // Keyboard only: Tab goes from kind to kind, the arrows choose within one, Enter on the button saves.
    await choice(claire, "Ouverture d'une campagne de déclaration", 'Dès que possible').focus();
    await claire.keyboard.press('Tab');
    await claire.keyboard.press('ArrowRight');
    await claire.keyboard.press('Tab');
    await claire.keyboard.press('Tab');
    await claire.keyboard.press('ArrowRight');
    await claire.keyboard.press('ArrowRight');
    await claire.keyboard.press('Tab');
    await claire.keyboard.press('Tab');
    expect(await claire.evaluate(() => document.activeElement?.textContent)).toBe('Enregistrer mes choix');
    await claire.keyboard.press('Enter');
    await expectText(
      claire.getByRole('status').filter({ hasText: 'enregistrés' }),
      /Vos choix sont enregistrés/,
    );
    await claire.screenshot({ path: join(screenshots, 'mes-notifications.png'), fullPage: true });
    await expectAccessible(claire);

    await claire.reload();
    await choice(claire, "Relance sept jours avant l'échéance", 'Dans un résumé quotidien').waitFor();
    expect(
      await choice(claire, "Relance sept jours avant l'échéance", 'Dans un résumé quotidien').isChecked(),
    ).toBe(true);
    expect(
      await choice(
        claire,
        "Déclarations en retard, le lendemain de l'échéance",
        'Ne pas recevoir',
      ).isChecked(),
    ).toBe(true);
    expect(await choice(claire, "Relance la veille de l'échéance", 'Dès que possible').isChecked()).toBe(
      true,
    );

    // The notifier's link for one kind, opened in a browser that never signed in.
    const { personId } = (await callThroughGateway(claire, 'GET', '/v1/me/notices')).body as {
      personId: string;
    };
    const signingKey = await readSigningKey(stack.unsubscribeKeys.privateKeyFile);
    const token = await mintUnsubscribeToken({ personId, kind: 'renvoi' }, { signingKey });
    const visitor = await newPage();
    await visitor.goto(`${stack.dashboardUrl}/desabonnement?jeton=${token}`);
    await visitor.getByRole('heading', { level: 1, name: 'Se désabonner d’une notification' }).waitFor();
    await expectText(visitor.locator('.lead'), /« Déclaration renvoyée par la région »/);
    await expectAccessible(visitor);
    // Opening the link did nothing: the choice is still « Dès que possible ».
    await claire.reload();
    await choice(claire, 'Déclaration renvoyée par la région', 'Dès que possible').waitFor();
    expect(await choice(claire, 'Déclaration renvoyée par la région', 'Dès que possible').isChecked()).toBe(
      true,
    );
    // Keyboard only: the button is the page's one control.
    await visitor.keyboard.press('Tab');
    expect(await visitor.evaluate(() => document.activeElement?.textContent)).toBe(
      'Confirmer le désabonnement',
    );
    await visitor.keyboard.press('Enter');
    await expectText(
      visitor.getByRole('status'),
      /C’est fait : Claire Lefebvre \(CCI Rouen Métropole\) ne recevra plus « Déclaration renvoyée par la région »/,
    );
    await visitor.screenshot({ path: join(screenshots, 'desabonnement.png'), fullPage: true });
    await expectAccessible(visitor);
    await expectChosen(claire, 'Déclaration renvoyée par la région', 'Ne pas recevoir');
    // The earlier choices stay.
    expect(
      await choice(claire, "Relance sept jours avant l'échéance", 'Dans un résumé quotidien').isChecked(),
    ).toBe(true);
  });

  it('refuses an expired link with the French sentence and an invitation to sign in, changing nothing', async () => {
    const page = await newPage();
    const signingKey = await readSigningKey(stack.unsubscribeKeys.privateKeyFile);
    const token = await mintUnsubscribeToken(
      { personId: '8e2d4c6b-1a3f-4b5e-9c7d-2f4e6a8b0c1d', kind: 'campagne-ouverte' },
      { signingKey, now: new Date(Date.now() - 61 * 86_400_000) },
    );
    await page.goto(`${stack.dashboardUrl}/desabonnement?jeton=${token}`);
    await page.getByRole('button', { name: 'Confirmer le désabonnement' }).click();
    await expectText(page.getByRole('alert'), /Ce lien de désabonnement a expiré \(il vaut 60 jours\)/);
    await page.getByRole('link', { name: 'Se connecter' }).waitFor();
    expect(await page.getByRole('link', { name: 'Se connecter' }).getAttribute('href')).toBe(
      '/auth/connexion?retour=%2Fmes-notifications',
    );
    await expectAccessible(page);
  });
});
