import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { bundledReferenceFiles, referenceData } from '@cci/domain';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { ReportBody } from '@cci/indicator-sheet';

import { EXIT_BAD_INPUT, EXIT_OK, EXIT_REFUSED, runCciImport } from './cci-import.js';

const CCI = 'cci-rouen-metropole';
const KEY = 'cci_0123456789ab_cle-de-test';
/** Every quarter of the COM 2023-2027 has begun. */
const NOW = new Date('2028-01-15T09:00:00Z');
const HEADER = 'CCI;Indicateur;Libellé;Période;Valeur;Unité;Commentaire';

type SentCommand = { type: string; idempotencyKey: string; body: ReportBody };
type SentRequest = { headers: IncomingHttpHeaders; commands: SentCommand[] };
type Failure = { status: number; retryAfter?: string; detail: string };

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    request.on('error', reject);
  });
}

function answer(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, {
    'content-type': status === 200 ? 'application/json' : 'application/problem+json',
    ...headers,
  });
  response.end(JSON.stringify(body));
}

/**
 * The ingest API's batch contract in memory: idempotency keys (same key and body: `replayed`),
 * the value of each indicator cell (same value: `unchanged`, another: a correction), and what a
 * test provokes: whole-request failures in turn, a value refused as a business rule.
 */
class FakeIngestApi {
  readonly requests: SentRequest[] = [];
  failures: Failure[] = [];
  refusedValue: number | null = null;
  url = '';
  private readonly bodiesByKey = new Map<string, string>();
  private readonly cells = new Map<string, { value: number; comment: string | null; version: number }>();
  private readonly server = createServer((request, response) => {
    void this.handle(request, response);
  });

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) =>
      this.server.close(() => {
        resolve();
      }),
    );
  }

  /** A value recorded another way (the web form), under no key the CLI knows. */
  seed(body: ReportBody): void {
    this.cells.set(this.cellOf(body), { value: body.value, comment: body.comment, version: 1 });
  }

  private cellOf(body: ReportBody): string {
    return `indicator-report:${body.cciId}:${body.indicatorId}:${body.period}`;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const text = await readBody(request);
    const { commands } = JSON.parse(text) as { commands: SentCommand[] };
    this.requests.push({ headers: request.headers, commands });
    if (request.method !== 'POST' || request.url !== '/v1/commands/batch') {
      answer(response, 404, { type: 'about:blank', title: 'Introuvable', status: 404, detail: request.url });
      return;
    }
    if (request.headers.authorization !== `Bearer ${KEY}`) {
      answer(response, 401, {
        type: 'about:blank',
        title: 'Non authentifié',
        status: 401,
        detail: 'La clé présentée est inconnue.',
      });
      return;
    }
    const failure = this.failures.shift();
    if (failure) {
      answer(
        response,
        failure.status,
        { type: 'about:blank', title: 'Indisponible', status: failure.status, detail: failure.detail },
        failure.retryAfter === undefined ? {} : { 'retry-after': failure.retryAfter },
      );
      return;
    }
    answer(response, 200, { results: commands.map((command, index) => this.decide(command, index)) });
  }

  private decide({ idempotencyKey, body }: SentCommand, index: number) {
    const bodyText = JSON.stringify(body);
    const earlier = this.bodiesByKey.get(idempotencyKey);
    if (earlier !== undefined) {
      return earlier === bodyText
        ? { index, status: 200, outcome: 'replayed', events: [] }
        : { index, status: 422, problem: { title: 'Clé réutilisée', detail: 'Clé déjà utilisée.' } };
    }
    if (body.value === this.refusedValue) {
      return {
        index,
        status: 422,
        problem: {
          type: 'about:blank',
          title: 'Commande refusée',
          status: 422,
          detail: `La valeur ${body.value} est refusée par le serveur.`,
          errors: [{ field: 'value', rule: 'test', message: 'Valeur refusée pour le test.' }],
        },
      };
    }
    this.bodiesByKey.set(idempotencyKey, bodyText);
    const cellId = this.cellOf(body);
    const cell = this.cells.get(cellId);
    if (cell?.value === body.value && cell.comment === body.comment) {
      return { index, status: 200, outcome: 'unchanged', events: [] };
    }
    const version = (cell?.version ?? 0) + 1;
    this.cells.set(cellId, { value: body.value, comment: body.comment, version });
    return {
      index,
      status: 201,
      outcome: 'recorded',
      events: [
        {
          eventId: randomUUID(),
          type: cell ? 'IndicatorReportCorrected' : 'IndicatorReported',
          aggregateId: cellId,
          aggregateVersion: version,
        },
      ],
    };
  }
}

