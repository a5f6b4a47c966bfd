import { GraphQLResolveInfo, Kind, SelectionSetNode } from "graphql";
import { DocumentCache } from "../execution/document-cache";

const namesBelow = new DocumentCache<ReadonlySet<string>>();

/**
 * Every field name selected anywhere below the resolver's field, through fragments and inline
 * fragments: what its Cypher has to return. Worked out once per field of a parsed document.
 */
export function fieldNamesBelow(info: GraphQLResolveInfo): ReadonlySet<string> {
  return namesBelow.get(info.fieldNodes[0], "", () => {
    const names = new Set<string>();
    const fragmentsSeen = new Set<string>();
    const visit = (selectionSet: SelectionSetNode | undefined): void => {
      for (const selection of selectionSet?.selections ?? []) {
        if (selection.kind === Kind.FIELD) {
          names.add(selection.name.value);
          visit(selection.selectionSet);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          visit(selection.selectionSet);
        } else if (!fragmentsSeen.has(selection.name.value)) {
          fragmentsSeen.add(selection.name.value);
          visit(info.fragments[selection.name.value]?.selectionSet);
        }
      }
    };
    for (const node of info.fieldNodes) visit(node.selectionSet);
    return names;
  });
}
