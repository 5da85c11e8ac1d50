export * from './projector-config.js';
export * from './projector-app.js';
export * from './projector-cli.js';
export * from './projector-host.js';
