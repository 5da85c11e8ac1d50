import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { campaignIndicators, referenceData as reference } from '@cci/domain';
import type { Browser, Locator, Page, Route } from 'playwright-core';

import { expectAccessible } from '../test/accessibility.js';
import { expectAttribute, expectText } from '../test/browser-expect.js';
import { launchChromium } from '../test/chromium.js';
import { startDashboardStack, type DashboardStack, type TestCci } from '../test/dashboard-stack.js';
import { signInThroughProvider } from '../test/sign-in.js';

/** The last quarter that has ended (Paris and UTC agree but for the new year's first hour). */
function lastEndedQuarter(now: Date): { period: string; label: string } {
  const quarter = Math.floor(now.getUTCMonth() / 3);
  const year = quarter === 0 ? now.getUTCFullYear() - 1 : now.getUTCFullYear();
  const q = quarter === 0 ? 4 : quarter;
  return { period: `${String(year)}-T${String(q)}`, label: `T${String(q)} ${String(year)}` };
}

const { period, label } = lastEndedQuarter(new Date());
const ROUEN = 'cci-rouen-metropole';
const ROUEN_NAME = reference.cci(ROUEN)!.name;
const INDICATORS = campaignIndicators(reference, 'normandie', period);
const SENT_BACK = INDICATORS[1]!;
const expected =
  reference.ccisOfRegion('normandie').filter((c) => c.kind === 'territorial').length * INDICATORS.length;
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One campaign from the first figure to the national view, each role in its own browser and every
 * gesture in a page: the territorial CCI declares, the region sends one figure back, the CCI
 * corrects it, the region validates all and closes, CCI France reads the result, and the CCI's page
 * can no longer change the closed period. Nothing goes through the APIs but what the pages send.
 */
