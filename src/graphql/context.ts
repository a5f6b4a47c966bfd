import type { Driver } from "neo4j-driver";

/** What every resolver gets, made afresh for each request. */
export interface RequestContext {
  driver: Driver;
  /** For @neo4j/graphql: the verified token payload, when there is one. */
  jwt?: Record<string, unknown>;
}

export function createContext(driver: Driver): RequestContext {
  return { driver };
}
