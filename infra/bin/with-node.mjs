#!/usr/bin/env node
// `node infra/bin/with-node.mjs <command> [args...]`: runs a command of the workspace (turbo, jest...)
// on the Node.js release of `.nvmrc`, fetched first when the Node running this script is older. The
// package scripts a developer runs by hand (`npm run check`...) go through it.
import { ensureSupportedNode } from '../lib/node-runtime.mjs';
import { run, say } from '../lib/workspace.mjs';

await ensureSupportedNode();
const [command, ...args] = process.argv.slice(2);
if (!command) {
  say('usage: node infra/bin/with-node.mjs <command> [args...]');
  process.exit(2);
}
process.exit(run(command, args, { cwd: process.cwd() }));
