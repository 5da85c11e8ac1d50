import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { campaignIndicators, referenceData as reference, type DomainEvent } from '@cci/domain';
import type { Browser, BrowserContext, Page } from 'playwright-core';

import { expectAttribute, expectText } from '../test/browser-expect.js';
import { launchChromium } from '../test/chromium.js';
import {
  FOLLOWED_INDICATORS,
  NORMANDIE_CCITS,
  reportedValue,
  startDashboardStack,
  type DashboardStack,
  type TestCci,
} from '../test/dashboard-stack.js';
import { signInThroughProvider } from '../test/sign-in.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** The last quarter that has ended (Paris and UTC agree but for the new year's first hour). */
function lastEndedQuarter(now: Date): { period: string; year: number; quarter: number } {
  const quarter = Math.floor(now.getUTCMonth() / 3);
  const year = quarter === 0 ? now.getUTCFullYear() - 1 : now.getUTCFullYear();
  const q = quarter === 0 ? 4 : quarter;
  return { period: `${String(year)}-T${String(q)}`, year, quarter: q };
}

const { period, year, quarter } = lastEndedQuarter(new Date());
const label = `T${String(quarter)} ${String(year)}`;
const PNI = FOLLOWED_INDICATORS[0];
const pniLabel = reference.indicator(PNI)!.label;
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cciName = (cciId: string) => reference.cci(cciId)!.name;
const expected =
  reference.ccisOfRegion('normandie').filter((c) => c.kind === 'territorial').length *
  campaignIndicators(reference, 'normandie', period).length;

