import type { Driver } from "neo4j-driver";
import { ensureSchema } from "../../src/database/indexes";
import { testDriver } from "../support/database";

describe("ensureSchema", () => {
  let driver: Driver;
  beforeAll(async () => (driver = await testDriver()));
  afterAll(async () => {
    // The constraint first: its index can only go with it.
    await driver.executeQuery("DROP CONSTRAINT probe_race_constraint IF EXISTS");
    await driver.executeQuery("DROP INDEX probe_race_index IF EXISTS");
    await driver.close();
  });

  it("succeeds in every process that creates the same rules at the same time", async () => {
    // A label of this test's own, so the race is real (the project's rules exist already) and touches no one.
    const statements = [
      "CREATE INDEX probe_race_index IF NOT EXISTS FOR (n:ProbeRaceIndexes) ON (n.level)",
      "CREATE CONSTRAINT probe_race_constraint IF NOT EXISTS FOR (n:ProbeRaceIndexes) REQUIRE n.id IS UNIQUE",
    ];
    await expect(Promise.all([1, 2, 3, 4].map(() => ensureSchema(driver, { statements })))).resolves.toHaveLength(4);
    const { records } = await driver.executeQuery("SHOW INDEXES YIELD name WHERE name STARTS WITH 'probe_race_' RETURN count(*) AS n");
    expect(records[0].get("n")).toBe(2);
  });
});
