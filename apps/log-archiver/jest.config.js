import preset from '../../jest.preset.js';

export default { ...preset, setupFilesAfterEnv: ['<rootDir>/../../jest.nestjs.js'], testTimeout: 60_000 };
