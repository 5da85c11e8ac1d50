#!/usr/bin/env node
import { readConfig } from './config/read-config.js';
import { createReadApp } from './read-app.js';

const config = readConfig(process.env);
const app = await createReadApp(config);
await app.listen(config.port, config.host);
