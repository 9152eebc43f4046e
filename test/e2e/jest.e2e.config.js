// End-to-end tests in Debian's chromium on the built preview. Run with `node scripts/e2e.mjs`
// (or `npx jest -c test/e2e/jest.e2e.config.js`); the main jest config leaves test/e2e/ out.
const path = require('node:path');

/** @type {import('jest').Config} */
module.exports = {
  rootDir: path.resolve(__dirname, '../..'),
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  // *.e2e.ts need the browser; unit/*.test.ts test the preview's pure helpers without one.
  testMatch: ['**/*.e2e.ts', '**/unit/*.test.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } },
      },
    ],
  },
  globalSetup: '<rootDir>/test/e2e/support/global-setup.ts',
  // One browser, one build: the tests share them and run one after another.
  maxWorkers: 1,
  testTimeout: 180_000,
};
