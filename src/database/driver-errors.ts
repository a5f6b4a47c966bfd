/**
 * neo4j-driver's errors, recognised by their codes. Measured with neo4j-driver 5.28 against
 * Neo4j 5.26 (a stopped port, a wrong password, a pool of one held busy, a closed driver):
 * - nothing listening: code ServiceUnavailable (also from verifyAuthentication/verifyConnectivity);
 * - a connection lost mid-transaction: SessionExpired; a database still starting:
 *   Neo.TransientError.General.DatabaseUnavailable;
 * - a wrong user or password: Neo.ClientError.Security.Unauthorized, which verifyAuthentication
 *   turns into `false` rather than an error;
 * - the pool's own two refusals, "Connection acquisition timed out in N ms" and "Pool is closed",
 *   carry no code at all (code "N/A", gqlStatus 50N42, the driver's "unexpected error"): for those
 *   alone the message is the only sign, so they are matched on the driver's exact wording.
 */
import { error as driverError } from "neo4j-driver";

const DATABASE_DOWN = new Set<string>([driverError.SERVICE_UNAVAILABLE, driverError.SESSION_EXPIRED, "Neo.TransientError.General.DatabaseUnavailable"]);
const NO_CODE = "N/A";
const POOL_GAVE_UP = /^(Connection acquisition timed out in \d+ ms|Pool is closed, it is no more able to serve requests)/;

function fields(error: unknown): { name: string; code: string; message: string } {
  const e = (error ?? {}) as { name?: unknown; code?: unknown; message?: unknown };
  const text = (v: unknown): string => (typeof v === "string" ? v : "");
  return { name: text(e.name), code: text(e.code), message: text(e.message) };
}

/** The database does not answer (down, restarting, unreachable) or this process can get no connection to it. */
export function isDatabaseDown(error: unknown): boolean {
  const { name, code, message } = fields(error);
  if (DATABASE_DOWN.has(code)) return true;
  return name === "Neo4jError" && code === NO_CODE && POOL_GAVE_UP.test(message);
}

/** Neo4j refused a login or a right: every such refusal has a Neo.ClientError.Security.* code. */
export function isSecurityError(error: unknown): boolean {
  return fields(error).code.startsWith("Neo.ClientError.Security.");
}
