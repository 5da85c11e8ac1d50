import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { referenceData } from '@cci/domain';
import type { Browser, Locator, Page, Route } from 'playwright-core';

import { expectAccessible } from '../test/accessibility.js';
import { expectAttribute, expectPath, expectText, expectValue } from '../test/browser-expect.js';
import { launchChromium } from '../test/chromium.js';
import { reportedValue, startDashboardStack, type DashboardStack } from '../test/dashboard-stack.js';
import { RegionalCci } from '../test/regional-cci.js';
import { signInThroughProvider } from '../test/sign-in.js';

const screenshots = join(dirname(fileURLToPath(import.meta.url)), '..', '.screenshots');

const ROUEN = 'cci-rouen-metropole';
/** CCI Rouen Métropole's place among Normandie's territorial CCIs in the stack's history. */
const ROUEN_INDEX = 3;
const INDICATORS = referenceData.indicatorsOfRegion('normandie');
const labelOf = (indicatorId: string) => INDICATORS.find((i) => i.id === indicatorId)?.label ?? indicatorId;

describe('the Saisie pages in a browser, over the real stack', () => {
  let stack: DashboardStack;
  let browser: Browser;
  let region: RegionalCci;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    [stack, browser] = await Promise.all([startDashboardStack(), launchChromium()]);
    region = new RegionalCci(stack);
  }, 180_000);

  afterAll(async () => {
    await browser.close();
    await stack.stop();
  }, 60_000);

  /** A new browser context (its own cookies) where CCI Rouen Métropole's person signed in at the provider. */
  async function signIn(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'fr-FR' });
    const page = await context.newPage();
    await signInThroughProvider(page, stack.dashboardUrl, stack.people.get(ROUEN)!);
    return page;
  }

  /** From the frame's "Saisie" link to the period's page, as a person gets there. */
  async function openPeriod(page: Page, label: string, period: string): Promise<void> {
    await page.getByRole('link', { name: 'Saisie', exact: true }).click();
    await page.getByRole('link', { name: label, exact: true }).click();
    await expectPath(page, `/saisie/${period}`);
    await page.getByRole('heading', { level: 1, name: `Saisie ${label} : CCI Rouen Métropole` }).waitFor();
  }

  const lineOf = (page: Page, indicatorId: string) =>
    page.getByRole('group', { name: labelOf(indicatorId), exact: true });
  const valueField = (line: Locator) => line.getByLabel(/^Valeur \(/);
  const commentField = (line: Locator) => line.getByLabel('Commentaire');
  const statusOf = (line: Locator) => line.locator('.entry-status');

  /** What a field is described by, as a screen reader reads it after its label: its error. */
  async function descriptionOf(page: Page, field: Locator): Promise<string> {
    const ids = (await field.getAttribute('aria-describedby')) ?? '';
    if (ids === '') return '';
    const texts = await Promise.all(ids.split(' ').map((id) => page.locator(`[id="${id}"]`).textContent()));
    return texts.join(' ');
  }

  async function expectFieldError(page: Page, field: Locator, expected: RegExp): Promise<void> {
    await expectAttribute(field, 'aria-invalid', 'true');
    expect(await descriptionOf(page, field)).toMatch(expected);
  }

  it("enters a quarter's figures: a refused value and the comment rule beside their field, a draft kept on the server, then the period declared", async () => {
    const page = await signIn();
    await openPeriod(page, 'T3 2025', '2025-T3');
    const first = lineOf(page, 'premier-niveau-information');
    await expectText(first, /Cible de l’année584 entreprises.*Période précédente142 entreprises \(T2 2025\)/);

    await valueField(first).fill('douze');
    await valueField(first).press('Tab');
    await expectFieldError(page, valueField(first), /^La valeur « douze » n'est pas un nombre\.$/);
    await expectAccessible(page);

    await valueField(first).fill('1 234');
    await expectAttribute(valueField(first), 'aria-invalid', 'false');
    for (const [index, indicator] of INDICATORS.entries()) {
      if (indicator.id === 'premier-niveau-information') continue;
      const value = indicator.id === 'accompagnements-individuels' ? '170' : String(20 + index);
      await valueField(lineOf(page, indicator.id)).fill(value);
    }
    // Each figure is kept as a draft a second after typing stops: the page read again shows them all.
    for (const indicator of INDICATORS)
      await expectText(lineOf(page, indicator.id), /Brouillon enregistré à \d{2}:\d{2}:\d{2}/);
    await page.reload();
    await expectText(statusOf(first), /^Brouillon$/);
    await expectValue(valueField(first), /^1\s234$/);
    // A draft is the CCI's own: the region sees nothing declared.
    expect(await region.declaration(ROUEN, 'premier-niveau-information', '2025-T3')).toMatchObject({
      state: 'a-declarer',
      value: null,
    });

    await page.getByRole('button', { name: 'Déclarer la période' }).click();
    await expectFieldError(
      page,
      commentField(first),
      /^Un commentaire est obligatoire : 1\s234 entreprises s’écarte de plus de 50 % de la valeur de T2 2025 \(142 entreprises\)\. Expliquez l’écart\.$/,
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      'saisie-premier-niveau-information-commentaire',
    );
    await expectText(
      page.locator('.entry-actions + [role="status"]'),
      /^Période non déclarée : 1 chiffre à revoir/,
    );
    await page.screenshot({ path: join(screenshots, 'saisie-commentaire-demande.png') });
    await expectAccessible(page);

    await commentField(first).fill('Salon Made in Normandie : 1 100 entreprises reçues sur le stand.');
    // The message goes as the comment is typed, not when the button's press blurs the field.
    await expectAttribute(commentField(first), 'aria-invalid', 'false');
    await page.getByRole('button', { name: 'Déclarer la période' }).click();
    await expectText(
      page.locator('.entry-actions + [role="status"]'),
      new RegExp(`^Période déclarée : ${INDICATORS.length} chiffres déclarés\\.$`),
    );
    for (const indicator of INDICATORS)
      await expectText(statusOf(lineOf(page, indicator.id)), /^Déclarée$/, 15_000);
    await expectText(first, /Déclarée \(1\s234 déclaré\)/);
    expect(
      await region.declarationOnceIt(ROUEN, 'premier-niveau-information', '2025-T3', (d) => d.value === 1234),
    ).toMatchObject({ state: 'declaree', value: 1234 });
    await page.screenshot({ path: join(screenshots, 'saisie-periode-declaree.png'), fullPage: true });
    await page.context().close();
  }, 120_000);

  it('shows a figure the region sent back, live, then declares the correction', async () => {
    const page = await signIn();
    await openPeriod(page, 'T3 2025', '2025-T3');
    const line = lineOf(page, 'accompagnements-individuels');
    await expectText(statusOf(line), /^Déclarée$/);

    await region.sendBack(
      ROUEN,
      'accompagnements-individuels',
      '2025-T3',
      'Le salon est compté deux fois : retirez les 40 entreprises du stand.',
    );
    await expectText(statusOf(line), /^Renvoyée$/);
    await expectText(
      line.locator('.sent-back'),
      /^Renvoyée par la région : Le salon est compté deux fois : retirez les 40 entreprises du stand\.$/,
    );
    await page.screenshot({ path: join(screenshots, 'saisie-renvoyee.png') });
    await expectAccessible(page);

    await valueField(line).fill('130');
    await commentField(line).fill('Sans les entreprises du stand, comptées au premier niveau.');
    await line
      .getByRole('button', { name: `Déclarer « ${labelOf('accompagnements-individuels')} »` })
      .click();
    await expectText(line.getByRole('status'), /^Déclarée à \d{2}:\d{2}:\d{2}\.$/);
    await expectText(statusOf(line), /^Déclarée$/);
    await expectText(line, /Déclarée \(130 déclaré\)/);
    expect(await line.locator('.sent-back').count()).toBe(0);
    expect(
      await region.declarationOnceIt(ROUEN, 'accompagnements-individuels', '2025-T3', (d) => d.value === 130),
    ).toMatchObject({ state: 'declaree', value: 130 });
    await page.context().close();
  }, 60_000);

  it('refuses a change to a period the region closed, in the page, saying who closed it and what to ask', async () => {
    const page = await signIn();
    // A page opened before the closing that has not heard of it: its live updates are cut.
    await page.route(/\/v1\/live/, (route: Route) => route.abort());
    await openPeriod(page, 'T3 2025', '2025-T3');
    const first = lineOf(page, 'premier-niveau-information');
    await expectText(statusOf(first), /^Déclarée$/);

    await region.close('2025-T3');
    await valueField(first).fill('1 200');
    await first
      .getByRole('button', { name: `Déclarer « ${labelOf('premier-niveau-information')} »` })
      .click();
    const locked = page.getByRole('alert').filter({ hasText: 'Période clôturée' });
    await expectText(
      locked,
      /La période T3 2025 est clôturée par CCI Normandie : ses chiffres ne peuvent plus changer\. Pour corriger, demandez-lui de rouvrir la période pour CCI Rouen Métropole\./,
    );
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Déclarer/ }).count()).toBe(0);
    expect((await region.declaration(ROUEN, 'premier-niveau-information', '2025-T3')).value).toBe(1234);
    await page.screenshot({ path: join(screenshots, 'saisie-periode-cloturee.png') });
    await expectAccessible(page);

    // Opened afresh, the period shows locked, with who closed it and its figures as they stand.
    await page.unroute(/\/v1\/live/);
    await page.reload();
    await expectText(
      page.getByRole('alert').filter({ hasText: 'Période clôturée' }),
      /^Période clôturée le \d+ \S+ 2026 à \d{2}:\d{2} par CCI Normandie : ses chiffres ne peuvent plus changer\./,
    );
    await expectText(
      page.getByRole('row', { name: new RegExp(labelOf('premier-niveau-information')) }),
      /Déclarée.*1\s234 entreprises.*Salon Made in Normandie/,
    );
    await page.context().close();
  }, 60_000);

  /** A quarterly sheet as cci-import's template has it, CRLF lines; row i is on line i + 2. */
  function quarterlySheet(rows: readonly string[][]): Buffer {
    const header = 'CCI;Indicateur;Libellé;Période;Valeur;Unité;Commentaire';
    return Buffer.from(`${[header, ...rows.map((r) => r.join(';'))].join('\r\n')}\r\n`, 'utf8');
  }

  it('lists the 3 bad lines of an uploaded sheet and sends nothing; the fixed sheet goes with a progress bar and a summary', async () => {
    // Every quarter of the COM from 2023 to mid-2025, and the page's own: each indicator's cell once.
    const periods = [
      ...[2023, 2024].flatMap((year) => [1, 2, 3, 4].map((q) => ({ year, q }))),
      { year: 2025, q: 1 },
      { year: 2025, q: 2 },
      { year: 2026, q: 3 },
    ];
    const followed = ['premier-niveau-information', 'accompagnements-individuels'];
    const rows = periods.flatMap(({ year, q }) =>
      INDICATORS.map((indicator, index) => {
        const followedIndex = followed.indexOf(indicator.id);
        // The stack's history has these two declared (and validated) for 2024 to mid-2025: the same figures.
        const value = followedIndex >= 0 ? reportedValue(ROUEN_INDEX, followedIndex, year, q) : 20 + index;
        const comment =
          indicator.id === 'premier-niveau-information' && year >= 2024 && year < 2026
            ? `Permanences du pôle entreprises, T${q} ${year}`
            : '';
        return [
          ROUEN,
          indicator.id,
          indicator.label,
          `${year}-T${q}`,
          String(value),
          indicator.unitId,
          comment,
        ];
      }),
    );
    const unchanged = 12;
    const bad = rows.map((row) => [...row]);
    bad[3]![4] = 'douze';
    bad[60]![4] = '-4';
    bad[150]![0] = 'cci-caen-normandie';

    const page = await signIn();
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/v1/commands/')) sent.push(request.url());
    });
    await openPeriod(page, 'T3 2026', '2026-T3');
    const upload = page.getByRole('region', { name: 'Envoyer le fichier du trimestre' });
    await upload
      .getByLabel('Fichier CSV')
      .setInputFiles({ name: 'com-rouen.csv', mimeType: 'text/csv', buffer: quarterlySheet(bad) });
    await expectText(upload, /3 lignes à corriger dans com-rouen\.csv : rien n’a été envoyé\./);
    expect(await upload.getByRole('listitem').allTextContents()).toEqual([
      "Ligne 5 : la valeur « douze » n'est pas un nombre.",
      `Ligne 62 : Une valeur en ${referenceData.unit(INDICATORS[60 % INDICATORS.length]!.unitId)?.label} ne peut pas être négative (-4).`,
      "Ligne 152 : la CCI « cci-caen-normandie » n'est pas celle de l'import (cci-rouen-metropole) : une CCI n'importe que ses propres valeurs.",
    ]);
    expect(sent).toEqual([]);
    await expectAccessible(page);

    await upload
      .getByLabel('Fichier CSV')
      .setInputFiles({ name: 'com-rouen-corrige.csv', mimeType: 'text/csv', buffer: quarterlySheet(rows) });
    await expectText(
      upload,
      new RegExp(`${rows.length} lignes prêtes à l’envoi \\(com-rouen-corrige\\.csv\\)`),
    );
    // The batch is held until the bar has been seen, so that a loaded machine cannot hide it.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/v1/commands/batch', async (route: Route) => {
      await held;
      await route.continue();
    });
    await upload.getByRole('button', { name: `Envoyer ${rows.length} lignes` }).click();
    const bar = upload.getByRole('progressbar', { name: new RegExp(`Envoi : 0 / ${rows.length} lignes`) });
    await expectAttribute(bar, 'aria-valuenow', '0');
    expect(await bar.getAttribute('aria-valuemax')).toBe(String(rows.length));
    await page.screenshot({ path: join(screenshots, 'saisie-envoi-en-cours.png') });
    release();
    await expectText(
      upload,
      new RegExp(
        `Envoi terminé : ${rows.length - unchanged} lignes enregistrées, ${unchanged} lignes inchangées ou déjà envoyées, 0 ligne refusée\\.`,
      ),
      30_000,
    );
    expect(await upload.getByRole('progressbar').count()).toBe(0);
    await expectText(statusOf(lineOf(page, 'premier-niveau-information')), /^Déclarée$/, 15_000);
    expect((await region.declaration(ROUEN, 'transition-ecologique-accompagnements', '2023-T1')).state).toBe(
      'declaree',
    );
    await page.context().close();
  }, 120_000);

  it("shows the second of two people editing the same figure the other's value, never overwriting it silently", async () => {
    const [first, second] = await Promise.all([signIn(), signIn()]);
    await Promise.all([openPeriod(first, 'T4 2025', '2025-T4'), openPeriod(second, 'T4 2025', '2025-T4')]);
    const mine = lineOf(second, 'numerique-accompagnements');
    const theirs = lineOf(first, 'numerique-accompagnements');
    // The second person starts on the figure (a comment alone is not kept as a draft)...
    await commentField(mine).fill('Ateliers du numérique');
    // ...while the first declares it.
    await valueField(theirs).fill('31');
    await theirs.getByRole('button', { name: /^Déclarer « / }).click();
    await expectText(statusOf(theirs), /^Déclarée$/);

    await valueField(mine).fill('45');
    await mine.getByRole('button', { name: /^Déclarer « / }).click();
    const conflict = mine.getByRole('alert');
    await expectText(
      conflict,
      /^Ce chiffre a changé depuis votre lecture \(version attendue 0, version actuelle \d+\) : valeur déclarée 31 entreprises \(en attente de validation\)\. Relisez-le avant de recommencer\./,
    );
    expect(await valueField(mine).inputValue()).toBe('45');
    await second.screenshot({ path: join(screenshots, 'saisie-conflit.png') });
    await expectAccessible(second);

    await conflict.getByRole('button', { name: 'Recharger la valeur actuelle' }).click();
    await expectText(mine.getByRole('status'), /^Valeur actuelle rechargée\.$/);
    await expectValue(valueField(mine), '31');
    expect(await conflict.count()).toBe(0);
    await Promise.all([first.context().close(), second.context().close()]);
  }, 60_000);

  it('warns before leaving a page with an entry that is not saved, in the page and when the tab closes', async () => {
    const page = await signIn();
    await openPeriod(page, 'T2 2026', '2026-T2');
    const line = lineOf(page, 'premier-niveau-information');
    await valueField(line).pressSequentially('12,,5');

    await page.getByRole('link', { name: 'Toutes les périodes' }).click();
    const warning = page.getByRole('alertdialog', { name: 'Des saisies ne sont pas enregistrées.' });
    await expectText(warning, /en quittant la page, vous la perdez/);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Rester sur la page');
    await expectAccessible(page);
    await page.keyboard.press('Enter');
    await expectPath(page, '/saisie/2026-T2');
    expect(await valueField(line).inputValue()).toBe('12,,5');
    expect(await warning.count()).toBe(0);

    const asked = new Promise<string>((resolve) => {
      page.on('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.dismiss();
      });
    });
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(page.isClosed()).toBe(false);

    await page.getByRole('link', { name: 'Toutes les périodes' }).click();
    await warning.getByRole('button', { name: 'Quitter sans enregistrer' }).click();
    await expectPath(page, '/saisie');
    await page.context().close();
  }, 60_000);

  /** Presses Tab until the focused element is the one `wanted` names (its id, else its text). */
  async function tabTo(page: Page, wanted: string): Promise<void> {
    for (let presses = 0; presses < 80; presses += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        return { id: element?.id ?? '', text: element?.textContent.trim() ?? '' };
      });
      if (focused.id === wanted || focused.text === wanted) return;
    }
    throw new Error(`« ${wanted} » n'est pas atteignable au clavier`);
  }

  it('enters and declares a figure with the keyboard alone', async () => {
    const page = await signIn();
    await tabTo(page, 'Saisie');
    await page.keyboard.press('Enter');
    await expectPath(page, '/saisie');
    await tabTo(page, 'T1 2026');
    await page.keyboard.press('Enter');
    await expectPath(page, '/saisie/2026-T1');

    await tabTo(page, 'saisie-recherche-financement-valeur');
    await page.keyboard.type('1 250');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      'saisie-recherche-financement-commentaire',
    );
    await page.keyboard.type('Prêts d’honneur du trimestre');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      `Déclarer « ${labelOf('recherche-financement')} »`,
    );
    await page.keyboard.press('Enter');
    const line = lineOf(page, 'recherche-financement');
    await expectText(line.getByRole('status'), /^Déclarée à \d{2}:\d{2}:\d{2}\.$/);
    await expectText(line, /Déclarée \(1\s250 déclaré\)/);
    await expectAccessible(page);
    await page.context().close();
  }, 60_000);
});
