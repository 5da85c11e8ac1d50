// Measures what the first view costs: the gzip size of the JS (and CSS) that index.html loads before any
// lazy page, and, given a running stack, the time from navigation to the regional view's first render
// (the SROM matrix on screen) with the seed data. Prints one line per figure.
//
//   node scripts/measure-build.mjs                       sizes only, from dist/
//   DASHBOARD_URL=http://127.0.0.1:5173 DASHBOARD_SESSION=<cci-session cookie> DASHBOARD_REGION=pays-de-la-loire \
//     node scripts/measure-build.mjs                     sizes and time to first render
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

async function firstViewSizes() {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const assets = (pattern) => [...html.matchAll(pattern)].map((m) => m[1]);
  const js = [
    ...assets(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...assets(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ];
  const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const gzipped = async (files) => {
    let total = 0;
    for (const file of files) total += gzipSync(await readFile(join(dist, file)), { level: 9 }).length;
    return total;
  };
  return { jsFiles: js.length, jsGzip: await gzipped(js), cssGzip: await gzipped(css) };
}

async function timeToFirstRender(url, sessionId, regionId, runs = 3) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const timings = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      // A fresh context each time: nothing cached, the gateway's session cookie set as after sign-in.
      const context = await browser.newContext();
      await context.addCookies([{ name: 'cci-session', value: sessionId, url }]);
      const page = await context.newPage();
      await page.goto(`${url}/regions/${regionId}`, { waitUntil: 'commit' });
      await page.locator('.srom-matrix [data-cell]').first().waitFor({ timeout: 30_000 });
      timings.push(await page.evaluate(() => performance.now()));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return timings;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} Ko`;
const sizes = await firstViewSizes();
console.log(
  `JS de la première vue (gzip) : ${kb(sizes.jsGzip)} en ${sizes.jsFiles} fichier(s) ; CSS (gzip) : ${kb(sizes.cssGzip)}`,
);
const { DASHBOARD_URL, DASHBOARD_SESSION, DASHBOARD_REGION } = process.env;
if (DASHBOARD_URL && DASHBOARD_SESSION) {
  const timings = await timeToFirstRender(
    DASHBOARD_URL,
    DASHBOARD_SESSION,
    DASHBOARD_REGION ?? 'pays-de-la-loire',
  );
  const sorted = [...timings].sort((a, b) => a - b);
  console.log(
    `Premier rendu de la vue régionale (matrice affichée) : médiane ${Math.round(sorted[Math.floor(sorted.length / 2)])} ms ` +
      `(mesures : ${timings.map((t) => Math.round(t)).join(', ')} ms)`,
  );
}
