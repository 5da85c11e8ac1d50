export * from './coalescing-batch.js';
export * from './partition-health.js';
export * from './projector-runner.js';
export * from './rebuild.js';
export * from './replay-comparison.js';
export * from './projectors.js';
export * from './projection-versions.js';
