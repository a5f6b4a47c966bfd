import type { ApolloServerPlugin } from "@apollo/server";
import { refusal, scopeOf } from "../../auth/area-scope";
import type { RequestContext } from "../context";
import { ErrorCode, userError } from "../errors";
import { mutationTargets } from "../mutation-targets";

/**
 * Before a mutation runs (after the write guard has let an editor through): its ids must be named
 * (graphql/mutation-targets.ts), and an editor whose token carries `areas` may touch only nodes at
 * or below them (auth/area-scope.ts), checked with one query. A refused write reaches neither the
 * graph nor its history. The ids are kept on the context for history (plugins/read-policy.ts).
 */
export function areaScope(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, contextValue }) {
          if (operation?.operation !== "mutation") return;
          const targets = mutationTargets(operation, request.variables ?? {});
          if (targets.unnamed) throw userError(ErrorCode.BAD_USER_INPUT, `${targets.unnamed}; a write by another filter could not be checked or remembered.`, { http: { status: 400 } });
          const { areas } = contextValue.viewer;
          if (areas) {
            const why = refusal(await scopeOf(contextValue.driver, targets.ids, areas), areas);
            if (why) throw userError(ErrorCode.FORBIDDEN, why, { http: { status: 403 } });
          }
          contextValue.writes = targets;
        },
      };
    },
  };
}
