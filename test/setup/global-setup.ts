/**
 * The tests run against a real Neo4j: NEO4J_TEST_URI when given, otherwise the project's separate
 * test instance on 127.0.0.1:7688 (NEO4J_TEST_BOLT_PORT for another), started here if it is not
 * running. It never shares data or ports with the instance `npm start` serves. No test empties it:
 * each file owns the ids under its own prefix (test/support/test-graph.ts), so files run in parallel.
 */
import { loadConfig } from "../../src/config";
import { createDriver } from "../../src/database/driver";
import { ensureSchema } from "../../src/database/indexes";
import { boltUri, startLocalNeo4j, TEST_INSTANCE } from "../../src/database/local/launcher";

export default async function globalSetup(): Promise<void> {
  const { user, password } = loadConfig().neo4j;
  if (!process.env.NEO4J_TEST_URI) {
    const { startedNow } = await startLocalNeo4j(TEST_INSTANCE, password, (line) => console.log(line));
    process.env.NEO4J_TEST_URI = boltUri(TEST_INSTANCE);
    // Stop it afterwards only if this run started it and nobody asked to keep it (quicker re-runs).
    if (startedNow && !process.env.NEO4J_TEST_KEEP) process.env.PARTYGRAPH_STOP_TEST_NEO4J = "1";
  }
  // Once, before the workers start: several workers creating the same constraint at once can
  // collide, where creating one that already exists (testDriver does) is a no-op.
  const driver = createDriver({ uri: process.env.NEO4J_TEST_URI, user: process.env.NEO4J_TEST_USER ?? user, password: process.env.NEO4J_TEST_PASSWORD ?? password });
  try {
    await ensureSchema(driver);
  } finally {
    await driver.close();
  }
}
