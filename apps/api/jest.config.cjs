const preset = require('../../jest.preset.cjs');

module.exports = {
  // Global, not per project: Jest reads testTimeout from the top-level config only. A ceiling, not
  // a wait: the tests wait on events, and a worker's cold start alone can take most of a minute
  // when both cores are busy.
  testTimeout: 180_000,
  projects: [
    { ...preset, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...preset,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.mjs',
      globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
      setupFiles: ['<rootDir>/test/support/fresh-graphql-metadata.ts'],
    },
  ],
};