let folder: string;
let api: FakeIngestApi;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'cci-import-'));
  // An extended catalogue (as a CCIR may run): 500 more quarterly indicators, 10 000 cells over the COM.
  const [normandie] = bundledReferenceFiles.coms as [{ indicators: unknown[] }];
  const extended = {
    ...bundledReferenceFiles,
    coms: [
      {
        ...normandie,
        indicators: [
          ...normandie.indicators,
          ...Array.from({ length: 500 }, (_, i) => ({
            id: `indicateur-test-${i}`,
            axisId: 'transition-ecologique',
            label: `Indicateur de test ${i}`,
            unitId: 'entreprises',
            aggregation: 'sum',
            frequency: 'quarterly',
            source: 'ccir',
          })),
        ],
      },
    ],
  };
  await writeFile(join(folder, 'reference.json'), JSON.stringify(extended));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

beforeEach(async () => {
  api = new FakeIngestApi();
  await api.start();
});

afterEach(async () => {
  await api.stop();
});

/**
 * Runs the command on a fake clock for its waits between tries (only `setTimeout` is faked: fetch and
 * the fake API keep real time), and records each wait as it elapses.
 */
async function cciImport(args: string[], env: Record<string, string> = {}) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const progress: string[] = [];
  const sleeps: number[] = [];
  jest.useFakeTimers({
    doNotFake: [
      'Date',
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'setImmediate',
      'setInterval',
      'clearInterval',
    ],
  });
  try {
    const run = { settled: false };
    const code = runCciImport(args, {
      stdout: (line) => stdout.push(...line.split('\n')),
      stderr: (line) => stderr.push(...line.split('\n')),
      progress: { write: (text) => progress.push(text), isTTY: false },
      env,
      cwd: folder,
      now: () => NOW,
      clock: () => performance.now(),
    }).finally(() => {
      run.settled = true;
    });
    while (!run.settled) {
      await new Promise((resolve) => setImmediate(resolve));
      if (jest.getTimerCount() > 0) {
        const from = jest.now();
        jest.advanceTimersToNextTimer();
        sleeps.push(jest.now() - from);
      }
    }
    return { code: await code, stdout, stderr, progress: progress.join(''), sleeps };
  } finally {
    jest.useRealTimers();
  }
}

async function sheetFile(content: string | Uint8Array): Promise<string> {
  const name = `${randomUUID()}.csv`;
  await writeFile(join(folder, name), content);
  return name;
}

const QUARTERS = [2023, 2024, 2025, 2026, 2027].flatMap((year) => [1, 2, 3, 4].map((q) => `${year}-T${q}`));

/** `count` good rows of the extended catalogue; row i is on line i + 2. */
function bigSheet(count: number, value: (i: number) => string = (i) => String(i % 97)): string {
  const rows = Array.from(
    { length: count },
    (_, i) =>
      `${CCI};indicateur-test-${i % 500};Indicateur de test;${QUARTERS[Math.floor(i / 500)] ?? ''};${value(i)};entreprises;`,
  );
  return `${[HEADER, ...rows].join('\r\n')}\r\n`;
}

const send = (file: string, ...more: string[]) =>
  cciImport(['envoyer', file, '--cci', CCI, '--api', api.url, '--reference', 'reference.json', ...more], {
    CCI_API_KEY: KEY,
  });

