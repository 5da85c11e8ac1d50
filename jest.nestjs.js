// @nestjs/throttler is CommonJS and require()s the ES modules @nestjs/common and @nestjs/core. Jest runs
// a CommonJS dependency while it is still linking the test file's module graph, so that require() would
// meet NestJS half-loaded and fail as a cycle (Node itself loads the same graph fine). Loading NestJS
// first, as a setup file, gives the require() finished modules.
await import('@nestjs/common');
await import('@nestjs/core');
