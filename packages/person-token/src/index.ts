export * from './person-token.js';
export * from './key-files.js';
export * from './unsubscribe-token.js';
