#!/usr/bin/env node
import { ingestConfig } from './config/ingest-config.js';
import { createIngestApp } from './ingest-app.js';

const config = ingestConfig(process.env);
const app = await createIngestApp(config);
await app.listen(config.port, config.host);
