import { FieldNode, GraphQLResolveInfo, Kind, SelectionSetNode } from "graphql";

/** Apollo keeps each parsed document, so its field nodes are the same objects on every request. */
const namesByField = new WeakMap<FieldNode, ReadonlySet<string>>();

/**
 * Every field name selected anywhere below the resolver's field, through fragments and inline
 * fragments: what its Cypher has to return. Worked out once per parsed document.
 */
export function fieldNamesBelow(info: GraphQLResolveInfo): ReadonlySet<string> {
  const [first] = info.fieldNodes;
  const known = namesByField.get(first);
  if (known) return known;
  const names = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined, fragmentsSeen: Set<string>): void => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        names.add(selection.name.value);
        visit(selection.selectionSet, fragmentsSeen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, fragmentsSeen);
      } else if (!fragmentsSeen.has(selection.name.value)) {
        fragmentsSeen.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet, fragmentsSeen);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, new Set());
  namesByField.set(first, names);
  return names;
}
