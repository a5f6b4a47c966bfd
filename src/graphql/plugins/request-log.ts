import type { ApolloServerPlugin } from "@apollo/server";
import type { Logger } from "pino";

/**
 * One structured line per GraphQL request: operation, duration, outcome and error codes. Never the
 * query text, variables or headers, which may carry tokens or personal data.
 */
export function requestLog(logger: Logger): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ response, errors, operation, operationName }) {
          const codes = [...new Set((errors ?? []).map((e) => String(e.extensions?.code ?? "INTERNAL_SERVER_ERROR")))];
          logger.info(
            {
              operation: operationName ?? request.operationName ?? null,
              type: operation?.operation ?? null,
              durationMs: Number(process.hrtime.bigint() - started) / 1e6,
              status: response.http.status ?? 200,
              outcome: codes.length ? "error" : "ok",
              ...(codes.length ? { codes } : {}),
            },
            "graphql request",
          );
        },
      };
    },
  };
}
