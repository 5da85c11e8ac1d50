#!/usr/bin/env node
// `npm start`: installs what is missing, starts the local servers (unless KAFKA_BROKERS / MONGO_URL
// point elsewhere) and keeps them up until Ctrl-C, then stops what it started.
import { ensureNodeModules, infra, infraEnvironment, localInfraRunning, say } from '../lib/workspace.mjs';

ensureNodeModules();
const startedHere = !localInfraRunning();
infra('up');
const servers = infraEnvironment();
say(`Kafka: ${servers.KAFKA_BROKERS}`);
say(`MongoDB (FerretDB): ${servers.MONGO_URL}`);
say('Ctrl-C stops everything that was started here.');

function stop() {
  if (startedHere) infra('down');
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => undefined, 60_000);
