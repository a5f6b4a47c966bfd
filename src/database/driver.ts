import neo4j, { Driver } from "neo4j-driver";

export interface DriverOptions {
  uri: string;
  user: string;
  password: string;
}

/**
 * One driver per process. Short connection and acquisition timeouts make a stopped database
 * fail a request within seconds instead of hanging it; the driver reconnects by itself later.
 */
export function createDriver({ uri, user, password }: DriverOptions): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    connectionTimeout: 3000,
    connectionAcquisitionTimeout: 4000,
    maxTransactionRetryTime: 3000,
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: true,
  });
}
