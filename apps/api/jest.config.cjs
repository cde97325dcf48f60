const { availableParallelism } = require('node:os');
const preset = require('../../jest.preset.cjs');

module.exports = {
  // Global, not per project: Jest reads testTimeout from the top-level config only. A ceiling, not
  // a wait: the tests wait on events, and a worker's cold start alone can take most of a minute
  // when both cores are busy.
  testTimeout: 180_000,
  // One file per core at a time, each integration file on its Jest worker's own database copy,
  // queue prefix and mailbox (test/support/lane.ts). The files mostly wait on PostgreSQL, Redis
  // and worker processes: on two cores the suite took 356 s one file at a time, 196 s two at a
  // time and 176 s three at a time (the slowest file 44, 53 and 67 s); two keep the margin.
  maxWorkers: availableParallelism(),
  projects: [
    { ...preset, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...preset,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.mjs',
      globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
      setupFiles: ['<rootDir>/test/support/lane.ts', '<rootDir>/test/support/fresh-graphql-metadata.ts'],
    },
  ],
};
