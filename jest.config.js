// Unit and component tests. swc strips the types (tsc checks them separately in `npm run typecheck`).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } },
      },
    ],
  },
  moduleNameMapper: {
    '\\.(css|png|svg)$': '<rootDir>/test/support/file-stub.js',
  },
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  // Whole-workbook tests (a 20 000-row read, the CLI on real .xlsx files) take several seconds on a
  // loaded 2-core machine; jest's 5 s default failed them there. A hang still fails, later.
  testTimeout: 30_000,
};
