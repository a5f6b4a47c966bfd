import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, ID, Info, Int, ObjectType, Query, Resolver } from "type-graphql";
import { readQuery } from "../../database/query";
import type { RequestContext } from "../context";
import { notFound } from "../errors";
import { checkId, checkRange } from "./arguments";
import { byProjection, OrgRef, orgRefOf, Projection } from "./refs";
import { answerType } from "./answer-type";

export const MAX_TREE_DEPTH = 10;
const DEFAULT_TREE_DEPTH = 3;

/**
 * One row for the root (none when the id is unknown) holding the whole tree, nested and ordered
 * by the database: one COLLECT subquery per level, each finding the nodes PART_OF its parent.
 * One query for the whole tree, whatever its size; and since the answer arrives in the shape the
 * API serves, nothing is folded in JavaScript (folding flat paths cost a third more time and
 * memory on a 2,000-node district).
 *
 * A depth cannot be a parameter, so there is one constant per depth (and per projection, refs.ts),
 * built here from integers 0..MAX_TREE_DEPTH and picked by the (checked) depth argument: no user
 * text reaches the query.
 * A node already on the way down from the root is not visited again, so a PART_OF cycle is shown
 * once round and never loops. A node PART_OF two parents (a unit in two areas) appears under each.
 * Names order by code point, then ids break ties.
 */
function treeQuery(depth: number, projection: Projection): string {
  const level = (k: number): string => {
    const parent = k === 1 ? "root" : `n${k - 1}`;
    const onTheWay = ["root", ...Array.from({ length: k - 1 }, (_, i) => `n${i + 1}`)];
    return `COLLECT {
    MATCH (${parent})<-[:PART_OF]-(n${k})
    WHERE NOT n${k} IN [${onTheWay.join(", ")}]
    WITH n${k} ORDER BY n${k}.name, n${k}.id
    RETURN {node: ${orgRefOf(`n${k}`, projection)}, children: ${k < depth ? level(k + 1) : "[]"}}
  }`;
  };
  return `
MATCH (root:Entity {id: $rootId})
RETURN {node: ${orgRefOf("root", projection)}, children: ${depth === 0 ? "[]" : level(1)}} AS tree`;
}

const ORG_TREE = Array.from({ length: MAX_TREE_DEPTH + 1 }, (_, depth) => byProjection((projection) => treeQuery(depth, projection)));

@ObjectType(answerType("A node and, nested, the nodes PART_OF it."))
export class OrgTreeNode {
  @Field(() => OrgRef) node!: OrgRef;
  // The whole tree comes from one query bounded by `depth`, so a nested selection adds fields, not
  // queries: costed as its children's fields, not as a list of lists multiplying at every level
  // (which refused a depth-4 view that a front end routinely asks for).
  @Field(() => [OrgTreeNode], {
    description: "The nodes PART_OF this one, by name (then id).",
    complexity: ({ childComplexity }) => 1 + childComplexity,
  })
  children!: OrgTreeNode[];
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
    @Info() info: GraphQLResolveInfo,
  ): Promise<OrgTreeNode> {
    checkId("rootId", rootId);
    const levels = depth ?? DEFAULT_TREE_DEPTH;
    checkRange("depth", levels, 0, MAX_TREE_DEPTH);
    const [row] = await readQuery<{ tree: OrgTreeNode }>(driver, ORG_TREE[levels](info), { rootId });
    if (!row) throw notFound("node", rootId);
    return row.tree;
  }
}
