import type { GatewayExecutor, GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from "@apollo/server-gateway-interface";
import { ExecutionResult, GraphQLError, GraphQLSchema } from "graphql";
import { CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";
import { DocumentCache } from "./document-cache";
import { ErrorCode, userError } from "../errors";

/**
 * Executes each operation as JavaScript compiled for it by graphql-jit, instead of graphql-js
 * walking the selection for every object of the answer. Measured over HTTP on the bench machine:
 * a 2,040-node org tree from 50 to 42 ms, partners 0.5 ms faster, the same answers. Each
 * document is compiled once per operation in it, on its first request.
 *
 * Apollo Server has one seam for another executor: the gateway interface, which it documents for
 * Apollo Gateway. Everything before execution stays Apollo's (parsing, validation, the plugins
 * and their limits); only the execution of a validated document is ours.
 */
export function jitExecution(schema: GraphQLSchema): GatewayInterface {
  let announce: GatewaySchemaLoadOrUpdateCallback | undefined;
  return {
    onSchemaLoadOrUpdate(callback) {
      announce = callback;
      return () => (announce = undefined);
    },
    async load() {
      announce?.({ apiSchema: schema, coreSupergraphSdl: "" });
      return { executor: compiledExecutor(schema) };
    },
    async stop() {},
  };
}

function compiledExecutor(schema: GraphQLSchema): GatewayExecutor {
  const compiled = new DocumentCache<CompiledQuery | ExecutionResult>();
  return async ({ document, operationName, request, context }) => {
    const name = operationName ?? undefined;
    const query = compiled.get(document, name ?? "", () => compileQuery(schema, document, name));
    if (!isCompiledQuery(query)) return asRequestErrors(query);
    const result = await query.query(undefined, context, request.variables ?? {});
    if (!("data" in result)) return asRequestErrors(result);
    return result.errors ? { ...result, errors: result.errors.map(withExtensions) } : result;
  };
}

/**
 * graphql-jit builds a resolver's error with extensions only when the thrown error had some; a
 * driver error has none, and Apollo (like graphql-js's own errors) expects them always. The copy
 * keeps what the error handler classifies by (the original error) and what the client sees.
 */
function withExtensions(error: GraphQLError): GraphQLError {
  if (error.extensions) return error;
  const copy = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? error });
  (copy as { locations?: GraphQLError["locations"] }).locations = error.locations;
  return copy;
}

/**
 * A result without data is the request's fault (variables that do not fit their types, an
 * operation name the document lacks), found before anything ran. graphql-jit reports these as
 * errors without extensions, so they are given the code graphql-js's would have got: BAD_USER_INPUT.
 */
function asRequestErrors(result: ExecutionResult): ExecutionResult {
  return { errors: (result.errors ?? []).map((error) => userError(ErrorCode.BAD_USER_INPUT, error.message, { http: { status: 400 } })) };
}
