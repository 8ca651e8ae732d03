// Two tiers, as Apollo and grpc-js organise theirs: fast unit tests with fakes,
// and integration tests against real servers on 127.0.0.1:0.
const transform = { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022' } }] };
const common = {
  transform,
  testEnvironment: 'node',
  setupFilesAfterEnv: ['<rootDir>/test/support/fail-on-console.ts'],
};

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      slowTestThreshold: 10,
    },
  ],
};
