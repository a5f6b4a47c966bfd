import type { JWTPayload } from "jose";
import type { Driver, QueryResult, Session } from "neo4j-driver";
import { withBookmarks } from "../database/driver";
import { QUERY_TIMEOUT_MS } from "../database/query";
import { createLoaders, Loaders } from "./loaders";
import type { Viewer } from "../auth/verify-token";
import type { SessionLike } from "../history/recording-session";
import type { MutationTargets } from "./mutation-targets";
import { DEFAULT_TERM_YEARS, TermYears } from "../config";

/**
 * What @neo4j/graphql accepts as `context.executionContext` when it is neither a driver nor a
 * session: a transaction, which it only asks to `run` its statements (plugins/read-policy.ts).
 */
export interface StatementRunner {
  run(cypher: string, params: Record<string, unknown>): Promise<QueryResult>;
}

/** What every resolver gets, made afresh for each request. */
export interface RequestContext {
  /** The process's driver; its sessions also wait for the bookmarks the request carried (read your writes). */
  driver: Driver;
  /** Who is asking, from the bearer token (anonymous without one). */
  viewer: Viewer;
  /** For @neo4j/graphql's @authentication rules: the verified token payload, when there is one. */
  jwt?: JWTPayload;
  /** For @neo4j/graphql: the same server-side time limit the custom operations' queries have. */
  transaction: { timeout: number };
  /** For @neo4j/graphql: how the operation's statements reach the database (plugins/read-policy.ts); the driver when unset. */
  executionContext?: StatementRunner | Session | SessionLike;
  /** A mutation's ids and root fields (plugins/area-scope.ts), for its history. */
  writes?: MutationTargets;
  /** Batching loaders for the custom operations' field resolvers, new for every request. */
  loaders: Loaders;
  /** The configured default term lengths (config.ts TERM_YEARS), for termsDue. */
  termYears: TermYears;
}

/** A request's context; `bookmarks` come from a client that wrote through another API replica. */
export function createContext(processDriver: Driver, viewer: Viewer, bookmarks: string[] = [], termYears: TermYears = DEFAULT_TERM_YEARS): RequestContext {
  const driver = withBookmarks(processDriver, bookmarks);
  return { driver, viewer, jwt: viewer.jwt, transaction: { timeout: QUERY_TIMEOUT_MS }, loaders: createLoaders(driver), termYears };
}
