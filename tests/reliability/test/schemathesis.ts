import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { ReferenceData } from '@cci/domain';

const repository = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const hooks = join(repository, 'tests', 'reliability', 'schemathesis', 'hooks.py');

/** Where `infra/bin/infra install` puts schemathesis (pinned in infra/python/requirements.txt). */
export function schemathesisBinary(): string {
  const local = process.env.CCI_LOCAL_DIR ?? join(repository, '.local');
  return join(local, 'python', 'bin', 'schemathesis');
}

/** Who the fuzzer writes and reads as: a CCI, its region, and the values it names things with. */
export type Writer = { cciId: string; regionId: string };

const quoted = (values: readonly (string | number)[]) =>
  `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;

/**
 * The fuzzer's configuration. Dictionaries give the generated requests, half of the time, the ids the
 * reference data knows and the writer's own CCI and region, so that some of them pass tenancy and the
 * look-ups and reach the decisions and the views; the other half stays as the schema draws it.
 */
export function schemathesisConfig(reference: ReferenceData, writer: Writer): string {
  const indicators = reference.indicatorsOfRegion(writer.regionId);
  const com = reference.comOfRegion(writer.regionId);
  const dictionaries: Record<string, readonly (string | number)[]> = {
    writer: [writer.cciId],
    region: [writer.regionId],
    ccis: reference.ccisOfRegion(writer.regionId).map((c) => c.id),
    'macro-processes': reference.macroProcesses().map((m) => m.id),
    indicators: indicators.map((i) => i.id),
    units: [...new Set(indicators.map((i) => i.unitId))],
    periods: com ? reference.reportingPeriods(com.id).map((p) => p.period) : ['2024-T3'],
    coms: com ? [com.id] : ['com-normandie-2023-2027'],
    bodies: reference.governanceBodies.map((b) => b.id),
  };
  const bindings: Record<string, string> = {
    'body.cciId': 'writer',
    'body.ownerCciId': 'writer',
    'body.regionId': 'region',
    'body.macroProcessId': 'macro-processes',
    'body.indicatorId': 'indicators',
    'body.unitId': 'units',
    'body.period': 'periods',
    'body.comId': 'coms',
    'body.decidedBy.bodyId': 'bodies',
    'body.commands[*].body.cciId': 'writer',
    'body.commands[*].body.indicatorId': 'indicators',
    'body.commands[*].body.unitId': 'units',
    'body.commands[*].body.period': 'periods',
    'path.regionId': 'region',
    'path.cciId': 'ccis',
    'path.macroProcessId': 'macro-processes',
    'path.indicatorId': 'indicators',
    'query.cciId': 'ccis',
  };
  return [
    '[checks.positive_data_acceptance]',
    '# 422 also answers the rules no schema can state (business rules, an idempotency key used for',
    '# another request): hooks.py checks that such a 422 is one of them, never a field the server refuses.',
    'expected-statuses = ["2xx", "3xx", "401", "403", "404", "409", "422", "429", "5xx"]',
    '',
    ...Object.entries(dictionaries).flatMap(([name, values]) => [
      `[dictionaries.${name}]`,
      `values = ${quoted(values)}`,
      '',
    ]),
    '[parameters]',
    ...Object.entries(bindings).map(
      ([key, dictionary]) => `"${key}" = { dictionary = "${dictionary}", probability = 0.5 }`,
    ),
    '',
  ].join('\n');
}

export type SchemathesisRun = { status: number | null; output: string };

/**
 * One `schemathesis run` against a served document, with every check (and hooks.py's), the key
 * given, and at most `maxExamples` cases per operation. The stateful phase is left out: the documents
 * declare no links between operations for it to follow.
 */
export async function runSchemathesis(options: {
  documentUrl: string;
  key: string;
  config: string;
  maxExamples: number;
  seed: number;
  extra?: readonly string[];
}): Promise<SchemathesisRun> {
  const binary = schemathesisBinary();
  if (!existsSync(binary))
    throw new Error(`schemathesis est introuvable (${binary}) : lancez « infra/bin/infra install ».`);
  const dir = mkdtempSync(join(tmpdir(), 'cci-schemathesis-'));
  const configFile = join(dir, 'schemathesis.toml');
  writeFileSync(configFile, options.config);
  try {
    return await new Promise<SchemathesisRun>((resolve, reject) => {
      const child = spawn(
        binary,
        [
          '--config-file',
          configFile,
          '--no-color',
          'run',
          options.documentUrl,
          '--checks',
          'all',
          '--phases',
          'examples,coverage,fuzzing',
          '--max-examples',
          String(options.maxExamples),
          '--seed',
          String(options.seed),
          '--workers',
          '1',
          '--generation-database',
          'none',
          '--request-timeout',
          '30',
          '--header',
          `Authorization: Bearer ${options.key}`,
          ...(options.extra ?? []),
        ],
        { cwd: dir, env: { ...process.env, SCHEMATHESIS_HOOKS: hooks, NO_COLOR: '1' } },
      );
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      child.on('error', reject);
      child.on('close', (status) => {
        resolve({ status, output });
      });
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
