import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, GraphQLFormattedError } from "graphql";
import { isDatabaseDown } from "../database/driver-errors";

/** Every error code a client may see, in one place: clients branch on these, so they never change. */
export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  NOT_FOUND = "NOT_FOUND",
  QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX",
  /** Over the client's request budget (HTTP 429 with Retry-After). */
  RATE_LIMITED = "RATE_LIMITED",
  DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

export function userError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export const badInput = (message: string, argument?: string): GraphQLError =>
  userError(ErrorCode.BAD_USER_INPUT, message, argument ? { argument } : {});

export const notFound = (what: string, id: string): GraphQLError =>
  userError(ErrorCode.NOT_FOUND, `No ${what} has id "${id}".`, { id });

/** The code and message a client sees for an error that did not come with one of ours. */
function classify(original: unknown): { code: ErrorCode; message: string } | undefined {
  const error = original as { code?: unknown; name?: unknown; message?: unknown } | null;
  if (!error || typeof error !== "object") return undefined;
  const code = typeof error.code === "string" ? error.code : "";
  const name = typeof error.name === "string" ? error.name : "";
  if (isDatabaseDown(error)) {
    return { code: ErrorCode.DATABASE_UNAVAILABLE, message: "The database is unavailable; try again in a few seconds." };
  }
  if (name === "Neo4jGraphQLConstraintValidationError" || code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
    return { code: ErrorCode.BAD_USER_INPUT, message: "A node with this id already exists: ids are unique across the whole graph." };
  }
  if (code === "Neo.ClientError.Transaction.TransactionTimedOut" || code === "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration") {
    return { code: ErrorCode.QUERY_TOO_COMPLEX, message: "The query took too long and was stopped; ask for less." };
  }
  if (name === "Neo4jGraphQLAuthenticationError") return { code: ErrorCode.UNAUTHENTICATED, message: "This needs a bearer token with the editor role." };
  if (name === "Neo4jGraphQLForbiddenError") return { code: ErrorCode.FORBIDDEN, message: "This token's roles do not allow that." };
  return undefined;
}

/** What a client is told of a failure that is ours, not its request's. */
export const INTERNAL_ERROR_MESSAGE = "Internal server error.";

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));
// Apollo's own codes for requests it refuses before execution; they are stable and documented.
const APOLLO_CODES = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_REQUEST", "PERSISTED_QUERY_NOT_FOUND", "OPERATION_RESOLUTION_FAILURE"]);

/**
 * Apollo's formatError: every error leaves with one of our codes and a message a person can act on.
 * Driver, Cypher and library internals are replaced by a plain message; in production nothing
 * else (no stack, no internal message) leaves the server.
 */
export function formatErrorFor(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const given = formatted.extensions?.code;
    // A scalar that refuses a literal (PartialDate "2024-02-30") surfaces as a validation failure; it is bad input.
    const cause = (error as { originalError?: { extensions?: { code?: unknown } } } | null)?.originalError;
    if (given === "GRAPHQL_VALIDATION_FAILED" && cause?.extensions?.code === ErrorCode.BAD_USER_INPUT) {
      return { ...withoutStack(formatted), extensions: { code: ErrorCode.BAD_USER_INPUT } };
    }
    if (typeof given === "string" && (KNOWN_CODES.has(given) || APOLLO_CODES.has(given)) && given !== ErrorCode.INTERNAL_SERVER_ERROR) {
      return production ? withoutStack(formatted) : formatted;
    }
    const known = classify(original);
    if (known) return { ...withoutStack(formatted), message: known.message, extensions: { code: known.code } };
    if (production) return { message: INTERNAL_ERROR_MESSAGE, locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
    return formatted;
  };
}

function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !("stacktrace" in formatted.extensions)) return formatted;
  const { stacktrace: _stack, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
