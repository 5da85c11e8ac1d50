export * from './environment.js';
export * from './service-logger.js';
export * from './service-metrics.js';
export * from './readiness.js';
export * from './service-identity.js';
export * from './service-app.js';
// Services inject their root logger under the token the shared HTTP pieces use.
export { ROOT_LOGGER } from '@cci/http-api';
