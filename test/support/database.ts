import type { Driver } from "neo4j-driver";
import { loadConfig } from "../../src/config";
import { createDriver } from "../../src/database/driver";
import { ensureSchema } from "../../src/database/indexes";

/** A driver to the test database (see test/setup/global-setup.ts), with the schema in place. */
export async function testDriver(): Promise<Driver> {
  const uri = process.env.NEO4J_TEST_URI;
  if (!uri) throw new Error("NEO4J_TEST_URI is not set: did jest's globalSetup (test/setup/global-setup.ts) run?");
  const { user, password } = loadConfig().neo4j;
  const driver = createDriver({ uri, user: process.env.NEO4J_TEST_USER ?? user, password: process.env.NEO4J_TEST_PASSWORD ?? password });
  await ensureSchema(driver);
  return driver;
}

/** The graph's nodes and links: entities, not the history kept beside them (src/history/changes.ts). */
export async function countGraph(driver: Driver): Promise<{ nodes: number; links: number }> {
  const { records } = await driver.executeQuery(
    "CALL () { MATCH (n:Entity) RETURN count(n) AS nodes } CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS links } RETURN nodes, links",
  );
  return { nodes: records[0].get("nodes"), links: records[0].get("links") };
}
