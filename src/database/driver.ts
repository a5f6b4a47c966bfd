import neo4j, { Driver, SessionConfig } from "neo4j-driver";
import { speedUp } from "../speed-switches";
import { disableNagleOnDriverSockets } from "./no-delay";
import { coalesceDriverSocketWrites } from "./coalesce-writes";
import { joinMessagePieces } from "./join-chunks";

export interface DriverOptions {
  uri: string;
  user: string;
  password: string;
  /** The database every session and query names (NEO4J_DATABASE); default "neo4j". */
  database?: string;
  /** How long a managed transaction (a write) or a read (query.ts) is retried on a transient failure. */
  retrySeconds?: number;
}

export const DEFAULT_DATABASE = "neo4j";
/** The connection timeouts; the outage test derives from them how long a failing request may take. */
export const DRIVER_TIMEOUTS_MS = { connectionTimeout: 3000, connectionAcquisitionTimeout: 4000 } as const;
/**
 * Long enough to ride out a cluster's leader election or a single server's restart (seconds to
 * tens of seconds); a request then waits rather than fails. NEO4J_RETRY_SECONDS shortens it where
 * failing fast matters more.
 */
export const DEFAULT_RETRY_SECONDS = 30;

/**
 * One driver per process. Short connection and acquisition timeouts keep a dead database from
 * hanging a request on a socket; the retry window decides how long a request keeps trying.
 *
 * neo4j-driver has no default-database option, so the driver is wrapped to name it on every session
 * and every executeQuery: a session without one asks the server for the user's home database first
 * (an extra round trip, and on a cluster a routing-table fetch). Sessions also share the driver's
 * one bookmark manager (the one executeQuery and @neo4j/graphql use), so within a process every read
 * sees every write that process made, on a cluster's secondaries too.
 */
export function createDriver({ uri, user, password, database = DEFAULT_DATABASE, retrySeconds = DEFAULT_RETRY_SECONDS }: DriverOptions): Driver {
  if (speedUp("nagle")) disableNagleOnDriverSockets();
  if (speedUp("cork")) coalesceDriverSocketWrites();
  if (speedUp("joinChunks")) joinMessagePieces();
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    ...DRIVER_TIMEOUTS_MS,
    maxTransactionRetryTime: retrySeconds * 1000,
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: true,
  });
  return forDatabase(driver, { database, retrySeconds });
}

/** Marks a wrapped driver, and carries what its readers need (query.ts). */
const SETTINGS = Symbol.for("partygraph.driverSettings");

export interface DriverSettings {
  database: string;
  retrySeconds: number;
  /** Extra bookmarks a request carries (read-your-writes across API replicas); see withBookmarks. */
  bookmarks: string[];
}

/** The database, retry window and request bookmarks of a driver made here; defaults for any other driver. */
export function settingsOf(driver: Driver): DriverSettings {
  return (driver as Driver & { [SETTINGS]?: DriverSettings })[SETTINGS] ?? { database: DEFAULT_DATABASE, retrySeconds: DEFAULT_RETRY_SECONDS, bookmarks: [] };
}

function wrap(driver: Driver, settings: DriverSettings): Driver {
  const sessionDefaults = (config: SessionConfig = {}): SessionConfig => ({
    ...config,
    database: config.database ?? settings.database,
    bookmarkManager: config.bookmarkManager ?? driver.executeQueryBookmarkManager,
    bookmarks: settings.bookmarks.length ? [...settings.bookmarks, ...toList(config.bookmarks)] : config.bookmarks,
  });
  return new Proxy(driver, {
    get(target, property) {
      if (property === SETTINGS) return settings;
      if (property === "session") return (config?: SessionConfig) => target.session(sessionDefaults(config));
      if (property === "executeQuery") {
        return (query: string, params?: Record<string, unknown>, config: Record<string, unknown> = {}) =>
          target.executeQuery(query, params, { database: settings.database, ...config });
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

const toList = (bookmarks: SessionConfig["bookmarks"]): string[] => (bookmarks === undefined ? [] : Array.isArray(bookmarks) ? bookmarks : [bookmarks]);

/** The driver as createDriver wraps it: sessions and queries name `database` and share one bookmark manager. */
export function forDatabase(driver: Driver, { database, retrySeconds }: { database: string; retrySeconds: number }): Driver {
  return wrap(driver, { database, retrySeconds, bookmarks: [] });
}

/**
 * The same driver for one request that carries bookmarks (from another API replica's write): its
 * sessions wait until the database has caught up with them. The connections are shared; only the
 * sessions' configuration differs.
 */
export function withBookmarks(driver: Driver, bookmarks: string[]): Driver {
  if (!bookmarks.length) return driver;
  // Wrapping the (possibly wrapped) driver keeps whatever wraps it, e.g. a test's counting driver.
  return wrap(driver, { ...settingsOf(driver), bookmarks });
}
