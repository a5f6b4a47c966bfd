import type { Driver } from "neo4j-driver";
import type { Config } from "../config";
import { createDriver } from "./driver";
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
  if (!uri) ({ uri, startedNow } = await startLocalNeo4j(instance, config.neo4j.password, log));
  const { user, password, database, retrySeconds } = config.neo4j;
  const driver = createDriver({ uri, user, password, database, retrySeconds });
  try {
    await driver.verifyAuthentication();
  } catch (error) {
    await driver.close();
    const e = error as { code?: string; message: string };
    const cause = e.code?.startsWith("Neo.ClientError.Security")
      ? "refused NEO4J_USER/NEO4J_PASSWORD"
      : `does not answer (${e.message.split("\n")[0]})`;
    throw new LauncherError(`Neo4j at ${uri} ${cause}.`);
  }
  return { driver, uri, startedNow };
}
