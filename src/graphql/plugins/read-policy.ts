import type { ApolloServerPlugin } from "@apollo/server";
import neo4j, { Session } from "neo4j-driver";
import { runRead } from "../../database/query";
import type { RequestContext, StatementRunner } from "../context";
import { recordingSession } from "../../history/recording-session";

/** The response header (and `extensions` key) that carries a write's bookmark; clients send it back in the same header. */
export const BOOKMARK_HEADER = "x-graph-bookmark";
export const BOOKMARK_EXTENSION = "bookmark";

/**
 * How the generated API's statements reach the database, chosen once the operation is known and
 * before anything executes.
 *
 * A query runs as auto-commit reads, as the custom operations' do (database/query.ts: a READ
 * session, retried on transient failures). Given the driver, @neo4j/graphql would open a managed
 * transaction for each statement: BEGIN, RUN and PULL, then a second round trip to COMMIT a read
 * that changed nothing (1.8 ms of an 18 ms nested view on the bench machine).
 *
 * A mutation runs in a WRITE session of its own, through the library's managed transaction with
 * its retries, recording what it changed in that transaction (history/recording-session.ts); the request's bookmarks (context.driver carries them) make it start from at least
 * the state the client has seen, and its own bookmark goes back in the response, so a client can
 * read its write through another API replica.
 */
export function readPolicy(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let writeSession: Session | undefined;
      return {
        async didResolveOperation({ operation, contextValue }) {
          const { driver } = contextValue;
          if (operation?.operation === "query") {
            const reads: StatementRunner = { run: (cypher, params) => runRead(driver, cypher, params) };
            contextValue.executionContext = reads;
          } else if (operation?.operation === "mutation") {
            writeSession = driver.session({ defaultAccessMode: neo4j.session.WRITE });
            const { viewer, writes } = contextValue;
            contextValue.executionContext = writes
              ? recordingSession(writeSession, writes.ids, { actor: viewer.subject ?? "token without sub", action: writes.action })
              : writeSession;
          }
        },
        async willSendResponse({ response }) {
          if (!writeSession) return;
          const bookmarks = writeSession.lastBookmarks();
          await writeSession.close();
          writeSession = undefined;
          if (!bookmarks.length || response.body.kind !== "single") return;
          response.http.headers.set(BOOKMARK_HEADER, bookmarks.join(","));
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, [BOOKMARK_EXTENSION]: bookmarks.join(",") };
        },
      };
    },
  };
}