describe('cci-import verifier', () => {
  it('counts the rows ready to send', async () => {
    const file = await sheetFile(
      `${HEADER}\n${CCI};premier-niveau-information;;T3 2024;1 234;entreprises;\n` +
        `${CCI};satisfaction-entreprises;;2024-T3;87,5;pourcentage;"Enquête ""flash""; 40 réponses"\n`,
    );

    const result = await cciImport(['verifier', file, '--cci', CCI]);

    expect(result).toMatchObject({
      code: EXIT_OK,
      stdout: ["2 lignes prêtes à l'envoi pour CCI Rouen Métropole (fichier UTF-8, séparateur « ; »)."],
      stderr: [],
    });
  });

  it('reads a Windows-1252 file with "," separators and quoted decimal commas', async () => {
    const text = `CCI,Indicateur,Periode,Valeur,Unite,Commentaire\r\n${CCI},satisfaction-entreprises,2024 T3,"87,5",pourcentage,l’enquête d’été\r\n`;
    const file = await sheetFile(Uint8Array.from(text, (c) => (c === '’' ? 0x92 : c.charCodeAt(0))));

    const result = await cciImport(['verifier', file, '--cci', CCI]);

    expect(result.stdout).toEqual([
      "1 ligne prête à l'envoi pour CCI Rouen Métropole (fichier Windows-1252, séparateur « , »).",
    ]);
  });

  it('prints every bad row with its line number and why, and exits with 2', async () => {
    const file = await sheetFile(
      `${HEADER}\n${CCI};premier-niveau-information;;2024-T3;douze;entreprises;\n\n` +
        `${CCI};accompagnements-individuels;;2024-T3;4;entreprises;\n` +
        `cci-caen-normandie;accompagnements-individuels;;2024-T4;4;entreprises;\n`,
    );

    const result = await cciImport(['verifier', file, '--cci', CCI]);

    expect(result.code).toBe(EXIT_BAD_INPUT);
    expect(result.stdout).toEqual([
      "Ligne 2 : la valeur « douze » n'est pas un nombre.",
      "Ligne 5 : la CCI « cci-caen-normandie » n'est pas celle de l'import (cci-rouen-metropole) : une CCI n'importe que ses propres valeurs.",
      '2 lignes à corriger sur 3.',
    ]);
  });

  it('says which file is missing, which CCI is unknown, and what the command line lacks', async () => {
    expect(await cciImport(['verifier', 'absent.csv', '--cci', CCI])).toMatchObject({
      code: EXIT_BAD_INPUT,
      stderr: [`Fichier introuvable : ${join(folder, 'absent.csv')}.`],
    });
    expect((await cciImport(['verifier', 'absent.csv', '--cci', 'cci-atlantide'])).stderr).toEqual([
      'La CCI « cci-atlantide » est inconnue des données de référence.',
    ]);
    const noCci = await cciImport(['verifier', 'absent.csv']);
    expect(noCci.code).toBe(EXIT_BAD_INPUT);
    expect(noCci.stderr[0]).toBe(
      "Option --cci obligatoire : l'identifiant de votre CCI (par exemple cci-rouen-metropole).",
    );
    expect((await cciImport(['verifier', 'a.csv', '--cci', CCI, '--cle', 'x'])).stderr[0]).toBe(
      'Option inconnue pour « verifier » : --cle.',
    );
    expect((await cciImport(['importer', 'a.csv'])).stderr[0]).toBe(
      'Commande inconnue : « importer ». Commandes : verifier, envoyer, modele.',
    );
    expect((await cciImport(['--help'])).stdout[0]).toBe('Usage :');
  });
});