describe('the region reviews a period in the browser: sends back, validates, closes; CCI France reads; the annual report', () => {
  let stack: DashboardStack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startDashboardStack(), launchChromium()]);
    // Normandie's territorial CCIs declare the two followed indicators for the last ended quarter.
    const simulator = stack.simulator();
    const at = new Date(Date.now() - 3_600_000).toISOString();
    const events: DomainEvent[] = [];
    for (const [cciIndex, cciId] of NORMANDIE_CCITS.entries())
      for (const [indicatorIndex, indicatorId] of FOLLOWED_INDICATORS.entries())
        events.push(
          ...simulator.record({
            at,
            recordedBy: cciId,
            person: null,
            command: {
              type: 'ReportIndicator',
              cciId,
              indicatorId,
              period,
              value: reportedValue(cciIndex, indicatorIndex, year, quarter),
              unitId: 'entreprises',
              comment: null,
            },
          }),
        );
    expect(events).toHaveLength(10);
    await stack.append(events);
  }, 240_000);

  afterAll(async () => {
    await browser.close();
    await stack.stop();
  }, 60_000);

  /** A new browser context (its own cookies) where the person of `cci` signed in at the provider. */
  async function signIn(
    cci: TestCci,
    prepare?: (context: BrowserContext) => Promise<unknown>,
  ): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'fr-FR' });
    if (prepare) await prepare(context);
    const page = await context.newPage();
    await signInThroughProvider(page, stack.dashboardUrl, stack.people.get(cci)!);
    return page;
  }

  async function expectAccessible(page: Page): Promise<void> {
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (context: Document, options: unknown) => Promise<{ violations: unknown[] }> };
        }
      ).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      return result.violations;
    });
    const serious = (violations as AxeViolation[])
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${String(v.impact)}) : ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
      );
    expect(serious).toEqual([]);
  }

  /** A command sent as a CCI through the ingest API with its API key, as its own tool would. */
  async function command(cci: TestCci, path: string, body: unknown): Promise<void> {
    const response = await fetch(`${stack.ingestApiUrl}/v1/commands/${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${stack.machineKeys.get(cci)!}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(201);
  }

  const row = (page: Page, cciId: string, indicatorLabel = pniLabel) =>
    page
      .getByRole('region', { name: new RegExp(`^${escaped(cciName(cciId))}( période verrouillée)?$`) })
      .getByRole('row', { name: new RegExp(escaped(indicatorLabel)) });

  let regional: Page;
  let stale: Page;
  const rouen = 'cci-rouen-metropole';
  const rouenValue = reportedValue(NORMANDIE_CCITS.indexOf(rouen), 0, year, quarter);

  it('sends one figure back with a comment, with the keyboard alone; an empty comment is refused beside its field', async () => {
    regional = await signIn('cci-normandie');
    await regional.getByRole('link', { name: 'Revue Normandie' }).click();
    await regional.getByRole('heading', { level: 1, name: 'Revue des déclarations : Normandie' }).waitFor();
    await expectAccessible(regional);
    await regional.getByRole('link', { name: label }).click();
    await regional
      .getByRole('heading', { level: 1, name: `Revue des déclarations : Normandie, ${label}` })
      .waitFor();
    await expectText(row(regional, rouen), /Déclarée/);
    await expectAccessible(regional);

    await regional.getByRole('button', { name: `Renvoyer… ${pniLabel} de ${cciName(rouen)}` }).focus();
    await regional.keyboard.press('Enter');
    const dialog = regional.getByRole('dialog', { name: `Renvoyer à ${cciName(rouen)}` });
    const comment = dialog.getByLabel('Ce que la CCI doit revoir');
    await comment.waitFor();
    await regional.keyboard.press('Tab');
    await regional.keyboard.press('Enter');
    await expectAttribute(comment, 'aria-invalid', 'true');
    await expectText(dialog.locator('.error-text'), /comment/);
    await expectAccessible(regional);
    // The refused field has the focus back: the region writes its comment there.
    expect(await regional.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await regional.keyboard.type('Chiffre en baisse de moitié : vérifiez les permanences de septembre.');
    await regional.keyboard.press('Tab');
    await regional.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expectText(regional.getByRole('status').filter({ hasText: 'renvoyé' }), /renvoyé à la CCI/);
    await expectText(row(regional, rouen), /Renvoyée : « Chiffre en baisse de moitié/);
  });

  it('validates a selection with the keyboard, then all, and the CCI answers the send-back', async () => {
    const caen = 'cci-caen-normandie';
    await regional.getByRole('checkbox', { name: `Sélectionner ${pniLabel} de ${cciName(caen)}` }).focus();
    await regional.keyboard.press('Space');
    await regional.getByRole('button', { name: 'Valider la sélection (1)' }).focus();
    await regional.keyboard.press('Enter');
    await expectText(
      regional.getByRole('status').filter({ hasText: 'validée' }),
      /^1 déclaration validée\.$/,
    );
    await expectText(row(regional, caen), /Validée/);

    await regional.getByRole('button', { name: 'Tout valider (8)' }).click();
    await expectText(
      regional.getByRole('status').filter({ hasText: 'validées' }),
      /^8 déclarations validées\.$/,
    );
    await expectText(
      row(regional, 'cci-seine-estuaire', reference.indicator(FOLLOWED_INDICATORS[1])!.label),
      /Validée/,
    );

    // The CCI corrects the figure sent back, as its Saisie page would.
    await command(rouen, 'report-indicator', {
      cciId: rouen,
      indicatorId: PNI,
      period,
      value: rouenValue + 5,
      unitId: 'entreprises',
      comment: 'Permanences de septembre ajoutées',
    });
    await expectText(row(regional, rouen), /\+5 \(était \d+\), commentaire modifié/, 15_000);
    await expectText(row(regional, rouen), /Déclarée/);
  });

  it('closes with the missing declarations confirmed; a page read before the closing is refused its validation', async () => {
    // A second tab of the region without live updates: it still shows the figure awaiting validation.
    stale = await signIn('cci-normandie', (context) => context.route('**/v1/live', (route) => route.abort()));
    await stale.goto(`${stack.dashboardUrl}/regions/normandie/revue/${period}`);
    const validateRouen = stale.getByRole('button', { name: `Valider ${pniLabel} de ${cciName(rouen)}` });
    await validateRouen.waitFor();

    const missing = expected - 9;
    const closer = stack.people.get('cci-normandie')!;
    await regional.getByRole('button', { name: 'Clôturer la campagne…' }).click();
    const confirmation = regional.getByRole('alertdialog');
    await expectText(
      confirmation,
      new RegExp(`^${String(missing)} déclarations attendues ne sont pas validées`),
    );
    await expectAccessible(regional);
    await confirmation.getByRole('button', { name: `Clôturer avec ${String(missing)} manquantes` }).click();
    await expectText(regional.getByRole('status').filter({ hasText: 'clôturée' }), /est clôturée/);
    await expectText(
      regional.locator('.campaign-closed'),
      new RegExp(
        `Clôturée le .* par ${closer.firstName} ${closer.lastName} \\(CCI Normandie\\) : ${String(missing)} déclarations attendues ne sont pas validées à la clôture`,
      ),
      15_000,
    );

    await validateRouen.click();
    await expectText(
      stale.getByRole('alert').filter({ hasText: 'clôturée' }),
      new RegExp(`La période ${label} est clôturée : rouvrez-la pour ${cciName(rouen)}`),
    );
    await stale.getByRole('button', { name: 'Relire la revue' }).waitFor();
    await stale.context().close();
  });

  it('shows CCI France the campaign closed and the validated figures, what awaits validation apart, and no control', async () => {
    const france = await signIn('cci-france');
    await france.getByRole('heading', { level: 2, name: 'Campagnes de déclaration' }).waitFor();
    const normandie = france.getByRole('table', { name: /Campagnes de Normandie/ });
    const campaign = normandie.locator(`tr[data-period="${period}"]`);
    await expectText(campaign, /Clôturée/, 15_000);
    expect((await campaign.locator('td').allTextContents()).slice(1, 6)).toEqual([
      String(expected),
      '10',
      '9',
      '0',
      String(expected - 10),
    ]);
    const validated = NORMANDIE_CCITS.filter((c) => c !== rouen).reduce(
      (sum, cciId) => sum + reportedValue(NORMANDIE_CCITS.indexOf(cciId), 0, year, quarter),
      0,
    );
    const totals = france.getByRole('row', { name: new RegExp(`^${escaped(pniLabel)}`) });
    await expectText(totals, new RegExp(String(validated)));
    await expectText(
      totals,
      new RegExp(`en attente de validation, hors total : ${String(rouenValue + 5)} \\(1 déclaration`),
    );
    await expectAccessible(france);

    await france.goto(`${stack.dashboardUrl}/regions/normandie/revue/${period}`);
    await expectText(row(france, rouen), /Déclarée/);
    expect(
      await france.getByRole('button', { name: /^Valider|^Renvoyer|^Clôturer|^Tout valider/ }).count(),
    ).toBe(0);
    await france.context().close();
  });

  it('revises a CCI’s yearly target, typed the French way, with the body that decided it; a missing or ambiguous figure is refused beside its field', async () => {
    await regional.goto(`${stack.dashboardUrl}/regions/normandie/revue`);
    await regional.getByRole('link', { name: 'Cibles et projections' }).click();
    await regional.getByRole('heading', { level: 1, name: 'Cibles et projections : Normandie' }).waitFor();
    const form = regional.getByRole('region', { name: 'Cibles annuelles des indicateurs de la COM' });
    await form.getByLabel('Indicateur').selectOption(PNI);
    await form.getByLabel('CCI', { exact: true }).selectOption('cci-caen-normandie');
    await form.getByLabel('Année').selectOption(String(year));
    await form.getByRole('button', { name: 'Enregistrer la cible' }).click();
    const figure = form.getByLabel(/^Cible \(/);
    await expectAttribute(figure, 'aria-invalid', 'true');
    await expectText(form.locator('.error-text'), /target/);
    await figure.fill('2.400');
    await form.getByRole('button', { name: 'Enregistrer la cible' }).click();
    await expectText(form.locator('.error-text'), /La valeur « 2\.400 » est ambiguë : écrivez 2400/);
    await figure.fill('2 400');
    await form.getByLabel('Instance qui a décidé').selectOption('comex');
    await form.getByLabel('Date de la décision').fill(`${String(year)}-01-20`);
    await form.getByRole('button', { name: 'Enregistrer la cible' }).click();
    await expectText(
      regional.getByRole('status').filter({ hasText: 'cible' }),
      /La cible \d{4} de CCI Caen Normandie est enregistrée : 2\u202f400 /,
    );
    const caen = form.getByRole('row', { name: /^CCI Caen Normandie/ });
    await expectText(caen, /2\u202f400/, 15_000);
    await expectAccessible(regional);
  });

  it('frames a CCI’s yearly targets with a baseline and a final target, and shows them around the yearly ones', async () => {
    await regional.goto(`${stack.dashboardUrl}/regions/normandie/cibles`);
    const form = regional.getByRole('region', {
      name: 'Trajectoire d’un indicateur : valeur de référence et cible 2027',
    });
    await form.getByLabel('Indicateur').selectOption(PNI);
    await form.getByLabel('CCI', { exact: true }).selectOption('cci-caen-normandie');
    await form.getByLabel('Année de référence').selectOption('2022');
    await form.getByLabel(/^Valeur de référence/).fill('1 200');
    await form.getByLabel(/^Cible 2027/).fill('beaucoup');
    await form.getByRole('button', { name: 'Enregistrer la trajectoire' }).click();
    await expectText(form.locator('.error-text'), /La valeur « beaucoup »/);
    await form.getByLabel(/^Cible 2027/).fill('1 800');
    await form.getByLabel('Date de la décision').fill('2023-03-15');
    await form.getByRole('button', { name: 'Enregistrer la trajectoire' }).click();
    await expectText(
      regional.getByRole('status').filter({ hasText: 'trajectoire' }),
      /La trajectoire de CCI Caen Normandie est enregistrée : de 1\u202f200 en 2022 à 1\u202f800 entreprises en 2027/,
    );
    const targets = regional.getByRole('region', { name: 'Cibles annuelles des indicateurs de la COM' });
    await targets.getByLabel('Indicateur').selectOption(PNI);
    const caen = targets.getByRole('row', { name: /^CCI Caen Normandie/ });
    await expectText(caen, /^CCI Caen Normandie\s*1\u202f200 \(2022\).*1\u202f800$/, 15_000);
  });

  it('sets the projection of a macro-process for the SROM cycle in force, with the body that decided it', async () => {
    await regional.goto(`${stack.dashboardUrl}/regions/normandie/cibles`);
    const form = regional.getByRole('region', { name: 'Projection des modes de gestion (SROM 2017-2021)' });
    await form.getByLabel('CCI', { exact: true }).selectOption('cci-caen-normandie');
    await form.getByLabel('Macro-processus').selectOption('si-gouvernance');
    await form.getByLabel('Mode projeté').selectOption('M');
    await form.getByLabel('Instance qui a décidé').selectOption('bureau-regional');
    await form.getByLabel('Date de la décision').fill(`${String(year)}-02-10`);
    await form.getByLabel('Justification').fill('Mutualisation de la gouvernance des systèmes d’information');
    await form.getByRole('button', { name: 'Enregistrer la projection' }).click();
    await expectText(
      regional.getByRole('status').filter({ hasText: 'projection' }),
      /La projection de Gouvernance pour CCI Caen Normandie est enregistrée/,
    );
    await expectText(form.locator('.note'), /projection 2021 : Mutualisation \(M\)/, 15_000);
  });

  it('presents the annual report, which reopens exactly as presented after the figures change', async () => {
    // The regional view as the signed-in region reads it: through the gateway, with its session.
    const regionalActual = async () => {
      const response = await regional.request.get(`${stack.dashboardUrl}/v1/regions/normandie`);
      const view = (await response.json()) as {
        com: {
          indicators: { indicatorId: string; years: Record<string, { region: { actual: number | null } }> }[];
        };
      };
      return (
        view.com.indicators.find((i) => i.indicatorId === PNI)?.years[String(year)]?.region.actual ?? null
      );
    };
    const presented = await regionalActual();
    expect(presented).not.toBeNull();

    await regional.goto(`${stack.dashboardUrl}/regions/normandie/cycle-annuel`);
    await regional.getByRole('heading', { level: 1, name: 'Cycle annuel : Normandie' }).waitFor();
    await regional.getByLabel('Année du rapport').fill(String(year));
    await regional
      .getByLabel('Délibération')
      .fill('L’Assemblée générale prend acte du rapport annuel du SROM et de la COM.');
    await regional.getByRole('button', { name: 'Présenter et figer le rapport' }).click();
    await expectText(
      regional.getByRole('status').filter({ hasText: 'présentée' }),
      new RegExp(`L’édition 1 du rapport ${String(year)} est présentée`),
    );
    await expectAccessible(regional);

    // The region reopens the period for Rouen, which declares another figure: the current figures move.
    await regional.goto(`${stack.dashboardUrl}/regions/normandie/revue/${period}`);
    await regional.getByLabel('Motif de la réouverture').fill('Chiffre de septembre à compléter');
    await regional.getByLabel('CCI', { exact: true }).selectOption(rouen);
    await regional.getByRole('button', { name: 'Rouvrir pour cette CCI' }).click();
    await expectText(
      regional.locator('.campaign-closed'),
      /Rouverte depuis pour CCI Rouen Métropole/,
      15_000,
    );
    await command(rouen, 'report-indicator', {
      cciId: rouen,
      indicatorId: PNI,
      period,
      value: rouenValue + 50,
      unitId: 'entreprises',
      comment: 'Permanences de septembre, chiffre définitif',
    });
    await expectText(row(regional, rouen), /\+45 \(était/, 15_000);
    const after = await regionalActual();
    expect(after).not.toBe(presented);

    await regional.goto(`${stack.dashboardUrl}/regions/normandie/cycle-annuel`);
    await regional.getByRole('link', { name: /^Édition 1 : Assemblée générale/ }).click();
    await regional.getByRole('heading', { level: 1, name: /Édition 1, telle que présentée/ }).waitFor();
    const frozen = regional.getByRole('row', {
      name: new RegExp(`^${escaped(pniLabel)} ${String(year)} Région`),
    });
    expect((await frozen.locator('td').allTextContents())[2]).toBe(presented!.toLocaleString('fr-FR'));
    await expectAccessible(regional);

    // Presented again, the report is the next edition, with today's figures; the first stays as it was.
    await regional.getByRole('link', { name: 'Retour au cycle annuel' }).click();
    await regional.getByLabel('Année du rapport').fill(String(year));
    await regional.getByLabel('Délibération').fill('Nouvelle présentation après la correction de septembre.');
    await regional.getByRole('button', { name: 'Présenter et figer le rapport' }).click();
    await expectText(
      regional.getByRole('status').filter({ hasText: 'présentée' }),
      new RegExp(`L’édition 2 du rapport ${String(year)} est présentée`),
    );
    await regional.getByRole('link', { name: /^Édition 2 : Assemblée générale/ }).click();
    await regional.getByRole('heading', { level: 1, name: /Édition 2, telle que présentée/ }).waitFor();
    expect((await frozen.locator('td').allTextContents())[2]).toBe(after!.toLocaleString('fr-FR'));
    await regional.goBack();
    await regional.getByRole('link', { name: /^Édition 1 : Assemblée générale/ }).click();
    await regional.getByRole('heading', { level: 1, name: /Édition 1, telle que présentée/ }).waitFor();
    expect((await frozen.locator('td').allTextContents())[2]).toBe(presented!.toLocaleString('fr-FR'));
    await regional.context().close();
  });
});
