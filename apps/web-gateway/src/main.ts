#!/usr/bin/env node
import { readGatewayConfig } from './config/gateway-config.js';
import { createGatewayApp } from './gateway-app.js';

const config = readGatewayConfig(process.env);
const app = await createGatewayApp(config);
await app.listen(config.port, config.host);
