import preset from '../../jest.preset.js';

// The S3 store's tests talk to a server of their own.
export default { ...preset, testTimeout: 30_000 };
