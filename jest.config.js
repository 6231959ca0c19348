/** Unit tests run alone; integration tests (*.int.test.ts) share one real Neo4j and run in band. */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];

/** @type {import('jest').Config} */
module.exports = {
  maxWorkers: 1,
  testTimeout: 60_000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': tsJest },
      setupFiles: ['reflect-metadata'],
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': tsJest },
      setupFiles: ['reflect-metadata'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/clean-database-per-file.ts'],
      testMatch: ['<rootDir>/test/integration/**/*.int.test.ts', '<rootDir>/test/e2e/**/*.e2e.test.ts'],
    },
  ],
};
