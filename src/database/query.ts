import neo4j, { Driver, QueryResult } from "neo4j-driver";
import { settingsOf } from "./driver";

/** neo4j-driver's fetch size for "every record at once". */
const FETCH_ALL = -1;

/**
 * Server-side limit for a query issued by the API, so one query cannot hold the database. It counts
 * Neo4j's planning too, and planning a deeply nested query for the first time (a depth-10 orgTree,
 * suggestPartners) took 8-13 s on a busy 2-core machine, as did the first queries after a restart
 * with a cold page cache; 30 s still stops a runaway query long before it hurts the database.
 */
export const QUERY_TIMEOUT_MS = 30_000;

const FIRST_PAUSE_MS = 100;
const LONGEST_PAUSE_MS = 2000;

/**
 * Runs a parameterized read as an auto-commit transaction: one round trip (RUN and PULL) where a
 * managed transaction (executeQuery, executeRead) takes two (BEGIN, RUN, PULL, then COMMIT), 0.7 ms
 * of a 2 ms query here. All its records come in that one round trip: the driver would otherwise
 * PULL them 1,000 at a time, a round trip each, and every answer is kept whole in memory anyway.
 *
 * The session is a READ session (on a cluster, a secondary serves it) on the named database with the
 * process's bookmark manager (driver.ts). An auto-commit transaction is not retried by the driver,
 * so a read that fails for a transient reason (no server, a leader election, a restart) is retried
 * here, with growing pauses, within the driver's retry window; a read changes nothing, so
 * running it again is always safe.
 */
export async function runRead(driver: Driver, cypher: string, params: Record<string, unknown>): Promise<QueryResult> {
  const deadline = Date.now() + settingsOf(driver).retrySeconds * 1000;
  for (let pause = FIRST_PAUSE_MS; ; pause = Math.min(pause * 2, LONGEST_PAUSE_MS)) {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ, fetchSize: FETCH_ALL });
    try {
      return await session.run(cypher, params, { timeout: QUERY_TIMEOUT_MS });
    } catch (error) {
      if (!neo4j.isRetriableError(error) || Date.now() + pause > deadline) throw error;
    } finally {
      await session.close();
    }
    await new Promise((resolve) => setTimeout(resolve, pause * (0.5 + Math.random() / 2)));
  }
}

/**
 * A read (see runRead), its rows as plain objects. Copied by index rather than by the driver's
 * `Record.toObject`, which walks a transpiled generator per record: 1.0 ms against 0.12 ms for a
 * wide street's 2,050 rows.
 */
export async function readQuery<Row>(driver: Driver, cypher: string, params: Record<string, unknown>): Promise<Row[]> {
  const { records } = await runRead(driver, cypher, params);
  if (records.length === 0) return [];
  const keys = records[0].keys as string[];
  return records.map((record) => {
    const row: Record<string, unknown> = {};
    for (let k = 0; k < keys.length; k++) row[keys[k]] = record.get(k);
    return row as Row;
  });
}
