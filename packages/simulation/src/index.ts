export * from './random.js';
export * from './synthetic-reference.js';
export * from './history-simulator.js';
export * from './campaign-reviews.js';
export * from './demo-network.js';
