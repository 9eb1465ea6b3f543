// Jest runs in native ESM mode (NestJS 12 packages are ESM-only); @swc/jest strips
// types and emits decorator metadata. `npm test` runs both projects.
const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['@swc/jest'] },
};

export default {
  maxWorkers: 2,
  // Global on purpose: jest-circus reads only the global testTimeout; inside a project it is ignored
  // (hooks then got 5 s and e2e files failed under load).
  testTimeout: 60000,
  projects: [
    { ...shared, displayName: 'unit', roots: ['<rootDir>/src'], testMatch: ['**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'e2e',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/global-setup.mjs',
      globalTeardown: '<rootDir>/test/global-teardown.mjs',
    },
  ],
};
