import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createCredential } from '@cci/credentials';
import { bundledReferenceFiles, loadReferenceData, readEvent, type ReferenceFiles } from '@cci/domain';
import { createKafka, parseKafkaMessage, readEventLog } from '@cci/event-log';
import { freePort, startService, testServers, uniqueName, type ServiceProcess } from '@cci/test-support';

const apps = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'apps');
const cli = join(apps, 'indicator-import', 'dist', 'cli.js');
const ingestMain = join(apps, 'ingest-api', 'dist', 'main.js');
const run = promisify(execFile);

const CCI = 'cci-rouen-metropole';
const HEADER = 'CCI;Indicateur;Libellé;Période;Valeur;Unité;Commentaire';
/** Quarters of the COM 2023-2027 that have begun by the end of 2026, when this suite was written. */
const QUARTERS = [2023, 2024, 2025, 2026].flatMap((year) => [1, 2, 3, 4].map((q) => `${year}-T${q}`));
const INDICATORS = 625;

/** An extended catalogue, as a CCIR may run: 625 more quarterly indicators, 10 000 cells to 2026. */
function extendedReference(): ReferenceFiles {
  const [normandie, ...others] = bundledReferenceFiles.coms as [{ indicators: unknown[] }, ...unknown[]];
  return {
    ...bundledReferenceFiles,
    coms: [
      {
        ...normandie,
        indicators: [
          ...normandie.indicators,
          ...Array.from({ length: INDICATORS }, (_, i) => ({
            id: `indicateur-import-${i}`,
            axisId: 'transition-ecologique',
            label: `Indicateur importé ${i}`,
            unitId: 'entreprises',
            aggregation: 'sum',
            frequency: 'quarterly',
            source: 'ccir',
          })),
        ],
      },
      ...others,
    ],
  };
}

/**
 * 10 000 rows; row i is on line i + 2. Each figure moves far from its previous quarter's, so each
 * carries the comment the rule then asks for.
 */
function sheet(value: (i: number) => string): string {
  const rows = QUARTERS.flatMap((period, q) =>
    Array.from(
      { length: INDICATORS },
      (_, k) =>
        `${CCI};indicateur-import-${k};Indicateur importé;${period};${value(q * INDICATORS + k)};entreprises;Relevé du trimestre`,
    ),
  );
  return `${[HEADER, ...rows].join('\r\n')}\r\n`;
}

describe('cci-import against the real ingest API and broker', () => {
  const topic = uniqueName('events');
  const referenceFiles = extendedReference();
  const reference = loadReferenceData(referenceFiles);
  const kafka = createKafka({
    brokers: testServers().kafkaBrokers,
    clientId: 'import-test',
    logLevel: 'nothing',
  });
  let folder = '';
  let api: ServiceProcess;
  let url = '';
  let key = '';

  const envoyer = async (file: string) => {
    try {
      const { stdout } = await run(
        process.execPath,
        [
          cli,
          'envoyer',
          join(folder, file),
          '--cci',
          CCI,
          '--api',
          url,
          '--reference',
          join(folder, 'reference.json'),
        ],
        { env: { ...process.env, NODE_OPTIONS: '', CCI_API_KEY: key }, maxBuffer: 16 * 1024 * 1024 },
      );
      return { code: 0, stdout: stdout.trimEnd().split('\n'), stderr: '' };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout.trimEnd().split('\n'), stderr: failed.stderr };
    }
  };

  const logged = async () => {
    const events: { type: string; cciId: unknown; recordedBy: string; idempotencyKey: string | null }[] = [];
    await readEventLog(kafka, {
      topic,
      onBatch: ({ messages }) => {
        for (const message of messages) {
          const parsed = parseKafkaMessage(message);
          if ('unreadable' in parsed) throw new Error(parsed.unreadable);
          const read = readEvent(parsed.raw, reference);
          if ('rejection' in read) throw new Error(read.rejection.message);
          const { event } = read;
          events.push({
            type: event.type,
            cciId: (event.payload as { cciId?: unknown }).cciId,
            recordedBy: event.recordedBy,
            idempotencyKey: event.idempotencyKey,
          });
        }
        return Promise.resolve();
      },
    });
    return events;
  };

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'cci-import-e2e-'));
    await writeFile(join(folder, 'reference.json'), JSON.stringify(referenceFiles));
    const credentialsFile = join(folder, 'credentials.json');
    key = (await createCredential(credentialsFile, { cciId: CCI, label: 'tableur', reference })).key;
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    api = await startService({
      script: ingestMain,
      readyUrl: `${url}/health/ready`,
      timeoutMs: 60_000,
      env: {
        KAFKA_BROKERS: testServers().kafkaBrokers.join(','),
        EVENTS_TOPIC: topic,
        DEAD_LETTER_TOPIC: `${topic}-dlq`,
        CCI_CREDENTIALS_FILE: credentialsFile,
        REFERENCE_DATA_FILE: join(folder, 'reference.json'),
        PORT: String(port),
        LOG_LEVEL: 'warn',
      },
    });
  }, 90_000);

  afterAll(async () => {
    await api.kill('SIGTERM');
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: [topic, `${topic}-dlq`] }).catch(() => undefined);
    await admin.disconnect();
    await rm(folder, { recursive: true, force: true });
  });

  it('reports the 3 bad rows of a 10 000-row file and appends nothing', async () => {
    const bad: Record<number, string> = { 41: 'douze', 5000: '-4', 9997: '2,5' };
    await writeFile(
      join(folder, 'avec-erreurs.csv'),
      sheet((i) => bad[i] ?? String(i % 97)),
    );

    const result = await envoyer('avec-erreurs.csv');

    expect(result).toMatchObject({ code: 2 });
    expect(result.stdout).toEqual([
      "Ligne 43 : la valeur « douze » n'est pas un nombre.",
      'Ligne 5002 : Une valeur en entreprises ne peut pas être négative (-4).',
      'Ligne 9999 : Une valeur en entreprises est un nombre entier (2.5).',
      "3 lignes à corriger sur 10 000 : rien n'a été envoyé.",
    ]);
    expect(await logged()).toEqual([]);
  }, 60_000);

  it('appends the fixed file as 10 000 events once; sending it again appends nothing', async () => {
    await writeFile(
      join(folder, 'corrige.csv'),
      sheet((i) => String(i % 97)),
    );

    const first = await envoyer('corrige.csv');
    const again = await envoyer('corrige.csv');

    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toContain('  enregistrées : 10 000');
    expect(again).toMatchObject({ code: 0 });
    expect(again.stdout).toContain("  déjà envoyées (rien d'ajouté) : 10 000");
    const events = await logged();
    expect(events).toHaveLength(10_000);
    expect(new Set(events.map((e) => e.idempotencyKey)).size).toBe(10_000);
    expect(
      events.every((e) => e.type === 'IndicatorReported' && e.cciId === CCI && e.recordedBy === CCI),
    ).toBe(true);
  }, 180_000);
});
