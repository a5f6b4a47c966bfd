/**
 * What the launcher configures on the Neo4j instances it runs (src/database/local/launcher.ts), read
 * back from the running server. Only when the tests run on the launcher's own test instance, not on a
 * NEO4J_TEST_URI someone else configured.
 */
import type { Driver } from "neo4j-driver";
import { boltUri, TEST_INSTANCE } from "../../src/database/local/launcher";
import { testDriver } from "../support/database";

const ours = process.env.NEO4J_TEST_URI === boltUri(TEST_INSTANCE);

(ours ? describe : describe.skip)("a Neo4j the launcher runs", () => {
  let driver: Driver;
  beforeAll(async () => (driver = await testDriver()));
  afterAll(() => driver.close());

  it("keeps 1 GB of transaction logs, not Neo4j's default two days, which grew to 30 GB over an evening of imports", async () => {
    const { records } = await driver.executeQuery("SHOW SETTINGS YIELD name, value WHERE name = 'db.tx_log.rotation.retention_policy' RETURN value");
    expect(records.map((r) => r.get("value"))).toEqual(["1G size"]);
  });
});