describe('a campaign across the three roles, every step in the browser', () => {
  let stack: DashboardStack;
  let browser: Browser;
  let territorial: Page;
  let regional: Page;
  let stale: Page;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startDashboardStack(), launchChromium()]);
  }, 240_000);

  afterAll(async () => {
    await browser.close();
    await stack.stop();
  }, 60_000);

  async function signIn(cci: TestCci, cutLiveUpdates = false): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'fr-FR' });
    if (cutLiveUpdates) await context.route(/\/v1\/live/, (route: Route) => route.abort());
    const page = await context.newPage();
    await signInThroughProvider(page, stack.dashboardUrl, stack.people.get(cci)!);
    return page;
  }

  const lineOf = (page: Page, indicatorLabel: string) =>
    page.getByRole('group', { name: indicatorLabel, exact: true });
  const valueField = (line: Locator) => line.getByLabel(/^Valeur \(/);
  const commentField = (line: Locator) => line.getByLabel('Commentaire');
  const statusOf = (line: Locator) => line.locator('.entry-status');
  const reviewRow = (page: Page, indicatorLabel: string) =>
    page
      .getByRole('region', { name: new RegExp(`^${escaped(ROUEN_NAME)}( période verrouillée)?$`) })
      .getByRole('row', { name: new RegExp(escaped(indicatorLabel)) });

  async function openSaisie(page: Page): Promise<void> {
    await page.getByRole('link', { name: 'Saisie', exact: true }).click();
    await page.getByRole('link', { name: label, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Saisie ${label} : ${ROUEN_NAME}` }).waitFor();
  }

  it('the territorial CCI enters the quarter, a refused value shown beside its field, and declares it', async () => {
    territorial = await signIn(ROUEN);
    await openSaisie(territorial);
    const first = lineOf(territorial, INDICATORS[0]!.label);
    await valueField(first).fill('12 ans');
    await valueField(first).press('Tab');
    await expectAttribute(valueField(first), 'aria-invalid', 'true');
    const described = await valueField(first).getAttribute('aria-describedby');
    await expectText(territorial.locator(`[id="${described!.split(' ')[0]!}"]`), /n'est pas un nombre/);

    for (const [index, indicator] of INDICATORS.entries()) {
      const line = lineOf(territorial, indicator.label);
      await valueField(line).fill(String(40 + index));
      await commentField(line).fill(`Relevé du CRM, ${label}`);
    }
    await territorial.getByRole('button', { name: 'Déclarer la période' }).click();
    await expectText(
      territorial.locator('.entry-actions + [role="status"]'),
      new RegExp(`^Période déclarée : ${String(INDICATORS.length)} chiffres déclarés\\.$`),
    );
    await expectText(statusOf(first), /^Déclarée$/, 15_000);
  }, 120_000);

  it('the region sends one figure back with its comment, and the CCI sees it on its open page', async () => {
    regional = await signIn('cci-normandie');
    await regional.getByRole('link', { name: 'Revue Normandie' }).click();
    await regional.getByRole('link', { name: label }).click();
    await regional
      .getByRole('heading', { level: 1, name: `Revue des déclarations : Normandie, ${label}` })
      .waitFor();
    await expectText(reviewRow(regional, SENT_BACK.label), /Déclarée/, 15_000);

    await regional.getByRole('button', { name: `Renvoyer… ${SENT_BACK.label} de ${ROUEN_NAME}` }).click();
    const dialog = regional.getByRole('dialog', { name: `Renvoyer à ${ROUEN_NAME}` });
    await dialog
      .getByLabel('Ce que la CCI doit revoir')
      .fill('Les ateliers collectifs sont comptés ici : retirez-les.');
    await dialog.getByRole('button', { name: 'Renvoyer à la CCI' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectText(reviewRow(regional, SENT_BACK.label), /Renvoyée : « Les ateliers collectifs/);

    const line = lineOf(territorial, SENT_BACK.label);
    await expectText(statusOf(line), /^Renvoyée$/, 15_000);
    await expectText(
      line.locator('.sent-back'),
      /^Renvoyée par la région : Les ateliers collectifs sont comptés ici : retirez-les\.$/,
    );
  }, 60_000);

  it('the CCI corrects and declares again; the region sees the correction, validates all and closes', async () => {
    const line = lineOf(territorial, SENT_BACK.label);
    await valueField(line).fill('38');
    await commentField(line).fill('Sans les ateliers collectifs.');
    await line.getByRole('button', { name: `Déclarer « ${SENT_BACK.label} »` }).click();
    await expectText(statusOf(line), /^Déclarée$/, 15_000);

    await expectText(reviewRow(regional, SENT_BACK.label), /−3 \(était 41\)/, 15_000);
    await regional.getByRole('button', { name: `Tout valider (${String(INDICATORS.length)})` }).click();
    await expectText(
      regional.getByRole('status').filter({ hasText: 'validées' }),
      new RegExp(`^${String(INDICATORS.length)} déclarations validées\\.$`),
    );

    // A second tab of the CCI, opened before the closing, that will not hear of it.
    stale = await signIn(ROUEN, true);
    await stale.goto(`${stack.dashboardUrl}/saisie/${period}`);
    await valueField(lineOf(stale, INDICATORS[0]!.label)).waitFor();

    const missing = expected - INDICATORS.length;
    await regional.getByRole('button', { name: 'Clôturer la campagne…' }).click();
    await regional
      .getByRole('alertdialog')
      .getByRole('button', { name: `Clôturer avec ${String(missing)} manquantes` })
      .click();
    await expectText(regional.getByRole('status').filter({ hasText: 'clôturée' }), /est clôturée/);
    await expectAccessible(regional);
  }, 60_000);

  it('CCI France sees the campaign closed and the CCI’s validated figures', async () => {
    const france = await signIn('cci-france');
    const campaign = france
      .getByRole('table', { name: /Campagnes de Normandie/ })
      .locator(`tr[data-period="${period}"]`);
    await expectText(campaign, /Clôturée/, 15_000);
    const declared = String(INDICATORS.length);
    expect((await campaign.locator('td').allTextContents()).slice(1, 6)).toEqual([
      String(expected),
      declared,
      declared,
      '0',
      String(expected - INDICATORS.length),
    ]);
    // The year's column, the last: the figure the region validated after its correction.
    const totals = france.getByRole('row', { name: new RegExp(`^${escaped(SENT_BACK.label)} `) });
    expect((await totals.locator('td').allTextContents()).at(-1)).toMatch(/^38\b/);
    await france.context().close();
  }, 60_000);

  it('the CCI’s page can no longer change the closed period, and says why', async () => {
    await expectText(
      territorial.getByRole('alert').filter({ hasText: 'Période clôturée' }),
      /par CCI Normandie : ses chiffres ne peuvent plus changer/,
      15_000,
    );
    expect(await territorial.getByRole('button', { name: /^Déclarer/ }).count()).toBe(0);

    // The tab opened before the closing, which has not heard of it, is refused by the API, in the page.
    await territorial.context().close();
    const line = lineOf(stale, INDICATORS[0]!.label);
    await valueField(line).fill('45');
    await line.getByRole('button', { name: `Déclarer « ${INDICATORS[0]!.label} »` }).click();
    await expectText(
      stale.getByRole('alert').filter({ hasText: 'Période clôturée' }),
      new RegExp(`La période ${label} est clôturée par CCI Normandie`),
    );
    await expectAccessible(stale);
    await Promise.all([stale.context().close(), regional.context().close()]);
  }, 60_000);
});
