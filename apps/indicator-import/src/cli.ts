#!/usr/bin/env node
import { runCciImport } from './cci-import.js';

process.exitCode = await runCciImport(process.argv.slice(2), {
  stdout: (line) => {
    process.stdout.write(`${line}\n`);
  },
  stderr: (line) => {
    process.stderr.write(`${line}\n`);
  },
  progress: {
    write: (text) => {
      process.stderr.write(text);
    },
    isTTY: process.stderr.isTTY,
  },
  env: process.env,
  cwd: process.cwd(),
  now: () => new Date(),
  clock: () => performance.now(),
});
