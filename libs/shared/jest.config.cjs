const preset = require('../../jest.preset.cjs');
module.exports = { ...preset, displayName: 'shared', testMatch: ['<rootDir>/src/**/*.spec.ts'] };
