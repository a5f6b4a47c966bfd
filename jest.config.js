/**
 * Tests run against a real Neo4j: a separate test instance (see test/setup/global-setup.ts). Files
 * run in parallel workers: each owns the ids under its own prefix (test/support/README.md).
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    // Transpile only: `npm test` type-checks the whole project once with tsc before jest runs.
    "^.+\\.ts$": ["ts-jest", { diagnostics: false }],
  },
  globalSetup: "<rootDir>/test/setup/global-setup.ts",
  globalTeardown: "<rootDir>/test/setup/global-teardown.ts",
  // Hooks load fixtures and start servers; with workers sharing the CPU with Neo4j they take longer.
  testTimeout: 60000,
  // Measured on the 2-core machine with Neo4j on it (see the closing note of issue 15): MAX_WORKERS.
  maxWorkers: 2,
};
