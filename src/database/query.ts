import type { Driver } from "neo4j-driver";

/** Default server-side limit for a read issued by the API, so one query cannot hold the database. */
export const QUERY_TIMEOUT_MS = 10_000;

/** Runs a parameterized read and returns its rows as plain objects. */
export async function readQuery<Row>(driver: Driver, cypher: string, params: Record<string, unknown>): Promise<Row[]> {
  const { records } = await driver.executeQuery(cypher, params, {
    routing: "READ",
    transactionConfig: { timeout: QUERY_TIMEOUT_MS },
  });
  return records.map((r) => r.toObject() as Row);
}
