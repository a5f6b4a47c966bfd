import type { Driver } from "neo4j-driver";

export type Health =
  | { status: "ok"; neo4j: { version: string; edition: string; address: string } }
  | { status: "unavailable"; reason: string };

const COMPONENTS = "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition";

/**
 * Asks Neo4j who it is; any failure is reported as a reason, never thrown. An auto-commit query
 * is used because the driver's managed transactions retry for seconds, and a health check must
 * answer fast.
 */
export async function checkHealth(driver: Driver, timeoutMs = 3000): Promise<Health> {
  const session = driver.session({ defaultAccessMode: "READ" });
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    const result = await Promise.race([session.run(COMPONENTS, {}, { timeout: timeoutMs }), timeout]);
    const record = result.records[0];
    return {
      status: "ok",
      neo4j: { version: record.get("version"), edition: record.get("edition"), address: result.summary.server.address ?? "" },
    };
  } catch (error) {
    return { status: "unavailable", reason: `Neo4j does not answer: ${(error as Error).message.split("\n")[0]}` };
  } finally {
    clearTimeout(timer);
    void session.close().catch(() => undefined);
  }
}
