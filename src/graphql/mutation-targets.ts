/**
 * The ids a generated mutation writes, read off its arguments before it runs: the ids it creates
 * (`input: [{ id }]`), the nodes it updates or deletes (`where: { id: { eq | in } }`) and the
 * nodes it connects or disconnects (`where: { node: { id: ... } }`). The area scope is checked
 * against them and history snapshots them (history/recording-session.ts), so every `where` must
 * name its ids: a write by another filter could touch nodes nobody checked or recorded.
 */
import { FieldNode, Kind, OperationDefinitionNode, valueFromASTUntyped } from "graphql";

export interface MutationTargets {
  ids: string[];
  /** The root fields, e.g. "updateCommunities": the operation a Change names. */
  action: string;
  /** Why the ids cannot be known, when they cannot. */
  unnamed?: string;
}

/** The ids an `id` filter or value names: a string, `{eq}` or `{in}`; undefined for any other filter. */
function namedIds(value: unknown): string[] | undefined {
  if (typeof value === "string") return [value];
  if (!value || typeof value !== "object") return undefined;
  const { eq, in: among } = value as { eq?: unknown; in?: unknown };
  if (typeof eq === "string") return [eq];
  if (Array.isArray(among) && among.every((x) => typeof x === "string")) return among as string[];
  return undefined;
}

export function mutationTargets(operation: OperationDefinitionNode, variables: Record<string, unknown>): MutationTargets {
  const ids = new Set<string>();
  const fields: string[] = [];
  let unnamed: string | undefined;

  const walk = (value: unknown, key: string | undefined, field: string): void => {
    if (key === "where") {
      const filter = value as { node?: unknown; id?: unknown } | null;
      const named = namedIds((filter && typeof filter === "object" && "node" in filter ? (filter.node as { id?: unknown } | null)?.id : filter?.id) ?? null);
      if (!named) unnamed ??= `${field}: every where must name its ids (id: { eq } or id: { in })`;
      else named.forEach((id) => ids.add(id));
      return;
    }
    // `id`, and the custom mutations' id arguments (`fromId`, `intoId`).
    if ((key === "id" || key?.endsWith("Id")) && typeof value === "string") ids.add(value);
    else if (Array.isArray(value)) value.forEach((item) => walk(item, key, field));
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, k, field);
  };

  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.name.value.startsWith("__")) continue;
    const field = (selection as FieldNode).name.value;
    fields.push(field);
    const args = Object.fromEntries((selection.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, variables)]));
    if (/^(update|delete)/.test(field) && !("where" in args)) unnamed ??= `${field}: a where naming the ids to write is required`;
    for (const [name, value] of Object.entries(args)) walk(value, name, field);
  }
  return { ids: [...ids], action: fields.join(", "), ...(unnamed ? { unnamed } : {}) };
}
