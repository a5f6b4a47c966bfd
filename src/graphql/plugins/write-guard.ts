import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestContext } from "../context";
import { ErrorCode, userError } from "../errors";
import { canWrite } from "../../auth/verify-token";

/**
 * Subscriptions are not served over HTTP; say so plainly rather than fail inside execution.
 * Every mutation, generated or custom, needs the editor role. Checked once the operation is known
 * and before anything executes, so a refused write never reaches the database.
 */
export function writeGuard(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === "subscription") {
            throw userError(ErrorCode.BAD_USER_INPUT, "Subscriptions are not served; use a query.", { http: { status: 400 } });
          }
          if (operation?.operation !== "mutation") return;
          const { viewer } = contextValue;
          if (!viewer.authenticated) {
            throw userError(ErrorCode.UNAUTHENTICATED, "Writing needs a bearer token with the editor role.", { http: { status: 401 } });
          }
          if (!canWrite(viewer)) {
            throw userError(ErrorCode.FORBIDDEN, `Writing needs the editor role; this token has ${viewer.roles.length ? viewer.roles.join(", ") : "no roles"}.`, {
              http: { status: 403 },
            });
          }
        },
      };
    },
  };
}
