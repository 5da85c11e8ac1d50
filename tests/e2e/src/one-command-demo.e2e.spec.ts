import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { referenceData as reference } from '@cci/domain';
import { createKafka } from '@cci/event-log';
import { mongoDatabaseUrl, testServers, uniqueName } from '@cci/test-support';
import mongoose from 'mongoose';
import type { Browser } from 'playwright-core';

import { expectAttribute, expectText, expectValue } from '../test/browser-expect.js';
import { launchChromium } from '../test/chromium.js';
import { demoAccount, signInThroughProvider } from '../test/sign-in.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * `npm start` as a user runs it (infra/bin/start.mjs), beside any demo already running: its own
 * ports, topics, database and demo folder. The servers are the test run's.
 */
describe('the one-command demo', () => {
  const demoDir = mkdtempSync(join(tmpdir(), 'cci-demo-'));
  // Below Linux's ephemeral ports (from 32768), which the tests' own servers and every outgoing
  // connection take: a demo port among them may already be held (the gateway then cannot listen).
  const offset = 10_000 + Math.floor(Math.random() * 17_000);
  const events = uniqueName('demo-events');
  const database = uniqueName('demo');
  const topics = [events, `${events}-dlq`, `${events}-changes`];
  let demo: ChildProcess;
  let output = '';
  let browser: Browser;

  beforeAll(async () => {
    demo = spawn(process.execPath, [join(root, 'infra', 'bin', 'start.mjs')], {
      cwd: root,
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        KAFKA_BROKERS: testServers().kafkaBrokers.join(','),
        MONGO_URL: testServers().mongoUrl,
        SMTP_URL: testServers().smtpUrl,
        MAILPIT_URL: testServers().mailpitUrl,
        MONGO_DATABASE: database,
        EVENTS_TOPIC: topics[0],
        DEAD_LETTER_TOPIC: topics[1],
        CHANGES_TOPIC: topics[2],
        CCI_DEMO_DIR: demoDir,
        CCI_PORT_OFFSET: String(offset),
        SIMULATION_RATE: '4',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    demo.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    demo.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const deadline = Date.now() + 240_000;
    while (!output.includes('Ctrl-C arrête tout')) {
      if (demo.exitCode !== null || Date.now() > deadline)
        throw new Error(`La démo n'a pas démarré :\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser.close();
    const exited = new Promise((resolve) => demo.once('exit', resolve));
    demo.kill('SIGINT');
    await exited;
    const admin = createKafka({
      brokers: testServers().kafkaBrokers,
      clientId: 'demo-test',
      logLevel: 'nothing',
    }).admin();
    await admin.connect();
    await admin.deleteTopics({ topics }).catch(() => undefined);
    await admin.disconnect();
    const connection = await mongoose.createConnection(mongoDatabaseUrl(database)).asPromise();
    await connection.dropDatabase();
    await connection.close();
    rmSync(demoDir, { recursive: true, force: true });
  }, 60_000);

  it('prints where the dashboard and the mail inbox are, and the demo people with their CCI, roles and password', () => {
    expect(output).toContain(`Tableau de bord   http://127.0.0.1:${5173 + offset}`);
    expect(output).toContain(`Courriels         ${testServers().mailpitUrl}   (boîte de réception Mailpit)`);
    for (const username of ['francois.dubois', 'karim.benali', 'isabelle.rousseau']) {
      const account = demoAccount(username);
      expect(output).toMatch(
        new RegExp(
          [
            `${account.firstName} ${account.lastName}`,
            account.cciId,
            account.roles.join(', '),
            username,
            account.password,
          ]
            .map((cell) => cell.replace(/[.]/g, '\\.'))
            .join('\\s+'),
        ),
      );
    }
    expect(output).not.toMatch(/cci_[0-9a-f]{12}_/);
  });

  /**
   * Signs in as CCI Normandie and opens its regional view; `movesLive()` waits until the figures change
   * because a live notice made the page read its data again (not because the page loaded again): the
   * whole view, or, when a notice names only some indicators' figures, those indicators.
   */
  async function regionalPageOfNormandie() {
    const page = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
    let regionLoads = 0;
    page.on('response', (response) => {
      if (/^\/v1\/regions\/normandie(\/indicators\/[^/]+)?$/.test(new URL(response.url()).pathname))
        regionLoads += 1;
    });
    await signInThroughProvider(page, `http://127.0.0.1:${5173 + offset}`, demoAccount('thomas.lemaire'));
    await page.getByRole('heading', { name: /Normandie : vue régionale/ }).waitFor({ timeout: 60_000 });
    // The source documents' Normandie: its CCIs across the matrix.
    await page.getByRole('columnheader', { name: 'CCI Rouen Métropole' }).first().waitFor();
    await page.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });
    // Clock times aside ("à jour à 10:42"), the figures must change as the CCIs report.
    const figures = () =>
      page
        .locator('main')
        .evaluate((main) => (main as HTMLElement).innerText.replace(/\d{1,2}[:h]\d{2}/g, ''));
    const movesLive = async (): Promise<boolean> => {
      const before = await figures();
      const loadsBefore = regionLoads;
      const moved = async () => regionLoads > loadsBefore && (await figures()) !== before;
      const deadline = Date.now() + 90_000;
      while (!(await moved()) && Date.now() < deadline) await page.waitForTimeout(500);
      const sameDocument = await page.evaluate(
        () => (window as unknown as { sameDocument?: boolean }).sameDocument,
      );
      return (await moved()) && sameDocument === true;
    };
    return { movesLive };
  }

  it('shows the seeded region, then the simulated CCIs move it live, without a reload', async () => {
    const page = await regionalPageOfNormandie();
    expect(await page.movesLive()).toBe(true);
  }, 150_000);

  it("shows CCI France the network's validated figures per COP indicator across the regions, and the map by coverage", async () => {
    const keys = JSON.parse(readFileSync(join(demoDir, 'keys.json'), 'utf8')) as Record<string, string>;
    const response = await fetch(`http://127.0.0.1:${3200 + offset}/v1/national`, {
      headers: { authorization: `Bearer ${keys['cci-france']}` },
    });
    const view = (await response.json()) as {
      regions: { regionId: string; campaigns: { status: string }[] }[];
      totals: {
        indicators: Record<string, { years: Record<string, { actual: number | null }> }>;
        cop: {
          copIndicatorId: string;
          years: Record<string, { value: number; regions: { regionId: string; value: number }[] }>;
        }[];
      };
    };
    // Last year's quarters are all validated and closed: the national figures count them.
    const year = String(new Date().getUTCFullYear() - 1);
    const actual = view.totals.indicators['premier-niveau-information']?.years[year]?.actual ?? null;
    expect(actual).toBeGreaterThan(0);
    const statuses = view.regions.find((r) => r.regionId === 'normandie')?.campaigns.map((c) => c.status);
    expect(statuses).toEqual(expect.arrayContaining(['ouverte', 'cloturee']));
    // The documented regions and the simulated ones (overseas included) in one COP figure, summed.
    const informed = view.totals.cop.find((f) => f.copIndicatorId === 'cop-premier-niveau-information')
      ?.years[year];
    const counted = informed?.regions.map((r) => r.regionId) ?? [];
    expect(counted).toEqual(
      expect.arrayContaining(['normandie', 'pays-de-la-loire', 'bretagne', 'la-reunion']),
    );
    expect(informed?.value).toBe(informed?.regions.reduce((total, r) => total + r.value, 0));

    const page = await (await browser.newContext({ locale: 'fr-FR' })).newPage();
    await signInThroughProvider(page, `http://127.0.0.1:${5173 + offset}`, demoAccount('francois.dubois'));
    const whole = (value: number) =>
      new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(value);
    // Normandie's own COM, detailed axis by axis: its indicator's national total.
    const label = reference.indicator('premier-niveau-information')!.label;
    const axisRow = page
      .getByRole('region', { name: /Accompagner les entreprises dans leurs transitions/ })
      .getByRole('row', { name: new RegExp(`^${label.replace(/[()']/g, '.')}`) });
    await expectText(axisRow, new RegExp(whole(actual!)), 60_000);
    await page.getByLabel('Année des indicateurs du COP').selectOption(year);
    const copRow = page.locator('tr[data-cop-indicator="cop-premier-niveau-information"]');
    await expectText(copRow, new RegExp(`${whole(informed!.value)} entreprises`));
    await expectText(copRow, /Normandie \d[\d\s]*, .*Pays de la Loire \d[\d\s]*/);
    await page.getByLabel('Colorer la carte selon').selectOption('cop-premier-niveau-information/part');
    await expectText(page.locator('figcaption'), /part des établissements ressortissants/);
    // Bretagne is simulated with its establishments: its share colours it and names it.
    await expectAttribute(page.locator('a[data-region="bretagne"]'), 'aria-label', /^Bretagne : \d[\d,\s]*%/);
    // Bretagne's successive COMs: the one in force today, then the next cycle, chosen in the page.
    await page.locator('a[data-region="bretagne"]').click();
    const cycles = page.getByLabel('Cycle de COM');
    await expectValue(cycles, 'com-bretagne-2023-2027', 60_000);
    await expectText(cycles, /COM Bretagne 2023-2027 \(simulée\) \(en vigueur\)/);
    await cycles.selectOption('com-bretagne-2028-2032');
    await expectText(page.locator('#com .lead'), /^COM Bretagne 2028-2032 \(simulée\)/, 15_000);
    // Its SROM: the simulated 2022-2026 cycle in force, with the projections its Bureau set; the
    // documented 2017-2021 cycle one choice away, with its own milestones.
    const sromCycles = page.getByLabel('Cycle du SROM');
    await expectValue(sromCycles, 'srom-2022-2026');
    await expectText(sromCycles, /SROM 2022-2026 \(simulé\) \(en vigueur\)/);
    const milestones = page.locator('table.milestones');
    await expectText(
      milestones.locator('thead'),
      /État des lieux 2022 \(simulé\)\s*Aujourd’hui\s*Projection 2026 \(simulée\)/,
    );
    await milestones.locator('tbody td:nth-of-type(3) .mode-chip:not(.mode-unknown)').first().waitFor();
    await sromCycles.selectOption('srom-2017-2021');
    await expectText(
      page.locator('#jalons-title'),
      /^Jalons du SROM 2017-2021 et écarts à sa projection$/,
      15_000,
    );
    await expectText(
      milestones.locator('thead'),
      /État des lieux 2013\s*Statut 2017\s*Aujourd’hui\s*Projection 2021/,
    );
    await page.context().close();
    // Meanwhile the simulated CCIs and regions played, reviews included: the platform answered each as expected.
    expect(readFileSync(join(demoDir, 'logs', 'simulateur.log'), 'utf8')).not.toContain('Réponse inattendue');
  }, 120_000);

  it('starts again, within 10 s, each service killed while the CCIs play; the others never stop and the live view keeps up', async () => {
    const page = await regionalPageOfNormandie();
    const services: Record<string, string> = {
      'regional-projector': `http://127.0.0.1:${3101 + offset}/health/ready`,
      'national-projector': `http://127.0.0.1:${3102 + offset}/health/ready`,
      'ingest-api': `http://127.0.0.1:${3100 + offset}/health/ready`,
      'read-api': `http://127.0.0.1:${3200 + offset}/health/ready`,
      // Sessions live in the database: the open page stays signed in across the gateway's restart.
      'web-gateway': `http://127.0.0.1:${3300 + offset}/health/ready`,
      dashboard: `http://127.0.0.1:${5173 + offset}/`,
      simulateur: '',
    };
    const pidOf = (name: string) => Number(readFileSync(join(demoDir, 'pids', `${name}.pid`), 'utf8'));
    const answers = (url: string) =>
      url === ''
        ? Promise.resolve(true)
        : fetch(url)
            .then((response) => response.ok)
            .catch(() => false);
    const backAfter: Record<string, number> = {};
    for (const [name, readyUrl] of Object.entries(services)) {
      const others = Object.keys(services)
        .filter((other) => other !== name)
        .map((other) => [other, pidOf(other)] as const);
      const killed = pidOf(name);
      process.kill(killed, 'SIGKILL');
      const killedAt = Date.now();
      while (Date.now() - killedAt < 30_000) {
        if (pidOf(name) !== killed && (await answers(readyUrl))) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      backAfter[name] = (Date.now() - killedAt) / 1000;
      // Nobody else was restarted: the same processes, still running.
      expect(others.map(([other]) => [other, pidOf(other)])).toEqual(others);
      for (const [, pid] of others) expect(() => process.kill(pid, 0)).not.toThrow();
    }
    expect(Object.entries(backAfter).filter(([, seconds]) => seconds > 10)).toEqual([]);
    expect(output).toMatch(/regional-projector stopped unexpectedly \(SIGKILL\); restarting/);
    expect(await page.movesLive()).toBe(true);
  }, 300_000);
});
