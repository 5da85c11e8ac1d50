#!/usr/bin/env node
import { createArchiverApp } from './archiver-app.js';
import { archiverConfig } from './config/archiver-config.js';

const config = archiverConfig(process.env);
const app = await createArchiverApp(config);
await app.listen(config.port, config.host);
