import preset from '../../jest.preset.js';

// Each file starts real services and drives them hard: generous timeouts, one file at a time.
export default { ...preset, testTimeout: 120_000 };
