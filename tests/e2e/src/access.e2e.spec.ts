import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Locator, Page } from 'playwright-core';

import { expectAccessible } from '../test/accessibility.js';
import { expectAttribute, expectNoText, expectPath, expectText } from '../test/browser-expect.js';
import { launchChromium } from '../test/chromium.js';
import { startDashboardStack, type DashboardStack, type TestCci } from '../test/dashboard-stack.js';
import { callThroughGateway, type GatewayAnswer } from '../test/gateway-calls.js';
import { demoAccount, signInThroughProvider, type DemoAccount } from '../test/sign-in.js';

const screenshots = join(dirname(fileURLToPath(import.meta.url)), '..', '.screenshots');

type AuditEntry = {
  what: string;
  person: string | null;
  author: { kind: string; name: string | null; role: string | null };
};

/** A figure of CCI Rouen Métropole, as the ingest API's `report-indicator` takes it. */
const rouenFigure = (indicatorId: string, period: string, value: number, comment: string) => ({
  cciId: 'cci-rouen-metropole',
  indicatorId,
  period,
  value,
  unitId: 'entreprises',
  comment,
});

describe("the administrators' pages, and persons and keys acting as themselves, over the real stack", () => {
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

  async function signInAs(account: DemoAccount): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'fr-FR' });
    const page = await context.newPage();
    await signInThroughProvider(page, stack.dashboardUrl, account);
    return page;
  }

  const signIn = (cci: TestCci) => signInAs(stack.people.get(cci)!);

  /** The text a field is described by (its hint and its error), as a screen reader reads it after its label. */
  async function descriptionOf(page: Page, field: Locator): Promise<string> {
    const ids = (await field.getAttribute('aria-describedby')) ?? '';
    const texts = await Promise.all(
      ids
        .split(' ')
        .filter(Boolean)
        .map((id) => page.locator(`[id="${id}"]`).textContent()),
    );
    return texts.join(' ');
  }

  /** An indicator's audit trail for CCI Rouen Métropole, read through the person's session, once it shows `what`. */
  async function auditOf(page: Page, indicatorId: string, what: RegExp): Promise<AuditEntry[]> {
    const path = `/v1/regions/normandie/indicators/${indicatorId}/history?cciId=cci-rouen-metropole`;
    const deadline = Date.now() + 10_000;
    for (;;) {
      const answer = await callThroughGateway(page, 'GET', path);
      const entries = (answer.body as { entries?: AuditEntry[] } | null)?.entries ?? [];
      if (entries.some((e) => what.test(e.what)) || Date.now() > deadline) return entries;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  const expectFrenchRefusal = (answer: GatewayAnswer, status: number, detail: RegExp) => {
    expect(answer.status).toBe(status);
    expect(answer.contentType).toMatch(/^application\/problem\+json/);
    expect((answer.body as { detail?: string }).detail).toMatch(detail);
  };

  it('lets an administrator invite a person with the keyboard, change their roles, and remove them: each can then do exactly what their roles allow, and a removed person is refused at the next request', async () => {
    const sophie = demoAccount('sophie.garnier');
    const admin = await signIn('cci-rouen-metropole');
    await admin.getByRole('link', { name: 'Personnes' }).click();
    await expectPath(admin, '/personnes');
    await admin.getByRole('heading', { level: 1, name: 'Personnes de CCI Rouen Métropole' }).waitFor();
    const table = admin.getByRole('table', { name: 'Les personnes de CCI Rouen Métropole' });
    await expectText(
      table.getByRole('row', { name: /Claire Lefebvre/ }),
      /\(vous\).*saisie, lecture, administration.*active/,
    );

    // The keyboard alone: Enter in an empty form gives each field the domain's French sentence.
    const email = admin.getByLabel('Adresse électronique');
    await email.focus();
    await admin.keyboard.press('Enter');
    await expectAttribute(email, 'aria-invalid', 'true');
    expect(await descriptionOf(admin, email)).toMatch(/Le champ « email »/);
    expect(await descriptionOf(admin, admin.getByRole('group', { name: 'Rôles' }))).toMatch(
      /au moins un rôle/,
    );
    // An address another CCI's directory holds: the ingest API's 409 goes beside the address.
    await admin.keyboard.type(demoAccount('isabelle.rousseau').email);
    await admin.keyboard.press('Tab');
    await admin.keyboard.type('Isabelle Rousseau');
    await admin.keyboard.press('Tab');
    await admin.keyboard.press('Space');
    for (let i = 0; i < 3; i += 1) await admin.keyboard.press('Tab');
    await admin.keyboard.press('Enter');
    await expectAttribute(email, 'aria-invalid', 'true');
    expect(await descriptionOf(admin, email)).toMatch(/est celle d'une personne de CCI Mayenne/);

    await email.fill(sophie.email);
    await admin.getByLabel('Nom', { exact: true }).fill('Sophie Garnier');
    await admin.getByRole('button', { name: 'Inviter' }).click();
    await expectText(
      admin.getByRole('status').filter({ hasText: 'Invitation' }),
      /Sophie Garnier pourra se connecter/,
    );
    const sophieRow = table.getByRole('row', { name: /Sophie Garnier/ });
    await expectText(sophieRow, /saisie.*active.*par Claire Lefebvre/);
    await admin.screenshot({ path: join(screenshots, 'personnes.png'), fullPage: true });
    await expectAccessible(admin);

    // Invited with `saisie`, Sophie signs in at the provider, declares her CCI's figure and cannot validate it.
    const person = await signInAs(sophie);
    await expectPath(person, '/regions/normandie');
    await expectText(person.locator('.who'), /Sophie Garnier · CCI Rouen Métropole/);
    await expectNoText(
      person.getByRole('navigation', { name: 'Vues' }),
      /Personnes|Clés d’accès|Supervision/,
    );
    const declared = await callThroughGateway(
      person,
      'POST',
      '/v1/commands/report-indicator',
      rouenFigure('accompagnements-individuels', '2025-T3', 77, 'Salon des entreprises'),
    );
    expect(declared.status).toBe(201);
    expectFrenchRefusal(
      await callThroughGateway(person, 'POST', '/v1/commands/validate-declaration', {
        cciId: 'cci-rouen-metropole',
        indicatorId: 'accompagnements-individuels',
        period: '2025-T3',
        declaredVersion: 1,
      }),
      403,
      /valid|CCI Rouen Métropole/,
    );

    // Her roles become `lecture`: the same open session may read, and no longer write.
    await admin.getByRole('button', { name: 'Modifier les rôles de Sophie Garnier' }).click();
    const rolesDialog = admin.getByRole('dialog', { name: 'Rôles de Sophie Garnier' });
    await rolesDialog.getByRole('checkbox', { name: /^saisie/ }).uncheck();
    await rolesDialog.getByRole('checkbox', { name: /^lecture/ }).check();
    await rolesDialog.getByRole('button', { name: 'Enregistrer les rôles' }).click();
    await expectText(
      admin.getByRole('status').filter({ hasText: 'Rôles de' }),
      /Rôles de Sophie Garnier : lecture\./,
    );
    await expectText(sophieRow, /lecture.*active/);

    await person.reload();
    await person.getByRole('heading', { level: 1, name: /Normandie : vue régionale/ }).waitFor();
    await person.goto(`${stack.dashboardUrl}/personnes`);
    await person.getByRole('heading', { name: 'Accès refusé' }).waitFor();
    await person
      .getByRole('alert')
      .filter({ hasText: 'La gestion des personnes est réservée aux administrateurs de CCI Rouen Métropole' })
      .waitFor();
    expectFrenchRefusal(
      await callThroughGateway(
        person,
        'POST',
        '/v1/commands/report-indicator',
        rouenFigure('accompagnements-individuels', '2025-T4', 78, 'Salon des entreprises'),
      ),
      403,
      /Sophie Garnier n'a pas le rôle « saisie » pour CCI Rouen Métropole/,
    );
    const trail = await auditOf(admin, 'accompagnements-individuels', /T3 2025/);
    expect(trail.some((e) => e.what.includes('T3 2025 : 77'))).toBe(true);
    expect(trail.some((e) => e.what.includes('T4 2025'))).toBe(false);

    // Removal, confirmed: Escape cancels and gives the focus back, then the keyboard confirms.
    const remove = admin.getByRole('button', { name: 'Retirer Sophie Garnier' });
    await remove.click();
    const confirm = admin.getByRole('dialog', { name: 'Retirer Sophie Garnier ?' });
    await confirm.waitFor();
    await expectAccessible(admin);
    await admin.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    expect(await remove.evaluate((button) => button === document.activeElement)).toBe(true);
    await admin.keyboard.press('Enter');
    await confirm.waitFor();
    // "Annuler" has the focus: Enter alone would not remove anyone.
    expect(await admin.evaluate(() => document.activeElement?.textContent)).toBe('Annuler');
    await admin.keyboard.press('Shift+Tab');
    await admin.keyboard.press('Enter');
    await expectText(
      admin.getByRole('status').filter({ hasText: 'Accès de' }),
      /Accès de Sophie Garnier fermé/,
    );
    await expectText(sophieRow, /retirée/);
    expect(await sophieRow.getByRole('button').count()).toBe(0);

    // Her session is still open in her browser: its next request is refused, and the page says why.
    await person.reload();
    await person.getByRole('heading', { name: 'Accès refusé' }).waitFor();
    await expectText(
      person.getByRole('alert'),
      /Sophie Garnier a été retirée de l'annuaire de sa CCI : son accès est fermé/,
    );
    await person.screenshot({ path: join(screenshots, 'personne-retiree.png') });
    // The gateway ended that session: its cookie opens nothing any more.
    expectFrenchRefusal(await callThroughGateway(person, 'GET', '/v1/me'), 401, /Vous n'êtes pas connecté/);
    await person.context().close();
    await admin.context().close();
  }, 180_000);

  it('issues a machine key shown once, which a script uses; revoked in the page, the next call is refused within a second', async () => {
    const admin = await signIn('cci-rouen-metropole');
    await admin.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: stack.dashboardUrl,
    });
    await admin.getByRole('link', { name: 'Clés d’accès' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Clés d’accès de CCI Rouen Métropole' }).waitFor();
    await admin.getByText('CCI Rouen Métropole n’a encore créé aucune clé.').waitFor();

    // `administration` is for persons: not offered to a key.
    expect(await admin.getByRole('checkbox', { name: /^administration/ }).count()).toBe(0);
    await admin.getByRole('button', { name: 'Créer la clé' }).click();
    expect(await descriptionOf(admin, admin.getByLabel('Libellé'))).toMatch(/Le champ « label »/);
    await admin.getByLabel('Libellé').fill('Tableur de saisie');
    await admin.getByRole('checkbox', { name: /^saisie/ }).check();
    await admin.getByRole('button', { name: 'Créer la clé' }).click();

    const panel = admin.getByRole('region', { name: 'Nouvelle clé : « Tableur de saisie »' });
    await panel.waitFor();
    await expectText(panel, /Copiez cette clé maintenant : elle ne sera plus jamais affichée\./);
    expect(await admin.evaluate(() => document.activeElement?.textContent ?? '')).toBe(
      'Nouvelle clé : « Tableur de saisie »',
    );
    const key = await panel.getByLabel('Clé d’accès').inputValue();
    expect(key).toMatch(/^cci_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    await panel.getByRole('button', { name: 'Copier la clé' }).click();
    await panel.getByText('Clé copiée dans le presse-papiers.').waitFor();
    expect(await admin.evaluate(() => navigator.clipboard.readText())).toBe(key);
    const keyId = key.slice(4, 16);
    const row = admin.locator(`tr[data-key="${keyId}"]`);
    await expectText(row, /Tableur de saisie.*saisie.*par Claire Lefebvre.*active/);
    await admin.screenshot({ path: join(screenshots, 'cles-acces-nouvelle-cle.png'), fullPage: true });
    await expectAccessible(admin);
    await panel.getByRole('button', { name: 'J’ai copié la clé' }).click();
    await panel.waitFor({ state: 'detached' });
    expect(await admin.content()).not.toContain(key);
    await admin.reload();
    await row.waitFor();
    expect(await admin.content()).not.toContain(key);

    // A CCI's tool: a plain script with the key, straight to the ingest API.
    const figure = rouenFigure('accompagnements-individuels', '2025-T4', 91, 'Envoyé par le tableur');
    const send = () =>
      fetch(`${stack.ingestApiUrl}/v1/commands/report-indicator`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${key}`,
          'content-type': 'application/json',
          'idempotency-key': 'tableur-accompagnements-2025-T4',
        },
        body: JSON.stringify(figure),
      });
    expect((await send()).status).toBe(201);
    const trail = await auditOf(admin, 'accompagnements-individuels', /T4 2025 : 91/);
    expect(trail.find((e) => e.what.includes('T4 2025 : 91'))?.author).toEqual(
      expect.objectContaining({ kind: 'machine-key', name: 'Clé « Tableur de saisie »', role: 'saisie' }),
    );

    // Revoked in the page while the script keeps calling (the same request, replayed, writes nothing).
    await admin.getByRole('button', { name: 'Révoquer la clé « Tableur de saisie »' }).click();
    const confirm = admin.getByRole('dialog', { name: 'Révoquer la clé « Tableur de saisie » ?' });
    await confirm.waitFor();
    let refused: Response | null = null;
    let refusedAt = 0;
    const revokedAt = Date.now();
    const polling = (async () => {
      while (Date.now() - revokedAt < 5_000) {
        const answer = await send();
        if (answer.status !== 200 && answer.status !== 201) {
          refused = answer;
          refusedAt = Date.now();
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    await confirm.getByRole('button', { name: 'Révoquer' }).click();
    await polling;
    const afterMs = refusedAt - revokedAt;
    console.log(
      `Clé révoquée dans la page : l'API d'écriture la refuse ${afterMs} ms après le clic sur « Révoquer ».`,
    );
    expect(refused).not.toBeNull();
    const refusal = refused!;
    expect(refusal.status).toBe(401);
    expect(((await refusal.json()) as { detail: string }).detail).toBe(
      "Clé d'API révoquée : demandez-en une nouvelle à un administrateur de votre CCI.",
    );
    expect(afterMs).toBeLessThan(1_000);
    await expectText(
      admin.getByRole('status').filter({ hasText: 'révoquée' }),
      /Clé « Tableur de saisie » révoquée/,
    );
    await expectText(row, /révoquée.*par Claire Lefebvre/);
    expect(await row.getByRole('button').count()).toBe(0);
    await admin.context().close();
  }, 180_000);

  it("names the person in the audit trail of a figure written from the dashboard, in the page's history drawer and in the API's audit view", async () => {
    const page = await signIn('cci-rouen-metropole');
    const written = await callThroughGateway(
      page,
      'POST',
      '/v1/commands/report-indicator',
      rouenFigure('premier-niveau-information', '2025-T4', 150, 'Saisi depuis le tableau de bord'),
    );
    expect(written.status).toBe(201);
    const trail = await auditOf(page, 'premier-niveau-information', /T4 2025 : 150/);
    expect(trail[0]).toMatchObject({
      what: 'Valeur déclarée pour T4 2025 : 150 entreprises (« Saisi depuis le tableau de bord »)',
      person: 'Claire Lefebvre',
      author: { kind: 'person', name: 'Claire Lefebvre', role: 'saisie' },
    });

    const card = page.locator('[data-indicator="premier-niveau-information"]');
    await card.getByRole('button', { name: 'Historique de CCI Rouen Métropole' }).click();
    const drawer = page.getByRole('dialog');
    await expectText(
      drawer.locator('.audit-entry').first(),
      /Valeur déclarée pour T4 2025 : 150 entreprises/,
    );
    await expectText(
      drawer.locator('.audit-entry').first(),
      /par CCI Rouen Métropole \(Claire Lefebvre, rôle saisie\)/,
    );
    await page.screenshot({ path: join(screenshots, 'historique-personne.png') });
    await page.context().close();
  }, 120_000);

  it("lets a regional CCI's administrators manage the administrators of its CCIs only, as the API allows", async () => {
    const page = await signIn('cci-normandie');
    await page.getByRole('link', { name: 'Personnes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Personnes de CCI Normandie' }).waitFor();
    await page.getByLabel('CCI', { exact: true }).selectOption({ label: 'CCI Rouen Métropole' });
    await page.getByRole('button', { name: 'Afficher' }).click();
    await page.getByRole('heading', { level: 1, name: 'Personnes de CCI Rouen Métropole' }).waitFor();
    expect(new URL(page.url()).search).toBe('?cci=cci-rouen-metropole');
    await expectText(page.locator('.banner').first(), /vous ne gérez que ses administrateurs/);
    await page.getByRole('button', { name: 'Modifier les rôles de Claire Lefebvre' }).waitFor();

    await page.getByLabel('Adresse électronique').fill('nouvelle.recrue@rouen-metropole.cci.example');
    await page.getByLabel('Nom', { exact: true }).fill('Nouvelle Recrue');
    await page.getByRole('checkbox', { name: /^saisie/ }).check();
    await page.getByRole('button', { name: 'Inviter' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'ne gère, à CCI Rouen Métropole, que ses administrateurs' })
      .waitFor();
    await expectNoText(page.getByRole('table', { name: /Les personnes de/ }), /Nouvelle Recrue/);
    await expectAccessible(page);
    await page.context().close();
  }, 120_000);
});
