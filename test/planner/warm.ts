import type { Driver } from "neo4j-driver";

/**
 * Runs a statement once, with no timeout, so that Neo4j has planned it before a test sends the same
 * text through the API (whose reads stop after 10 s). The planner's statements are long: on the
 * shared test machine (load average above 20) the first planning of suggestPartners took 9 s, and
 * later ones come from the plan cache in milliseconds. What the tests check is the answer, not that.
 */
export async function planOnce(driver: Driver, cypher: string, params: Record<string, unknown>): Promise<void> {
  const session = driver.session();
  try {
    await session.run(cypher, params);
  } finally {
    await session.close();
  }
}
