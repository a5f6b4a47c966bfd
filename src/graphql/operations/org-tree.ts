import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from "type-graphql";
import { readQuery } from "../../database/query";
import type { RequestContext } from "../context";
import { notFound } from "../errors";
import { checkId, checkRange } from "./arguments";
import { OrgRef, orgRefOf } from "./refs";

export const MAX_TREE_DEPTH = 10;
const DEFAULT_TREE_DEPTH = 3;

/**
 * One row for the root (none when the id is unknown) and every path down PART_OF links from it,
 * each as the ids along it and the node it reaches; the resolver folds the paths into the tree.
 * One query for the whole tree, whatever its size, instead of one per level or per node.
 *
 * A variable-length bound cannot be a parameter in Cypher, so there is one constant per depth,
 * built here from integers 0..MAX_TREE_DEPTH and picked by the (checked) depth argument: no user
 * text reaches the query. A path that comes back to a node already on it is dropped, so a PART_OF
 * cycle is shown once round and the walk, bounded anyway, never loops.
 */
const ORG_TREE: readonly string[] = Array.from({ length: MAX_TREE_DEPTH + 1 }, (_, depth) => `
MATCH (root:Entity {id: $rootId})
RETURN ${orgRefOf("root")} AS root, ${
  depth === 0
    ? "[]"
    : `COLLECT {
  MATCH path = (root)<-[:PART_OF*1..${depth}]-(node)
  WHERE all(i IN range(1, length(path)) WHERE NOT nodes(path)[i] IN nodes(path)[0..i])
  RETURN {ids: [n IN nodes(path) | n.id], node: ${orgRefOf("node")}}
}`
} AS paths`);

@ObjectType({ description: "A node and, nested, the nodes PART_OF it." })
export class OrgTreeNode {
  @Field(() => OrgRef) node!: OrgRef;
  @Field(() => [OrgTreeNode], { description: "The nodes PART_OF this one, by name (then id)." }) children!: OrgTreeNode[];
}

interface TreePath {
  ids: string[];
  node: OrgRef;
}

/**
 * Folds root-first paths into a tree. A node is keyed by its whole path, not its id, so a node
 * PART_OF two parents (a unit in two areas) appears under each. Names compare by code point, as
 * Cypher's ORDER BY does.
 */
export function buildTree(root: OrgRef, paths: TreePath[]): OrgTreeNode {
  const tree: OrgTreeNode = { node: root, children: [] };
  const byPath = new Map<string, OrgTreeNode>([[root.id, tree]]);
  // Shorter paths first, so every parent exists before its children arrive.
  for (const path of [...paths].sort((a, b) => a.ids.length - b.ids.length)) {
    const parent = byPath.get(path.ids.slice(0, -1).join("\u0000"));
    if (!parent) continue;
    const child: OrgTreeNode = { node: path.node, children: [] };
    parent.children.push(child);
    byPath.set(path.ids.join("\u0000"), child);
  }
  const byName = (a: OrgTreeNode, b: OrgTreeNode): number =>
    a.node.name < b.node.name ? -1 : a.node.name > b.node.name ? 1 : a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0;
  const sort = (node: OrgTreeNode): void => {
    node.children.sort(byName);
    node.children.forEach(sort);
  };
  sort(tree);
  return tree;
}

@Resolver()
export class OrgTreeResolver {
  @Query(() => OrgTreeNode, {
    description: `The nested view down PART_OF links from any node, depth levels deep (0: the root alone; at most ${MAX_TREE_DEPTH}).`,
  })
  async orgTree(
    @Arg("rootId", () => ID) rootId: string,
    @Arg("depth", () => Int, { nullable: true, defaultValue: DEFAULT_TREE_DEPTH }) depth: number | null,
    @Ctx() { driver }: RequestContext,
  ): Promise<OrgTreeNode> {
    checkId("rootId", rootId);
    const levels = depth ?? DEFAULT_TREE_DEPTH;
    checkRange("depth", levels, 0, MAX_TREE_DEPTH);
    const [row] = await readQuery<{ root: OrgRef; paths: TreePath[] }>(driver, ORG_TREE[levels], { rootId });
    if (!row) throw notFound("node", rootId);
    return buildTree(row.root, row.paths);
  }
}
