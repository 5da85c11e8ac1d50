#!/usr/bin/env node
import { userInfo } from 'node:os';

import { referenceDataFrom } from '@cci/reference-files';

import { ingestConfig } from '../config/ingest-config.js';
import { runPeopleCli } from './people-cli.js';

const config = ingestConfig(process.env);
process.exitCode = await runPeopleCli(process.argv.slice(2), {
  stdout: (line) => {
    process.stdout.write(`${line}\n`);
  },
  stderr: (line) => {
    process.stderr.write(`${line}\n`);
  },
  config,
  reference: referenceDataFrom(config.referenceDataFile),
  operator: process.env.CCI_OPERATEUR ?? userInfo().username,
});
