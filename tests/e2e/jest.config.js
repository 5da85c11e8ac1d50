import preset from '../../jest.preset.js';

// Each file starts the whole stack and a browser: minutes, not seconds, on two cores; one file at a time.
export default { ...preset, testTimeout: 60_000 };
