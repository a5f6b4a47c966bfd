import type { Driver } from "neo4j-driver";
import type { Config } from "../config";
import { createDriver } from "./driver";
import { isSecurityError } from "./driver-errors";
import { DEV_INSTANCE, LauncherError, LocalInstance, startLocalNeo4j } from "./local/launcher";

export interface Connection {
  driver: Driver;
  uri: string;
  /** True when this process started the local Neo4j (and so may stop it). */
  startedNow: boolean;
}

/** The database the config names: the one at NEO4J_URI, or the project's local instance, started if need be. */
export async function connect(config: Config, log: (line: string) => void, instance: LocalInstance = DEV_INSTANCE): Promise<Connection> {
  let uri = config.neo4j.uri;
  let startedNow = false;
  if (!uri) {
    ({ uri, startedNow } = await startLocalNeo4j(instance, config.neo4j.password, log));
    if (!startedNow) log(`Neo4j (${instance.name}) already runs on ${uri}.`);
  }
  const { user, password, database, retrySeconds } = config.neo4j;
  const driver = createDriver({ uri, user, password, database, retrySeconds });
  let cause: string | undefined;
  try {
    // verifyAuthentication resolves false, not throws, when the server refuses the credentials.
    if (!(await driver.verifyAuthentication())) cause = "refused NEO4J_USER/NEO4J_PASSWORD";
  } catch (error) {
    cause = isSecurityError(error) ? "refused NEO4J_USER/NEO4J_PASSWORD" : `does not answer (${String((error as Error).message).split("\n")[0]})`;
  }
  if (cause) {
    await driver.close();
    throw new LauncherError(`Neo4j at ${uri} ${cause}.`);
  }
  return { driver, uri, startedNow };
}
