const preset = require('../../jest.preset.cjs');

// Fastify pulls in two ESM-only packages through require(); Jest's module loader cannot do that,
// so they are compiled to CommonJS for the tests.
const esmOnlyDeps = '(content-disposition|cookie)';
const common = {
  ...preset,
  transform: {
    ...preset.transform,
    [`/node_modules/${esmOnlyDeps}/.+\\.js$`]: ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' } }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!${esmOnlyDeps}/)`],
};

module.exports = {
  // Global, not per project: Jest reads testTimeout from the top-level config only.
  testTimeout: 60_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.mjs',
      globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
    },
  ],
};
