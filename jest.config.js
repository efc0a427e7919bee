/**
 * One embedded Neo4j per run (started by the global setup, or NEO4J_URI when set).
 * Files run one at a time because Neo4j Community has a single user database and each
 * file resets it to the data it needs.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  globalSetup: '<rootDir>/test/support/globalSetup.ts',
  globalTeardown: '<rootDir>/test/support/globalTeardown.ts',
  maxWorkers: 1,
  testTimeout: 120000,
};
