import neo4j, { Driver } from "neo4j-driver";
import { disableNagleOnDriverSockets } from "./no-delay";

export interface DriverOptions {
  uri: string;
  user: string;
  password: string;
}

/** Exported for the outage test, which derives from them how long a failing request may take. */
export const DRIVER_TIMEOUTS_MS = { connectionTimeout: 3000, connectionAcquisitionTimeout: 4000, maxTransactionRetryTime: 1000 } as const;

/**
 * One driver per process. Short connection and acquisition timeouts, and a one-second retry window
 * for managed transactions (whose back-off otherwise runs past 6 s), make a stopped database fail a
 * request within about 3 s instead of hanging it; the driver reconnects by itself when it is back.
 */
export function createDriver({ uri, user, password }: DriverOptions): Driver {
  disableNagleOnDriverSockets();
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    ...DRIVER_TIMEOUTS_MS,
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: true,
  });
}
