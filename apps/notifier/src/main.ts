#!/usr/bin/env node
import { notifierConfig } from './config/notifier-config.js';
import { createNotifierApp } from './notifier-app.js';

const config = notifierConfig(process.env);
const app = await createNotifierApp(config);
await app.listen(config.port, config.host);
