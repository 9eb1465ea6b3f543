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
  // A global option (ignored inside `projects`): e2e files build an app and fixtures in beforeAll,
  // which takes longer than Jest's 5 s default on a busy 2-core machine.
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
