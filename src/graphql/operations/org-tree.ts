import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Extensions, Field, ID, Info, Int, ObjectType, Query, Resolver } from "type-graphql";
import { readQuery } from "../../database/query";
import type { RequestContext } from "../context";
import { notFound } from "../errors";
import { asOfDay, checkId, checkRange } from "../types/arguments";
import { inForce } from "../../cypher/in-force";
import { orgRefFromList, OrgRefList, orgRefListOf, Projection } from "../../cypher/refs";
import { byProjection, OrgRef } from "../types/org-ref";
import { answerType } from "../types/answer-type";
import { NESTS_IN_ONE_QUERY } from "../plugins/query-limits";
import { orderByName } from "./order-by-name";

export const MAX_TREE_DEPTH = 10;
const DEFAULT_TREE_DEPTH = 3;

/**
 * The whole tree in one query, nested and ordered by the database: a COLLECT subquery per level
 * below the first, each finding the nodes PART_OF its parent. It comes as a row holding the root,
 * then one row per node PART_OF the root holding that node's subtree (no row at all when the id is
 * unknown). The root has its row of its own: repeated on each of a wide street's 2,050 rows it cost
 * 3.5–4.5 ms of 35 (10–12%, in alternation on the bench's city). Not one row for the whole tree: a
 * 2,040-node district took
 * 25.4 ms to fetch as one record and 17.1 ms as one per street. Most of that is neo4j-driver
 * decoding a record that spans many Bolt chunks slowly (it walks every chunk for each string it
 * reads), but not all: with the chunks joined before decoding, one record was still 4 ms slower,
 * since rows start coming while later subtrees are still being built. And since
 * the subtrees arrive nested as the API serves them, nothing is folded in JavaScript (folding flat
 * paths cost a third more time and memory). They come as lists, not maps: a subtree as [ref,
 * children], a leaf as its ref alone, each ref a list (refs.ts orgRefListOf), and become the API's
 * objects here (withLeaves). Leaves without their empty children took the wide street's query from
 * 31.3 to 28.7 ms and the district's from 30.5 to 25.5 (p50 of 290 alternating runs each); lists
 * for maps, the district's from 25.3 to 19.2 ms and the wide street's from 21.2 to 19.8 (290 runs).
 *
 * A depth cannot be a parameter, so there is one constant per depth (and per projection, refs.ts),
 * built here from integers 0..MAX_TREE_DEPTH and picked by the (checked) depth argument: no user
 * text reaches the query.
 * Only PART_OF links in force at $asOf count (since ≤ asOf ≤ until, either open: cypher/in-force.ts),
 * so a unit that moved shows under its parent of that date; without asOf, today's.
 * A node already on the way down from the root is not visited again, so a PART_OF cycle is shown
 * once round and never loops. A node PART_OF two parents (a unit in two areas) appears under each.
 * Names order as Neo4j orders strings (by code point), then ids break ties. The first level is
 * ordered here, in the same order (order-by-name.ts), not by an ORDER BY over the rows: that held every
 * subtree back until the last was built, 3.6 ms of a 17 ms district.
 */
function treeQuery(depth: number, projection: Projection): string {
  // n<k> is none of the nodes above it: a conjunction of <>, not NOT n IN [...], which builds a list
  // per row and compares generically: 0.6-1.1 ms of a district's 11 ms read (p50 of 250 alternating reads).
  const notOnTheWay = (k: number): string => ["root", ...Array.from({ length: k - 1 }, (_, i) => `n${i + 1}`)].map((above) => `n${k} <> ${above}`).join(" AND ");
  const below = (k: number): string => `COLLECT {
    MATCH (n${k})<-[p${k + 1}:PART_OF]-(n${k + 1})
    WHERE ${notOnTheWay(k + 1)} AND ${inForce(`p${k + 1}`)}
    WITH n${k + 1} ORDER BY n${k + 1}.name, n${k + 1}.id
    RETURN ${subtree(k + 1)}
  }`;
  // A subtree is [ref, children] and the deepest level refs alone, all lists (refs.ts orgRefListOf), wrapped here (withLeaves).
  const subtree = (k: number): string => (k < depth ? `[${orgRefListOf(`n${k}`, projection)}, ${below(k)}]` : orgRefListOf(`n${k}`, projection));
  const root = `
MATCH (root:Entity {id: $rootId})`;
  if (depth === 0) return `${root}
RETURN ${orgRefListOf("root", projection)} AS root, null AS child`;
  return `${root}
CALL (root) {
  RETURN ${orgRefListOf("root", projection)} AS rootRef, null AS child
  UNION ALL
  MATCH (root)<-[p1:PART_OF]-(n1)
  WHERE ${notOnTheWay(1)} AND ${inForce("p1")}
  RETURN null AS rootRef, ${subtree(1)} AS child
}
RETURN rootRef AS root, child`;
}

/** A subtree as the query sends it: a node's ref and its children, or at the deepest level the ref alone. */
type SentTree = OrgRefList | [OrgRefList, SentTree[]];

/** The subtree in the API's shape, `levels` levels above its leaves: leaves get their empty `children`. */
function withLeaves(tree: SentTree, levels: number): OrgTreeNode {
  if (levels === 0) return { node: orgRefFromList(tree as OrgRefList), children: [] };
  const [node, children] = tree as [OrgRefList, SentTree[]];
  return { node: orgRefFromList(node), children: children.map((child) => withLeaves(child, levels - 1)) };
}

const ORG_TREE = Array.from({ length: MAX_TREE_DEPTH + 1 }, (_, depth) => byProjection((projection) => treeQuery(depth, projection)));

@ObjectType(answerType("A node and, nested, the nodes PART_OF it."))
export class OrgTreeNode {
  @Field(() => OrgRef, { description: "The node at this level." }) node!: OrgRef;
  // The whole tree comes from one query bounded by `depth`, so a nested selection adds fields, not
  // queries: costed as its children's fields, not as a list of lists multiplying at every level
  // (which refused a depth-4 view that a front end routinely asks for).
  // For the same reason, a nested level adds no depth for the query limits either.
  @Field(() => [OrgTreeNode], {
    description: "The nodes PART_OF this one, by name (then id).",
    complexity: ({ childComplexity }) => 1 + childComplexity,
  })
  @Extensions({ [NESTS_IN_ONE_QUERY]: true })
  children!: OrgTreeNode[];
}

@Resolver()
export class OrgTreeResolver {
  @Query(() => OrgTreeNode, {
    description: `The nested view down PART_OF links in force at asOf (default today) from any node, depth levels deep (0: the root alone; at most ${MAX_TREE_DEPTH}).`,
  })
  async orgTree(
    @Arg("rootId", () => ID) rootId: string,
    @Arg("depth", () => Int, { nullable: true, defaultValue: DEFAULT_TREE_DEPTH }) depth: number | null,
    @Arg("asOf", () => String, { nullable: true }) asOf: string | null | undefined,
    @Ctx() { driver }: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<OrgTreeNode> {
    checkId("rootId", rootId);
    const levels = depth ?? DEFAULT_TREE_DEPTH;
    checkRange("depth", levels, 0, MAX_TREE_DEPTH);
    const rows = await readQuery<{ root: OrgRefList | null; child: SentTree | null }>(driver, ORG_TREE[levels](info), { rootId, asOf: asOfDay(asOf) });
    const root = rows.find((row) => row.root)?.root;
    if (!root) throw notFound("node", rootId);
    const children = rows.flatMap(({ child }) => (child ? [withLeaves(child, levels - 1)] : []));
    return { node: orgRefFromList(root), children: orderByName(children, (child) => child.node) };
  }
}
