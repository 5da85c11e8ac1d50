export * from './contract-files.js';
export * from './git-history.js';
export * from './oasdiff.js';
export * from './openapi-contract.js';
export * from './openapi-examples.js';
