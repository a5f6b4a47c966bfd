import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, valueFromASTUntyped } from "graphql";
import { ID_PATTERN } from "../../graph/model";
import { ErrorCode, userError } from "../errors";

/** Every string set as an `id` in the arguments, however deep; filters such as `id: {eq}` are reads, not writes. */
function* idsIn(value: unknown, key?: string): Generator<string> {
  if (typeof value === "string") {
    if (key === "id") yield value;
  } else if (Array.isArray(value)) {
    for (const item of value) yield* idsIn(item, key);
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) yield* idsIn(v, k);
  }
}

/**
 * Ids are what URLs, cursors and citations carry, so a mutation may only write well-formed ones
 * (letters, digits and . _ : -, at most 128). The generated API would store any string.
 */
export function mutationIds(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation?.operation !== "mutation") return;
          for (const selection of operation.selectionSet.selections) {
            if (selection.kind !== Kind.FIELD) continue;
            for (const argument of selection.arguments ?? []) {
              for (const id of idsIn(valueFromASTUntyped(argument.value, request.variables ?? {}))) {
                if (!ID_PATTERN.test(id)) {
                  throw userError(ErrorCode.BAD_USER_INPUT, `Malformed id ${JSON.stringify(id.slice(0, 60))}: use letters, digits and . _ : - (at most 128).`, {
                    argument: argument.name.value,
                    http: { status: 400 },
                  });
                }
              }
            }
          }
        },
      };
    },
  };
}
