#!/usr/bin/env node
import { referenceData } from '@cci/domain';

import { runCciKeys } from './cci-keys.js';

process.exitCode = await runCciKeys(process.argv.slice(2), {
  stdout: (line) => {
    process.stdout.write(`${line}\n`);
  },
  stderr: (line) => {
    process.stderr.write(`${line}\n`);
  },
  env: process.env,
  cwd: process.cwd(),
  reference: referenceData,
});
