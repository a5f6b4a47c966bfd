import type http from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import type { Logger } from "pino";
import type { Config } from "../config";
import type { RequestContext } from "./context";
import { formatErrorFor } from "./errors";
import { speedUp } from "../speed-switches";
import { jitExecution } from "./execution/jit-executor";
import { areaScope } from "./plugins/area-scope";
import { mutationIds } from "./plugins/mutation-ids";
import { publicCache } from "./plugins/public-cache";
import { queryLimits } from "./plugins/query-limits";
import { readPolicy } from "./plugins/read-policy";
import { requestLog } from "./plugins/request-log";
import { writeGuard } from "./plugins/write-guard";

// Far above any real query; stops a giant document before the parser builds it.
const MAX_TOKENS = 20_000;

/**
 * Apollo over the served schema: parsing and validation are Apollo's, then the plugins in order
 * (log, limits, write guard, mutation ids, area scope, read policy), then execution compiled by graphql-jit.
 */
export function createApollo(
  schema: GraphQLSchema,
  config: Config,
  { httpServer, logger, stringifyResult }: { httpServer: http.Server; logger: Logger; stringifyResult: (result: unknown) => string },
): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    ...(speedUp("jit") ? { gateway: jitExecution(schema) } : { schema }),
    introspection: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    includeStacktraceInErrorResponses: !config.production,
    formatError: formatErrorFor(config.production),
    // Apollo indents its JSON by default: an eighth of the server's time on a 2,000-node tree,
    // and a larger body, for whitespace that no client reads. The server's /graphql passes
    // http/deferred-results.ts, and writes the bytes itself.
    stringifyResult,
    // npm start stops the server on SIGINT/SIGTERM itself (cli/start.ts). Apollo's own handler
    // stopped it too, and both waiting on one stop left the process running after "closing...".
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Nothing here sets cache hints, and the plugin wraps every field resolver to look for them.
      ApolloServerPluginCacheControlDisabled(),
      // A subgraph gets Apollo's per-field tracing for GraphOS by default; nothing here reports to it.
      ApolloServerPluginInlineTraceDisabled(),
      requestLog(logger),
      queryLimits(schema, config.limits),
      writeGuard(),
      mutationIds(),
      areaScope(),
      readPolicy(),
      publicCache(config.publicCacheSeconds),
      // A browser at /graphql gets the project's own GraphiQL (http/ide.ts); Apollo's page loads from its CDN.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
}
