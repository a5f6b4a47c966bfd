import { stopLocalNeo4j, TEST_INSTANCE } from "../../src/database/local/launcher";

export default async function globalTeardown(): Promise<void> {
  if (process.env.PARTYGRAPH_STOP_TEST_NEO4J === "1") await stopLocalNeo4j(TEST_INSTANCE, () => undefined);
}
