import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestContext } from "../context";

/**
 * Anonymous reads sent as GET (with a persisted query's hash, or the query in the URL) are the same
 * answer for everyone, so a CDN or the browser may keep them for `maxAge` seconds. Anything that
 * depends on who asks or on a write (a token, a bookmark), any error, and every POST is not cached.
 * Apollo's own cache-control plugin is off (apollo.ts): it wraps every field resolver to read hints
 * that nothing here sets, so this one decides from the request alone.
 */
export function publicCache(maxAge: number): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ request }) {
      if (request.http?.method !== "GET") return;
      return {
        async willSendResponse({ response, operation, errors }) {
          const headers = request.http!.headers;
          const personal = headers.has("authorization") || headers.has("x-graph-bookmark");
          const cacheable = maxAge > 0 && !personal && operation?.operation === "query" && !errors?.length;
          response.http.headers.set("cache-control", cacheable ? `public, max-age=${maxAge}` : "no-store");
        },
      };
    },
  };
}
