export * from './tokens.js';
export * from './problems.js';
export * from './correlation-id.js';
export * from './problem-response.js';
export * from './api-key.guard.js';
export * from './http-setup.js';
export * from './method-not-allowed.js';
export * from './openapi/api-document.js';
