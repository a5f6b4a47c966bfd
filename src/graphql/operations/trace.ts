import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, Float, ID, Info, Int, ObjectType, Query, Resolver } from "type-graphql";
import { readQuery } from "../../database/query";
import type { RequestContext } from "../context";
import { notFound } from "../errors";
import { checkId, checkRange } from "../types/arguments";
import { nameEnOf, orgRefOf } from "../../cypher/refs";
import { citationsOf, evidenceOf, reachPath } from "../../cypher/reach";
import { figureOf } from "../../cypher/figures";
import { byProjection, OrgRef } from "../types/org-ref";
import { answerType } from "../types/answer-type";

export const MAX_TRACE_DEPTH = 10;
const DEFAULT_TRACE_DEPTH = 6;

/**
 * One row for the start node (none when the id is unknown) with every path from it to a Result, at
 * most `depth` steps long, as cypher/reach.ts walks them: out along PARTY_TO, ADOPTS, RUNS, HELD and
 * PRODUCED, and down into a programme's parts. A Result start is a path of its own (0 links).
 *
 * For each path: its steps (the node and the link type that reached it), the Result, and the
 * sources of its own links and result (reach.ts evidenceOf: a node's citations only where the link
 * that reached it has none), in the order a reader meets them, a citation repeated on the path once.
 *
 * As in org-tree.ts, a variable-length bound cannot be a parameter: one constant per depth (and per
 * projection, refs.ts).
 */
const TRACE = Array.from({ length: MAX_TRACE_DEPTH + 1 }, (_, depth) =>
  byProjection(
    (projection) => `
MATCH (start:Entity {id: $fromId})
RETURN COLLECT {
  MATCH ${reachPath("path", "start", "result", depth)}
  WITH path, result, nodes(path) AS ns, relationships(path) AS rs
  WITH path, result, ns,
       [i IN range(0, size(ns) - 1) | {node: ${orgRefOf("ns[i]", projection)}, via: CASE WHEN i = 0 THEN null ELSE type(rs[i - 1]) END}] AS steps
  CALL (path) {
    ${citationsOf(evidenceOf("path"))}
    RETURN collect(DISTINCT citation) AS sources
  }
  RETURN {
    steps: steps,
    result: ${figureOf("result", nameEnOf("result", projection))},
    sources: sources,
    order: [n IN ns | n.id]
  } AS found
} AS paths`,
  ),
);

@ObjectType(answerType("One node on a traced path and the link type that reached it."))
export class TraceStep {
  @Field(() => OrgRef, { description: "The node reached." }) node!: OrgRef;
  @Field(() => String, { nullable: true, description: "PARTY_TO, ADOPTS, RUNS, HELD, PRODUCED, or PART_OF into a programme's parts; null on the first step." }) via!: string | null;
}

@ObjectType(answerType("The Result a traced path ends at."))
export class TraceResult {
  @Field(() => ID, { description: "The Result's id." }) id!: string;
  @Field(() => String, { description: "The figure as the source names it." }) name!: string;
  @Field(() => String, { nullable: true, description: "An English name, where one is known." }) nameEn?: string | null;
  @Field(() => Float, { nullable: true, description: "The figure, as a number." }) value?: number | null;
  @Field(() => String, { nullable: true, description: "Its unit: 万元, 次, 家, 名, 个, %..." }) unit?: string | null;
  @Field(() => String, { nullable: true, description: "The date it is for (see dateBasis)." }) date?: string | null;
  @Field(() => String, { nullable: true, description: "What the figure counts (member_units, paired_units, registered_members...); null when not recorded." })
  measure?: string | null;
  @Field(() => String, { nullable: true, description: "exact, about (约), over (余/多), nearly (近), at_least (不少于) or at_most (不超过)." }) approx?: string | null;
  @Field(() => String, { nullable: true, description: "achieved, or a target or a plan: a target or plan is not an achievement." }) status?: string | null;
  @Field(() => String, {
    nullable: true,
    description: "What date the figure stands at: date (its own), founding (when what produced it was founded), report (its source's date); null: undated.",
  })
  dateBasis?: string | null;
}

@ObjectType(answerType("A Source as cited: the document and where in it. One object per citation: two citations of one source are two SourceRefs."))
export class SourceRef {
  @Field(() => ID, { description: 'The citation\'s own identity: the source\'s id and the locator, "src-1#para 7" (the source\'s id alone when there is no locator).' })
  id!: string;
  @Field(() => String, { description: "The cited Source's id." }) sourceId!: string;
  @Field(() => String, { description: "The document's name." }) name!: string;
  @Field(() => String, { nullable: true, description: "The newspaper or bulletin it appeared in." }) publication?: string | null;
  @Field(() => String, { nullable: true, description: "The document's date (YYYY, YYYY-MM or YYYY-MM-DD)." }) date?: string | null;
  @Field(() => String, { nullable: true, description: 'Where in the document, e.g. "para 7".' }) locator?: string | null;
}

@ObjectType(answerType("A path from the start to a Result, with the evidence for every node and link on it."))
export class TracePath {
  @Field(() => [TraceStep], { description: "The nodes from the start to the Result, in order." }) steps!: TraceStep[];
  @Field(() => TraceResult, { description: "The Result the path ends at." }) result!: TraceResult;
  @Field(() => [SourceRef], { description: "The sources cited by the path's links and its result (a node's own only where the link that reached it cites none), in path order." }) sources!: SourceRef[];
}

/** Paths in a stable order: by the ids along them, so a fork lists its branches the same way every time. */
function byIds(a: { order: string[] }, b: { order: string[] }): number {
  const length = Math.min(a.order.length, b.order.length);
  for (let i = 0; i < length; i++) if (a.order[i] !== b.order[i]) return a.order[i] < b.order[i] ? -1 : 1;
  return a.order.length - b.order.length;
}

@Resolver()
export class TraceResolver {
  @Query(() => [TracePath], {
    description: `Every path from the node out along PARTY_TO, ADOPTS, RUNS, HELD and PRODUCED, and into the parts of an Initiative or Pairing, to a Result, within maxDepth links (at most ${MAX_TRACE_DEPTH}), with the sources cited on it.`,
  })
  async trace(
    @Arg("fromId", () => ID) fromId: string,
    @Arg("maxDepth", () => Int, { nullable: true, defaultValue: DEFAULT_TRACE_DEPTH }) maxDepth: number | null,
    @Ctx() { driver }: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<TracePath[]> {
    checkId("fromId", fromId);
    const depth = maxDepth ?? DEFAULT_TRACE_DEPTH;
    checkRange("maxDepth", depth, 0, MAX_TRACE_DEPTH);
    const [row] = await readQuery<{ paths: (TracePath & { order: string[] })[] }>(driver, TRACE[depth](info), { fromId });
    if (!row) throw notFound("node", fromId);
    return row.paths.sort(byIds).map(({ order: _order, ...path }) => path);
  }
}
