import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DomainEvent } from '@cci/domain';
import type { Browser, Page } from 'playwright-core';

import { expectAccessible } from '../test/accessibility.js';
import { expectAttribute, expectNoText, expectPath, expectText } from '../test/browser-expect.js';
import { launchChromium } from '../test/chromium.js';
import { startDashboardStack, type DashboardStack, type TestCci } from '../test/dashboard-stack.js';
import { demoAccount, signInThroughProvider, type DemoAccount } from '../test/sign-in.js';

const e2e = join(dirname(fileURLToPath(import.meta.url)), '..');
const screenshots = join(e2e, '.screenshots');
const measureBuild = join(e2e, '..', '..', 'apps', 'dashboard', 'scripts', 'measure-build.mjs');

describe('the dashboard in a browser, over the real read side', () => {
  let stack: DashboardStack;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    [stack, browser] = await Promise.all([startDashboardStack(), launchChromium()]);
  }, 180_000);

  afterAll(async () => {
    await browser.close();
    await stack.stop();
  }, 60_000);

  /** A new browser context (its own cookies) where the person of `cci` signed in at the provider. */
  async function signIn(cci: TestCci): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'fr-FR' });
    const page = await context.newPage();
    await signInThroughProvider(page, stack.dashboardUrl, stack.people.get(cci)!);
    return page;
  }

  const cellButton = (page: Page, macroProcessId: string, cciId: string) =>
    page.locator(`[data-cell="${macroProcessId}/${cciId}"]`);

  it('shows the seeded SROM of Pays de la Loire to a territorial CCI, as the source document states it', async () => {
    const page = await signIn('cci-mayenne');
    await expectPath(page, '/regions/pays-de-la-loire');
    await page.getByRole('heading', { level: 1, name: /Pays de la Loire : vue régionale/ }).waitFor();
    // SROM 2017-2021: the SI governance integrated at the regional CCI since 2015, the infrastructure shared.
    expect(await cellButton(page, 'si-gouvernance', 'cci-mayenne').getAttribute('aria-label')).toBe(
      "Gouvernance, CCI Mayenne : Intégration, I → CCI Pays de la Loire, sans projection 2021. Voir l'historique",
    );
    expect(
      await cellButton(page, 'si-systeme-information-infrastructure', 'cci-vendee').textContent(),
    ).toContain('M');
    expect(
      await cellButton(page, 'communication-faire-savoir', 'cci-le-mans-sarthe').getAttribute('aria-label'),
    ).toMatch(/Harmonisation, H,/);
    expect(await page.locator('[data-freshness]').textContent()).toMatch(/^à jour à \d{2}:\d{2}/);
    await expectText(page.getByRole('row', { name: /Centraliser les achats informatiques/ }), /Totem/);
    await page.screenshot({ path: join(screenshots, 'vue-regionale-pays-de-la-loire.png'), fullPage: true });
    await expectAccessible(page);
    await page.context().close();
  });

  it("opens a cell's audit trail, and travels back in time to the 2013 matrix", async () => {
    const page = await signIn('cci-mayenne');
    const cell = cellButton(page, 'si-gouvernance', 'cci-mayenne');
    await cell.click();
    const drawer = page.getByRole('dialog', { name: /Historique : Gouvernance — CCI Mayenne/ });
    await drawer.waitFor();
    await expectText(drawer, /Autonomie \(A\) → Intégration \(I\), délégué à CCI Nantes St-Nazaire/);
    await expectText(drawer, /Délégation de la fonction SI régionale à la CCI Nantes St-Nazaire/);
    await expectText(drawer, /CCI Pays de la Loire/);
    await page.screenshot({ path: join(screenshots, 'historique-case.png') });
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe(
      'si-gouvernance/cci-mayenne',
    );

    await page.getByLabel('Voir la situation au').fill('2013-12-31');
    await page.getByRole('button', { name: 'Afficher' }).click();
    await page.getByRole('heading', { level: 1, name: /au 31 décembre 2013/ }).waitFor();
    expect(new URL(page.url()).search).toBe('?au=2013-12-31');
    await expectAttribute(cell, 'aria-label', /Intégration, I → CCI Nantes St-Nazaire/);
    await page.screenshot({ path: join(screenshots, 'voyage-dans-le-temps-2013.png'), fullPage: false });
    await page.getByRole('button', { name: 'Revenir à aujourd’hui' }).click();
    await expectAttribute(cell, 'aria-label', /I → CCI Pays de la Loire/);
    await page.context().close();
  });

  it('refuses a future date beside the date field, with the sentence the read API answers', async () => {
    const page = await signIn('cci-mayenne');
    const date = page.getByLabel('Voir la situation au');
    const refusal = 'Le champ « asOf » ne peut pas être une date future.';
    /** The text the date field is described by, as a screen reader reads it after its label. */
    const description = async () => {
      const ids = (await date.getAttribute('aria-describedby')) ?? '';
      return page
        .locator(
          ids
            .split(' ')
            .map((id) => `[id="${id}"]`)
            .join(', '),
        )
        .textContent();
    };

    // Refused in the browser: nothing is asked, the address does not change.
    await date.fill('2999-01-01');
    await page.getByRole('button', { name: 'Afficher' }).click();
    await expectAttribute(date, 'aria-invalid', 'true');
    expect(await description()).toBe(refusal);
    expect(new URL(page.url()).search).toBe('');
    await expectAccessible(page);

    // A typed address reaches the read API, whose 422 shows above the page and beside the field.
    await page.goto(`${stack.dashboardUrl}/regions/pays-de-la-loire?au=2999-01-01`);
    await page.getByRole('alert').filter({ hasText: refusal }).waitFor();
    await expectAttribute(date, 'aria-invalid', 'true');
    expect(await description()).toBe(refusal);
    await page.screenshot({ path: join(screenshots, 'date-future-refusee.png') });
    await page.context().close();
  });

  it("shows Normandie's COM: values against target, each CCI's attainment and comment, completeness", async () => {
    const page = await signIn('cci-rouen-metropole');
    await expectPath(page, '/regions/normandie');
    const card = page.locator('[data-indicator="premier-niveau-information"]');
    const rouen = card.locator('tr[data-cci="cci-rouen-metropole"]');
    // 2025: 138 (T1) + 142 (T2) reported, against a target of 584 set by CCI Normandie.
    await expectText(rouen, /280.*584.*48\s%.*Permanences du pôle entreprises, T2 2025/);
    await expectAttribute(
      card.getByRole('img', { name: /Réalisé et cible par année/ }),
      'aria-label',
      /2024 : 2\s520 entreprises pour une cible de 2\s560/,
    );
    // CCI Seine Estuaire has not sent 2025-T2; CCI Ouest Normandie sent 2024-T4 late.
    const grid = page.getByRole('table', { name: /Déclarations reçues sur attendues/ });
    await expectText(
      grid.getByRole('row', { name: /CCI Seine Estuaire/ }).locator('[data-period="2025-T2"]'),
      /0\/14.*rien reçu/,
    );
    await expectText(
      grid.getByRole('row', { name: /CCI Ouest Normandie/ }).locator('[data-period="2024-T4"]'),
      /2\/14.*dont 0 dans les délais/,
    );
    await card.getByRole('button', { name: 'Historique de CCI Rouen Métropole' }).click();
    const drawer = page.getByRole('dialog');
    await expectText(drawer, /Valeur déclarée pour T2 2025 : 142 entreprises/);
    await page.keyboard.press('Escape');
    await page.locator('#com').screenshot({ path: join(screenshots, 'com-normandie.png') });
    await expectAccessible(page);
    await page.context().close();
  });

  it('updates a figure live, without reloading the page, when a CCI reports a value', async () => {
    const page = await signIn('cci-rouen-metropole');
    const rouen = page.locator(
      '[data-indicator="premier-niveau-information"] tr[data-cci="cci-rouen-metropole"]',
    );
    await expectText(rouen, /280/);
    await page.getByText('Mises à jour en direct : actives').waitFor();
    await page.evaluate(() => {
      (window as unknown as { pasRecharge: boolean }).pasRecharge = true;
    });
    const events: DomainEvent[] = stack.simulator().record({
      at: new Date().toISOString(),
      recordedBy: 'cci-rouen-metropole',
      person: null,
      command: {
        type: 'ReportIndicator',
        cciId: 'cci-rouen-metropole',
        indicatorId: 'premier-niveau-information',
        period: '2025-T3',
        value: 50,
        unitId: 'entreprises',
        comment: 'Déclaration tardive du T3',
      },
    });
    expect(events).toHaveLength(1);
    const read: string[] = [];
    page.on('request', (request) => read.push(new URL(request.url()).pathname));
    await stack.append(events);
    await expectText(rouen, /330.*584.*57\s%.*Déclaration tardive du T3/, 10_000);
    expect(await page.evaluate(() => (window as unknown as { pasRecharge?: boolean }).pasRecharge)).toBe(
      true,
    );
    // The notice named one indicator of the view: the page read that indicator again, not the region.
    expect(
      read.some((path) => path.endsWith('/v1/regions/normandie/indicators/premier-niveau-information')),
    ).toBe(true);
    expect(read.filter((path) => path.endsWith('/v1/regions/normandie'))).toEqual([]);
    await page.context().close();
  });

  it('says when the live connection is lost, and when it is back', async () => {
    const page = await signIn('cci-normandie');
    await page.getByText('Mises à jour en direct : actives').waitFor();
    await page.context().setOffline(true);
    await expectText(page.getByRole('alert').filter({ hasText: 'Connexion perdue' }), /Nouvelle tentative/);
    await page.screenshot({ path: join(screenshots, 'connexion-perdue.png') });
    await page.context().setOffline(false);
    await page.getByText('Connexion rétablie : les données ont été rechargées.').waitFor({ timeout: 15_000 });
    await page.context().close();
  });

  it("downloads the read API's CSV export and a table built in the browser", async () => {
    const page = await signIn('cci-pays-de-la-loire');
    const [matrix] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter la matrice (CSV)' }).click(),
    ]);
    const csv = readFileSync(await matrix.path(), 'utf8');
    expect(csv.startsWith('\uFEFFFonction;Macro-processus;CCI;Mode actuel;')).toBe(true);
    expect(csv).toContain("Systèmes d'information;Gouvernance;CCI Mayenne;");
    const [distribution] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter la répartition (CSV)' }).click(),
    ]);
    expect(distribution.suggestedFilename()).toBe('repartition-modes-pays-de-la-loire-aujourdhui.csv');
    const lines = readFileSync(await distribution.path(), 'utf8').split('\r\n');
    expect(lines[0]).toBe('\uFEFFFonction;A;C;H;M;I;Inconnu');
    expect(lines).toContain("Systèmes d'information;0;0;0;5;10;3");
    await page.context().close();
  });

  it('lets a territorial CCI see neither another region nor the supervision', async () => {
    const page = await signIn('cci-rouen-metropole');
    await expectNoText(page.getByRole('navigation', { name: 'Vues' }), /Supervision|Vue nationale/);
    for (const [path, refusal] of [
      ['/regions/pays-de-la-loire', 'CCI Rouen Métropole ne peut consulter que sa propre région.'],
      ['/supervision', /La supervision est réservée/],
      ['/national', 'La vue nationale est réservée à CCI France.'],
    ] as const) {
      await page.goto(`${stack.dashboardUrl}${path}`);
      await page.getByRole('heading', { name: 'Accès refusé' }).waitFor();
      await page.getByRole('alert').filter({ hasText: refusal }).waitFor();
    }
    await page.context().close();
  });

  it('shows CCI France the map, the comparison of regions and the national totals', async () => {
    const page = await signIn('cci-france');
    await expectPath(page, '/national');
    const normandie = page.locator('a[data-region="normandie"]');
    await expectAttribute(normandie, 'aria-label', /^Normandie : \d+\s%/);
    await expectAttribute(
      page.locator('a[data-region="bretagne"]'),
      'aria-label',
      /Bretagne : pas de données/,
    );
    const comparison = page.getByRole('table', { name: /Régions suivies/ });
    await expectText(comparison.getByRole('row', { name: /Pays de la Loire/ }), /7 achevée\(s\) sur 16/);
    await page.getByLabel('Colorer la carte selon').selectOption('cop-premier-niveau-information');
    await page.getByLabel('Année de la carte').selectOption('2024');
    // 2024: the five territorial CCIs' four quarters, 600 + 620 + 640 + 660.
    await expectAttribute(normandie, 'aria-label', /^Normandie : 2\s520 entreprises/);
    // France's figure for the COP indicator: Normandie's, and Pays de la Loire named as missing (no COM).
    await page.getByLabel('Année des indicateurs du COP').selectOption('2024');
    const copRow = page.locator('tr[data-cop-indicator="cop-premier-niveau-information"]');
    await expectText(copRow, /2\s520 entreprises.*Normandie 2\s520/);
    await expectText(copRow, /aucun indicateur de COM rattaché : Pays de la Loire/);
    await page.screenshot({ path: join(screenshots, 'vue-nationale.png'), fullPage: true });
    await expectAccessible(page);
    await normandie.click();
    await expectPath(page, '/regions/normandie');
    await page.getByRole('heading', { level: 1, name: /Normandie : vue régionale/ }).waitFor();
    await page.context().close();
  });

  it("gives a regional DSI the projections' lag with live sparklines, and a reconciliation carried out by the national service", async () => {
    const page = await signIn('cci-normandie');
    await page.getByRole('link', { name: 'Supervision' }).click();
    await page.getByRole('heading', { level: 1, name: 'Supervision des projections' }).waitFor();
    const regional = page.getByRole('article', { name: /Projection régionale/ });
    await expectText(regional, /à jour/);
    // Three polls, 2 s apart, make a line.
    await regional
      .getByRole('img', { name: /Retard de la partition 0 sur les 3 dernières mesures/ })
      .waitFor({ timeout: 15_000 });
    expect(await page.getByRole('button', { name: /Reconstruire : Projection régionale/ }).isEnabled()).toBe(
      true,
    );
    await expectText(page.getByRole('table', { name: /Dernier événement reçu/ }), /CCI Rouen Métropole/);
    await page.screenshot({ path: join(screenshots, 'supervision.png'), fullPage: true });
    // The read API records the request; the national projector service reconciles, and the page, which
    // reads the monitoring view every 2 s, shows the result.
    const reconciliation = page.getByRole('region', { name: 'Dernier rapprochement' });
    await expectText(reconciliation, /Aucun rapprochement n’a encore été fait/);
    await reconciliation.getByRole('button', { name: 'Lancer un rapprochement' }).click();
    await expectText(
      reconciliation.getByRole('status'),
      /^Rapprochement (demandé|en cours)… \(par cci-normandie/,
    );
    await expectText(
      reconciliation.locator('.card.reconciliation'),
      /✓ Conforme le .*, à la demande de cci-normandie\./,
      30_000,
    );
    expect(await reconciliation.getByRole('button', { name: 'Lancer un rapprochement' }).isEnabled()).toBe(
      true,
    );
    await expectAccessible(page);
    await page.context().close();
  });

  it('prints the annual report without the screen controls', async () => {
    const page = await signIn('cci-pays-de-la-loire');
    await page.getByRole('link', { name: 'Rapport annuel imprimable' }).click();
    await page.getByRole('heading', { level: 2, name: '2. Écarts à la projection 2021' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Imprimer le rapport' }).isVisible()).toBe(false);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    await page.screenshot({ path: join(screenshots, 'rapport-annuel-impression.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await expectAccessible(page);
    await page.context().close();
  });

  const sessionCookieOf = async (page: Page) =>
    (await page.context().cookies()).find((c) => c.name === 'cci-session')?.value ?? '';

  it('signs out here and at the provider: back on the sign-in page, and the old cookie is refused', async () => {
    const page = await signIn('cci-rouen-metropole');
    const oldCookie = await sessionCookieOf(page);
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('link', { name: 'Se connecter' }).waitFor();
    expect(new URL(page.url()).origin).toBe(stack.dashboardUrl);
    const replayed = await fetch(`${stack.dashboardUrl}/v1/session`, {
      headers: { cookie: `cci-session=${oldCookie}` },
    });
    expect(replayed.status).toBe(401);
    // The provider's session ended too: signing in again asks for the password.
    await page.getByRole('link', { name: 'Se connecter' }).click();
    await page.getByLabel('Mot de passe', { exact: true }).waitFor();
    await page.context().close();
  });

  it('shows the French page of an ended session, with "Se reconnecter", after 30 minutes without use', async () => {
    const page = await signIn('cci-mayenne');
    const dashboard = page.url();
    // The tab is left: an open page's live stream and refetches are use, and would end the aged session
    // (clearing its cookie) before the person comes back.
    await page.goto('about:blank');
    await stack.idleSession(await sessionCookieOf(page), 31);
    await page.goto(dashboard);
    await page.getByRole('heading', { name: 'Session terminée' }).waitFor();
    await expectText(page.getByRole('status'), /30 minutes sans activité.*reconnectez-vous/);
    await page.screenshot({ path: join(screenshots, 'session-terminee.png') });
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Se reconnecter' }).click();
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor({ timeout: 60_000 });
    await page.context().close();
  });

  it('refuses a person of the provider whom no CCI invited, with the French page saying whom to ask', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    const refused = page.waitForResponse((r) => new URL(r.url()).pathname === '/auth/retour');
    await signInAt(page, demoAccount('sophie.garnier'));
    expect((await refused).status()).toBe(403);
    await page.getByRole('heading', { name: 'Accès refusé' }).waitFor();
    await expectText(page.locator('main'), /n’est inscrite pour aucune CCI du réseau/);
    await expectText(page.locator('main'), /Demandez à un administrateur de votre CCI/);
    await page.screenshot({ path: join(screenshots, 'acces-refuse.png') });
    await context.close();
  });

  /** The provider's form reached from the dashboard's "Se connecter", without waiting to be let in. */
  async function signInAt(page: Page, account: DemoAccount): Promise<void> {
    await page.goto(`${stack.dashboardUrl}/`);
    await page.getByRole('link', { name: 'Se connecter' }).click();
    await page.getByLabel("Nom d'utilisateur ou courriel").fill(account.username);
    await page.getByLabel('Mot de passe', { exact: true }).fill(account.password);
    await page.getByRole('button', { name: 'Connexion' }).click();
  }

  it('has an accessible sign-in page, and measures the first view', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${stack.dashboardUrl}/`);
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    await page.getByRole('link', { name: 'Se connecter' }).waitFor();
    await page.screenshot({ path: join(screenshots, 'connexion.png') });
    await expectAccessible(page);
    await context.close();
    const signedIn = await signIn('cci-mayenne');
    const session = (await signedIn.context().cookies()).find((c) => c.name === 'cci-session');
    await signedIn.context().close();

    const { stdout } = await promisify(execFile)(process.execPath, [measureBuild], {
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        DASHBOARD_URL: stack.dashboardUrl,
        DASHBOARD_SESSION: session?.value ?? '',
        DASHBOARD_REGION: 'pays-de-la-loire',
      },
    });
    console.log(stdout);
    expect(stdout).toMatch(/JS de la première vue \(gzip\) : [\d.]+ Ko/);
    expect(stdout).toMatch(/Premier rendu de la vue régionale \(matrice affichée\) : médiane \d+ ms/);
  }, 90_000);

  it('publishes the open data on a public page: its licence, its dictionary and the files, as the national view counts', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${stack.dashboardUrl}/donnees-ouvertes`);
    await page.getByRole('heading', { level: 1, name: 'Données ouvertes' }).waitFor();
    await page.getByRole('link', { name: 'Licence Ouverte / Open Licence version 2.0 (Etalab)' }).waitFor();
    await expectText(
      page
        .getByRole('table', { name: 'Colonnes des données ouvertes' })
        .getByRole('row', { name: /simulee/ }),
      /booléen/,
    );
    await page.screenshot({ path: join(screenshots, 'donnees-ouvertes.png'), fullPage: true });
    await expectAccessible(page);
    const download = async (name: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name }).click(),
      ]);
      return readFileSync(await file.path(), 'utf8');
    };
    // What CCI France's national view counts for Normandie in 2024: its five CCIs' validated quarters.
    const national = (await (
      await fetch(`${stack.readApiUrl}/v1/national`, {
        headers: { authorization: `Bearer ${stack.machineKeys.get('cci-france')}` },
      })
    ).json()) as {
      totals: {
        cop: {
          copIndicatorId: string;
          years: Record<string, { regions: { regionId: string; value: number }[] }>;
        }[];
      };
    };
    const normandie = national.totals.cop
      .find((c) => c.copIndicatorId === 'cop-premier-niveau-information')
      ?.years['2024']?.regions.find((r) => r.regionId === 'normandie')?.value;
    expect(normandie).toBe(2_520);

    const csv = (await download('La consolidation en CSV')).split('\r\n');
    expect(csv[0]).toMatch(
      /^\uFEFFniveau;indicateur_cop;indicateur_cop_libelle;unite;regle_consolidation;annee;region;/,
    );
    expect(csv).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^region;cop-premier-niveau-information;[^;]*;entreprises;somme;2024;normandie;Normandie;non;${String(normandie)};premier-niveau-information;`,
        ),
      ),
    );
    const json = JSON.parse(await download('La consolidation en JSON')) as {
      licence: { nom: string; url: string };
      lignes: {
        niveau: string;
        indicateur_cop: string;
        annee: number;
        region: string | null;
        valeur: number;
      }[];
    };
    expect(json.licence.nom).toBe('Licence Ouverte / Open Licence version 2.0 (Etalab)');
    expect(
      json.lignes.find(
        (r) =>
          r.region === 'normandie' &&
          r.indicateur_cop === 'cop-premier-niveau-information' &&
          r.annee === 2024,
      )?.valeur,
    ).toBe(normandie);
    await context.close();
  });
});
