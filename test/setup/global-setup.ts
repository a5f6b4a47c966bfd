/**
 * The tests run against a real Neo4j: NEO4J_TEST_URI when given (that database is wiped by the
 * tests), otherwise the project's separate test instance on 127.0.0.1:7688, started here if it is
 * not running. It never shares data or ports with the instance `npm start` serves.
 */
import { loadConfig } from "../../src/config";
import { boltUri, startLocalNeo4j, TEST_INSTANCE } from "../../src/database/local/launcher";

export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_TEST_URI) return;
  const { password } = loadConfig().neo4j;
  const { startedNow } = await startLocalNeo4j(TEST_INSTANCE, password, (line) => console.log(line));
  process.env.NEO4J_TEST_URI = boltUri(TEST_INSTANCE);
  // Stop it afterwards only if this run started it and nobody asked to keep it (quicker re-runs).
  if (startedNow && !process.env.NEO4J_TEST_KEEP) process.env.PARTYGRAPH_STOP_TEST_NEO4J = "1";
}
