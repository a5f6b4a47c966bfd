import { config as loadDotenv } from "dotenv";
import path from "node:path";
import { ROOT } from "./paths";

/** What a query may ask for before it is refused (graphql/plugins/query-limits.ts enforces them). */
export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxFields: number;
  maxCost: number;
  /** The largest `first` or `limit` any field may ask for. */
  maxPageSize: number;
  /** A list field without `first`/`limit` is costed as if it returned this many items. */
  assumedListSize: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxDepth: 12,
  maxAliases: 30,
  maxFields: 400,
  maxCost: 50_000,
  maxPageSize: 1000,
  assumedListSize: 10,
};

let dotenvLoaded = false;

/** .env wins over .env.example, and the real environment wins over both (dotenv never overrides). */
function loadDotenvFiles(): void {
  if (dotenvLoaded) return;
  dotenvLoaded = true;
  loadDotenv({ path: path.join(ROOT, ".env"), quiet: true });
  loadDotenv({ path: path.join(ROOT, ".env.example"), quiet: true });
}

export interface Neo4jSettings {
  /** Set: use that database and start nothing. Unset: run the project's own local Neo4j. */
  uri: string | undefined;
  user: string;
  password: string;
  /** The database every query names (Enterprise and Aura may hold several). */
  database: string;
  /** How long reads and writes are retried on a transient failure (a restart, a leader election). */
  retrySeconds: number;
}

/** Each client's request budget (http/rate-limit.ts); `points` 0 switches the limit off. */
export interface RateLimitSettings {
  points: number;
  windowSeconds: number;
  /** Behind a proxy: count clients by the X-Forwarded-For address the proxy set. */
  trustProxy: boolean;
}

/** 1,200 requests a minute per client: far above a person using the explorer, well below a scraper's loop. */
export const DEFAULT_RATE_LIMIT: RateLimitSettings = { points: 1200, windowSeconds: 60, trustProxy: false };

/**
 * A party organization's term (换届) in years when it does not state its own `termYears`: by its
 * `level`, and `community` for one that leads a community or village (docs/data-model.md cites
 * the rules these defaults follow).
 */
export type TermYears = Record<string, number>;

export const DEFAULT_TERM_YEARS: TermYears = { committee: 5, general_branch: 3, branch: 3, community: 5 };

/** `committee=5,general_branch=3,...`: the levels named replace the defaults, the others stay. */
function termYears(value: string | undefined): TermYears {
  if (value === undefined || value.trim() === "") return DEFAULT_TERM_YEARS;
  const years: TermYears = { ...DEFAULT_TERM_YEARS };
  for (const part of value.split(",")) {
    const match = /^\s*([a-z_]+)\s*=\s*(\d{1,2})\s*$/.exec(part);
    if (!match || Number(match[2]) < 1) throw new ConfigError(`TERM_YEARS must read like "committee=5,branch=3", got "${value}"`);
    years[match[1]] = Number(match[2]);
  }
  return years;
}

export interface Config {
  port: number;
  nodeEnv: string;
  production: boolean;
  neo4j: Neo4jSettings;
  jwtSecret: string;
  /** When set, tokens are verified against this JSON Web Key Set (RS256) instead of JWT_SECRET. */
  jwksUrl: string | undefined;
  limits: Limits;
  rateLimit: RateLimitSettings;
  termYears: TermYears;
  logLevel: string;
  /** Browser origins allowed to call the API, and those allowed credentials (http/cors.ts). */
  cors: { origins: string[]; credentialOrigins: string[] };
  /** How long a CDN or browser may keep an anonymous GET query's answer (Cache-Control max-age); 0: not at all. */
  publicCacheSeconds: number;
  /** DEMO=1: this server's data are synthetic (npm run demo); the explorer says so on every page. */
  demo: boolean;
}

export class ConfigError extends Error {}

function positive(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new ConfigError(`${name} must be a positive integer, got "${value}"`);
  return n;
}

/** A comma-separated list, trimmed, without empty entries. */
const list = (value: string): string[] => value.split(",").map((v) => v.trim()).filter(Boolean);

function whole(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new ConfigError(`${name} must be a whole number of seconds, got "${value}"`);
  return n;
}

function nonNegative(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new ConfigError(`${name} must be a whole number (0 or more), got "${value}"`);
  return n;
}

function flag(value: string | undefined, name: string): boolean {
  if (value === undefined || value === "" || value === "0" || value === "false") return false;
  if (value === "1" || value === "true") return true;
  throw new ConfigError(`${name} must be true or false, got "${value}"`);
}

function port(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ConfigError(`${name} must be a port number (0-65535), got "${value}"`);
  return n;
}

/** Reads and checks every setting once, so a typo fails at start-up rather than mid-request. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  if (env === process.env) loadDotenvFiles();
  const nodeEnv = env.NODE_ENV || "development";
  return {
    port: port(env.PORT, "PORT", 4000),
    nodeEnv,
    production: nodeEnv === "production",
    neo4j: {
      uri: env.NEO4J_URI || undefined,
      user: env.NEO4J_USER || "neo4j",
      password: env.NEO4J_PASSWORD || "partygraph-local",
      database: env.NEO4J_DATABASE || "neo4j",
      retrySeconds: positive(env.NEO4J_RETRY_SECONDS, "NEO4J_RETRY_SECONDS", 30),
    },
    jwtSecret: env.JWT_SECRET || "change-me-local-only",
    jwksUrl: env.JWKS_URL || undefined,
    limits: {
      maxDepth: positive(env.MAX_QUERY_DEPTH, "MAX_QUERY_DEPTH", DEFAULT_LIMITS.maxDepth),
      maxAliases: positive(env.MAX_QUERY_ALIASES, "MAX_QUERY_ALIASES", DEFAULT_LIMITS.maxAliases),
      maxFields: positive(env.MAX_QUERY_FIELDS, "MAX_QUERY_FIELDS", DEFAULT_LIMITS.maxFields),
      maxCost: positive(env.MAX_QUERY_COST, "MAX_QUERY_COST", DEFAULT_LIMITS.maxCost),
      maxPageSize: DEFAULT_LIMITS.maxPageSize,
      assumedListSize: DEFAULT_LIMITS.assumedListSize,
    },
    rateLimit: {
      points: nonNegative(env.RATE_LIMIT_POINTS, "RATE_LIMIT_POINTS", DEFAULT_RATE_LIMIT.points),
      windowSeconds: positive(env.RATE_LIMIT_WINDOW_SECONDS, "RATE_LIMIT_WINDOW_SECONDS", DEFAULT_RATE_LIMIT.windowSeconds),
      trustProxy: flag(env.RATE_LIMIT_TRUST_PROXY, "RATE_LIMIT_TRUST_PROXY"),
    },
    termYears: termYears(env.TERM_YEARS),
    logLevel: env.LOG_LEVEL || (nodeEnv === "test" ? "silent" : "info"),
    cors: { origins: list(env.CORS_ORIGINS ?? "*"), credentialOrigins: list(env.CORS_CREDENTIAL_ORIGINS ?? "").filter((o) => o !== "*") },
    publicCacheSeconds: whole(env.PUBLIC_CACHE_SECONDS, "PUBLIC_CACHE_SECONDS", 30),
    demo: env.DEMO === "1" || env.DEMO === "true",
  };
}