describe('cci-import envoyer', () => {
  it('checks the 10 000 rows first, reports exactly the 3 bad ones, and sends nothing', async () => {
    const bad: Record<number, string> = { 41: 'douze', 5000: '-4', 9997: '2,5' };
    const file = await sheetFile(bigSheet(10_000, (i) => bad[i] ?? String(i % 97)));

    const result = await send(file);

    expect(result.code).toBe(EXIT_BAD_INPUT);
    expect(result.stdout).toEqual([
      "Ligne 43 : la valeur « douze » n'est pas un nombre.",
      'Ligne 5002 : Une valeur en entreprises ne peut pas être négative (-4).',
      'Ligne 9999 : Une valeur en entreprises est un nombre entier (2.5).',
      "3 lignes à corriger sur 10 000 : rien n'a été envoyé.",
    ]);
    expect(api.requests).toEqual([]);
  });

  it('sends batches of 500 with the key, one correlation id, and a summary', async () => {
    const file = await sheetFile(bigSheet(1200));

    const result = await send(file);

    expect(result.code).toBe(EXIT_OK);
    expect(api.requests.map((r) => r.commands.length)).toEqual([500, 500, 200]);
    expect(new Set(api.requests.map((r) => r.headers.authorization))).toEqual(new Set([`Bearer ${KEY}`]));
    const correlationIds = new Set(api.requests.map((r) => r.headers['x-correlation-id']));
    expect(correlationIds.size).toBe(1);
    expect(api.requests[0]?.commands[0]).toEqual({
      type: 'ReportIndicator',
      idempotencyKey: expect.stringMatching(/^cci-import-[0-9a-f]{64}$/),
      body: {
        cciId: CCI,
        indicatorId: 'indicateur-test-0',
        period: '2023-T1',
        value: 0,
        unitId: 'entreprises',
        comment: null,
      },
    });
    expect(result.stdout).toEqual([
      `Envoi de 1 200 lignes pour CCI Rouen Métropole à ${api.url}/ (corrélation ${String([...correlationIds][0])}).`,
      'Envoi terminé.',
      '  enregistrées : 1 200',
      '  inchangées (valeur déjà enregistrée) : 0',
      "  déjà envoyées (rien d'ajouté) : 0",
      "  refusées par l'API : 0",
    ]);
    expect(result.progress.trimEnd().split('\n').at(-1)).toMatch(
      /^\[█{20}\] 1 200 \/ 1 200 lignes · [\d ]+ lignes\/s$/,
    );
  });

  it('sends the same file again under the same keys: nothing new; a fixed value is a correction', async () => {
    const first = await sheetFile(bigSheet(600));
    await send(first);
    const fixed = await sheetFile(bigSheet(600, (i) => (i === 7 ? '70' : String(i % 97))));

    const again = await send(first);
    const corrected = await send(fixed);

    const keysOf = (from: number) =>
      api.requests.slice(from, from + 2).flatMap((r) => r.commands.map((c) => c.idempotencyKey));
    expect(keysOf(2)).toEqual(keysOf(0));
    expect(keysOf(4).filter((key, i) => key !== keysOf(0)[i])).toHaveLength(1);
    expect(again.code).toBe(EXIT_OK);
    expect(again.stdout.slice(2)).toEqual([
      '  enregistrées : 0',
      '  inchangées (valeur déjà enregistrée) : 0',
      "  déjà envoyées (rien d'ajouté) : 600",
      "  refusées par l'API : 0",
    ]);
    expect(corrected.stdout.slice(2, 5)).toEqual([
      '  enregistrées : 1 (dont 1 correction)',
      '  inchangées (valeur déjà enregistrée) : 0',
      "  déjà envoyées (rien d'ajouté) : 599",
    ]);
  });

  it('counts a value the API already holds, recorded another way, as unchanged', async () => {
    api.seed({
      cciId: CCI,
      indicatorId: 'indicateur-test-1',
      period: '2023-T1',
      value: 1,
      unitId: 'entreprises',
      comment: null,
    });

    const result = await send(await sheetFile(bigSheet(3)));

    expect(result.stdout.slice(2, 4)).toEqual([
      '  enregistrées : 2',
      '  inchangées (valeur déjà enregistrée) : 1',
    ]);
  });

  it('waits as Retry-After says after a 503, then sends the batch again under the same keys', async () => {
    api.failures = [{ status: 503, retryAfter: '1', detail: 'Le journal des événements ne répond pas.' }];

    const result = await send(await sheetFile(bigSheet(20)));

    expect(result.code).toBe(EXIT_OK);
    expect(result.sleeps).toEqual([1000]);
    expect(api.requests).toHaveLength(2);
    expect(api.requests[1]?.commands).toEqual(api.requests[0]?.commands);
    expect(result.progress).toContain(
      "L'API est momentanément indisponible (503 : Le journal des événements ne répond pas) : nouvel essai dans 1 s (essai 2 sur 5).\n",
    );
    expect(result.stdout).toContain('  enregistrées : 20');
  });

  it('gives up after 5 tries when the API stays unavailable, saying that sending again is safe', async () => {
    api.failures = Array.from({ length: 5 }, () => ({
      status: 429,
      retryAfter: '2',
      detail: 'Trop de requêtes.',
    }));

    const result = await send(await sheetFile(bigSheet(20)));

    expect(result.code).toBe(EXIT_REFUSED);
    expect(result.sleeps).toEqual([2000, 2000, 2000, 2000]);
    expect(result.stderr).toEqual([
      "L'API est momentanément indisponible (429 : Trop de requêtes) : abandon après 5 essais.",
      'Renvoyer le même fichier est sans risque : les lignes déjà reçues ne seront pas enregistrées deux fois.',
    ]);
    expect(result.stdout).toContain('  non envoyées : 20');
  });

  it('stops at once on a 401 and says which key to check', async () => {
    const result = await cciImport(
      [
        'envoyer',
        await sheetFile(bigSheet(700)),
        '--cci',
        CCI,
        '--api',
        api.url,
        '--reference',
        'reference.json',
      ],
      { CCI_API_KEY: 'cci_0123456789ab_mauvaise' },
    );

    expect(result.code).toBe(EXIT_REFUSED);
    expect(api.requests).toHaveLength(1);
    expect(result.sleeps).toEqual([]);
    expect(result.stderr[0]).toBe(
      "L'API refuse la clé (401) : La clé présentée est inconnue. Vérifiez l'option --cle ou la variable CCI_API_KEY.",
    );
    expect(result.stdout.slice(1)).toEqual([
      'Envoi interrompu.',
      '  enregistrées : 0',
      '  inchangées (valeur déjà enregistrée) : 0',
      "  déjà envoyées (rien d'ajouté) : 0",
      "  refusées par l'API : 0",
      '  non envoyées : 700',
    ]);
  });

  it("lists the rows the API refuses with their line and the API's message, and exits with 1", async () => {
    api.refusedValue = 66;

    const result = await send(await sheetFile(bigSheet(100, (i) => (i === 5 || i === 60 ? '66' : '1'))));

    expect(result.code).toBe(EXIT_REFUSED);
    expect(result.stdout.slice(1)).toEqual([
      'Ligne 7 : La valeur 66 est refusée par le serveur. Valeur refusée pour le test.',
      'Ligne 62 : La valeur 66 est refusée par le serveur. Valeur refusée pour le test.',
      'Envoi terminé.',
      '  enregistrées : 98',
      '  inchangées (valeur déjà enregistrée) : 0',
      "  déjà envoyées (rien d'ajouté) : 0",
      "  refusées par l'API : 2",
    ]);
  });

  it('retries an API that does not answer, then stops naming the address', async () => {
    const closed = new FakeIngestApi();
    await closed.start();
    await closed.stop();

    const result = await cciImport([
      'envoyer',
      await sheetFile(bigSheet(2)),
      '--cci',
      CCI,
      '--api',
      closed.url,
      '--reference',
      'reference.json',
      '--cle',
      KEY,
    ]);

    expect(result.code).toBe(EXIT_REFUSED);
    expect(result.sleeps).toEqual([1000, 2000, 4000, 8000]);
    expect(result.stderr[0]).toBe(
      `L'API ne répond pas à ${closed.url} (connexion refusée) : abandon après 5 essais.`,
    );
  });

  it('needs a key and a readable API address before reading the file', async () => {
    const noKey = await cciImport(['envoyer', 'absent.csv', '--cci', CCI]);
    expect(noKey.code).toBe(EXIT_BAD_INPUT);
    expect(noKey.stderr[0]).toBe("Clé d'API manquante : variable CCI_API_KEY ou option --cle.");
    const api = (address: string) =>
      cciImport(['envoyer', 'absent.csv', '--cci', CCI, '--api', address, '--cle', KEY]);
    expect((await api('127.0.0.1:3100')).stderr[0]).toBe(
      "Adresse d'API illisible : « 127.0.0.1:3100 » (exemple : http://127.0.0.1:3100).",
    );
    expect((await api('localhost:3100')).stderr[0]).toBe(
      "L'adresse d'API doit commencer par http:// ou https:// : « localhost:3100 ».",
    );
  });
});

