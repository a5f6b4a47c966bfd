/**
 * The project's local Neo4j instances: each (dev for `npm start`, test for `npm test`, bench) has its
 * own home, ports and data under .neo4j/<name>, so the tests never touch the data `npm start` serves.
 * All of them run the one set of jars in .neo4j/lib.
 */
import path from "node:path";
import { ROOT } from "../../paths";

export interface LocalInstance {
  name: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
}

// Sized for a 2-core, 24 GB machine that also runs Node, the test instance and a browser.
export const DEV_INSTANCE: LocalInstance = { name: "dev", boltPort: 7687, httpPort: 7474, heap: "2g", pageCache: "2g" };
/** `npm run demo`: a synthetic city of its own, never mixed with the seed graph of the dev instance. */
export const DEMO_INSTANCE: LocalInstance = { name: "demo", boltPort: 7697, httpPort: 7484, heap: "1g", pageCache: "512m" };
export const TEST_INSTANCE: LocalInstance = testInstance(Number(process.env.NEO4J_TEST_BOLT_PORT) || 7688);

/** The test instance; another bolt port gives a separate one, so two test runs can go side by side. */
export function testInstance(boltPort: number): LocalInstance {
  const name = boltPort === 7688 ? "test" : `test-${boltPort}`;
  return { name, boltPort, httpPort: boltPort + 10000, heap: "1g", pageCache: "512m" };
}

export const NEO4J_DIR = path.join(ROOT, ".neo4j");
export const LIB_DIR = path.join(NEO4J_DIR, "lib");

export function homeOf(instance: LocalInstance): string {
  return path.join(NEO4J_DIR, instance.name);
}

/** neo4j:// (routing), as a cluster is addressed: a single Community server answers it with itself as its routing table. */
export function boltUri(instance: LocalInstance): string {
  return `neo4j://127.0.0.1:${instance.boltPort}`;
}
