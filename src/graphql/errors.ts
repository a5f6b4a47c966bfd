import { GraphQLError } from "graphql";

/** Every error code a client may see, in one place: clients branch on these, so they never change. */
export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  NOT_FOUND = "NOT_FOUND",
  QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX",
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
