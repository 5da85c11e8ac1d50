#!/usr/bin/env node
// `npm test`: installs what is missing, starts the local Kafka broker, FerretDB, Keycloak and Mailpit (unless
// KAFKA_BROKERS / MONGO_URL / OIDC_ISSUER_URL / SMTP_URL point elsewhere), runs formatting, lint, type checks
// and every test tier (unit, integration, end-to-end, reliability, in that order), then stops the servers it
// started, whether the tests pass or fail.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

import { ensureSupportedNode } from '../lib/node-runtime.mjs';
import {
  ensureNodeModules,
  infra,
  infraEnvironment,
  localServersToStart,
  root,
  run,
  say,
} from '../lib/workspace.mjs';

await ensureSupportedNode();

process.env.TURBO_TELEMETRY_DISABLED = '1';
ensureNodeModules();
const startedHere = localServersToStart();
infra('up');

// The tests fall back to the local servers' addresses when KAFKA_BROKERS / MONGO_URL /
// OIDC_ISSUER_URL / SMTP_URL / MAILPIT_URL are unset.
const servers = infraEnvironment();
say(
  `servers: KAFKA_BROKERS=${servers.KAFKA_BROKERS} MONGO_URL=${servers.MONGO_URL} OIDC_ISSUER_URL=${servers.OIDC_ISSUER_URL}`,
);

let stopping = false;
function stop(status) {
  if (stopping) return;
  stopping = true;
  if (startedHere.length > 0) infra('down', ...startedHere);
  process.exit(status);
}
process.on('SIGINT', () => stop(130));
process.on('SIGTERM', () => stop(143));

const bin = (name) => join(root, 'node_modules', '.bin', name);
const turbo = ['run', '--output-logs=errors-only'];
const tiers = [
  { name: 'formatting', command: bin('prettier'), args: ['--check', '--log-level=warn', '.'] },
  {
    name: 'lint, types and unit tests',
    command: bin('turbo'),
    args: [...turbo, 'lint', 'typecheck', 'test:unit'],
  },
  {
    name: 'integration tests (real Kafka and FerretDB)',
    command: bin('turbo'),
    args: [...turbo, 'test:int', '--concurrency=1'],
  },
  {
    name: 'end-to-end tests (the built apps together, the dashboard in Chromium)',
    command: bin('turbo'),
    args: [...turbo, 'test:e2e', '--concurrency=1'],
  },
  {
    name: 'reliability suite (crashes, faults, hostile input, tenancy)',
    command: bin('turbo'),
    args: [...turbo, 'test:chaos', '--concurrency=1'],
  },
];

// Each test file's duration (infra/jest/file-timings-reporter.mjs), to name a tier's slowest files.
const timings = mkdtempSync(join(tmpdir(), 'cci-test-timings-'));

let status = 0;
for (const [index, tier] of tiers.entries()) {
  say(`running ${tier.name}`);
  const started = Date.now();
  process.env.CCI_TEST_TIMINGS = join(timings, `${index}.tsv`);
  status = run(tier.command, tier.args);
  say(
    `${tier.name}: ${status === 0 ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s`,
  );
  saySlowestFiles(process.env.CCI_TEST_TIMINGS);
  if (status !== 0) break;
}
rmSync(timings, { recursive: true, force: true });
stop(status);

function saySlowestFiles(file) {
  let lines;
  try {
    lines = readFileSync(file, 'utf8').trim().split('\n');
  } catch {
    return;
  }
  const slowest = lines
    .map((line) => line.split('\t'))
    .sort(([a], [b]) => Number(b) - Number(a))
    .slice(0, 8)
    .map(([seconds, path]) => `${seconds} s ${relative(root, path)}`);
  say(`  slowest files: ${slowest.join(' · ')}`);
}
