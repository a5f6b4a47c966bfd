/** Tests run against a real Neo4j: a separate test instance (see test/setup/global-setup.ts). */
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
  testTimeout: 30000,
  maxWorkers: 1,
};
