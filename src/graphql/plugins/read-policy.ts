import type { ApolloServerPlugin } from "@apollo/server";
import type { Driver } from "neo4j-driver";
import { runRead } from "../../database/query";
import type { RequestContext, StatementRunner } from "../context";

/**
 * The generated API's queries run as auto-commit reads, as the custom operations' do. Given the
 * driver, @neo4j/graphql opens a managed transaction for each statement: BEGIN, RUN and PULL, then
 * a second round trip to COMMIT a read that changed nothing (1.8 ms of an 18 ms nested view on the
 * bench machine). The operation is known here, before anything executes, so a mutation keeps the
 * library's managed write transaction, with its retries.
 */
export function generatedReadsAutoCommit(driver: Driver): ApolloServerPlugin<RequestContext> {
  const reads: StatementRunner = { run: (cypher, params) => runRead(driver, cypher, params) };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === "query") contextValue.executionContext = reads;
        },
      };
    },
  };
}