describe('cci-import modele', () => {
  it("writes the template of the CCI's COM for the period, and never over an existing file", async () => {
    const quarterly = referenceData
      .indicatorsOfRegion('normandie')
      .filter((i) => i.frequency === 'quarterly');

    const written = await cciImport(['modele', '--cci', CCI, '--periode', '2024-T3']);
    const again = await cciImport(['modele', '--cci', CCI, '--periode', 'T3 2024']);

    const path = join(folder, 'modele-cci-rouen-metropole-2024-T3.csv');
    expect(written.code).toBe(EXIT_OK);
    expect(written.stdout[0]).toBe(`Modèle de ${quarterly.length} indicateurs écrit dans ${path}.`);
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines).toHaveLength(quarterly.length + 1);
    expect(again).toMatchObject({
      code: EXIT_BAD_INPUT,
      stderr: [`Le fichier ${path} existe déjà : choisissez un autre nom avec --sortie, ou supprimez-le.`],
    });
  });

  it('writes where --sortie says, with the catalogue of --reference', async () => {
    const result = await cciImport([
      'modele',
      '--cci',
      CCI,
      '--periode',
      '2025-T1',
      '--sortie',
      'rouen-t1.csv',
      '--reference',
      'reference.json',
    ]);

    expect(result.code).toBe(EXIT_OK);
    const text = await readFile(join(folder, 'rouen-t1.csv'), 'utf8');
    expect(text.trimEnd().split('\r\n')).toHaveLength(1 + 14 + 500);
  });
});
