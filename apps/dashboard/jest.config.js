import preset from '../../jest.preset.js';

// The browser suite starts the whole read side and a browser: minutes, not seconds, on two cores.
export default { ...preset, testTimeout: 60_000 };
