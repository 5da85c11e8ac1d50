import preset from '../../jest.preset.js';

// Integration tests wait on a real broker (group joins, acknowledgements from every in-sync replica).
export default { ...preset, testTimeout: 60_000 };
