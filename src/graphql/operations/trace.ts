import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, Float, ID, Info, Int, ObjectType, Query, Resolver } from "type-graphql";
import { readQuery } from "../../database/query";
import type { RequestContext } from "../context";
import { notFound } from "../errors";
import { checkId, checkRange } from "../types/arguments";
import { nameEnOf, orgRefOf } from "../../cypher/refs";
import { byProjection, OrgRef } from "../types/org-ref";
import { answerType } from "../types/answer-type";

export const MAX_TRACE_DEPTH = 10;
const DEFAULT_TRACE_DEPTH = 6;

/**
 * One row for the start node (none when the id is unknown) with every path from it out along
 * PARTY_TO, RUNS, HELD and PRODUCED to a Result, at most `depth` links long. Following the links'
 * own direction is what the contract means: from an organization to the pairings it is party to,
 * then to their projects, activities and results. A Result start is a path of its own (0 links).
 *
 * For each path: its steps (the node and the link type that reached it), the Result, and the
 * sources cited along it. Citations are the parallel lists sourceIds/sourceLocators on nodes and
 * links; the path's elements are read in order (node, link, node, ...) so sources come in the
 * order a reader meets them, a citation repeated on the path once. An empty locator is stored for
 * a citation without one and given back as null.
 *
 * As in org-tree.ts, a variable-length bound cannot be a parameter: one constant per depth (and per
 * projection, refs.ts). These links only lead from organizations to pairings to projects to
 * activities to results, so a path cannot loop; the bound still caps the work.
 */
const TRACE = Array.from({ length: MAX_TRACE_DEPTH + 1 }, (_, depth) =>
  byProjection(
    (projection) => `
MATCH (start:Entity {id: $fromId})
RETURN COLLECT {
  MATCH path = (start)-[:PARTY_TO|RUNS|HELD|PRODUCED*0..${depth}]->(result:Result)
  WITH path, result, nodes(path) AS ns, relationships(path) AS rs
  WITH path, result, ns,
       [i IN range(0, size(ns) - 1) | {node: ${orgRefOf("ns[i]", projection)}, via: CASE WHEN i = 0 THEN null ELSE type(rs[i - 1]) END}] AS steps,
       [i IN range(0, size(ns) + size(rs) - 1) | CASE WHEN i % 2 = 0 THEN ns[i / 2] ELSE rs[i / 2] END] AS elements
  CALL (elements) {
    UNWIND elements AS element
    UNWIND range(0, size(coalesce(element.sourceIds, [])) - 1) AS k
    MATCH (source:Source {id: element.sourceIds[k]})
    WITH source, CASE WHEN element.sourceLocators[k] = '' THEN null ELSE element.sourceLocators[k] END AS locator
    RETURN collect(DISTINCT {id: source.id, name: source.name, publication: source.publication, date: source.date, locator: locator}) AS sources
  }
  RETURN {
    steps: steps,
    result: {id: result.id, name: result.name${nameEnOf("result", projection)}, value: result.value, unit: result.unit, date: result.date},
    sources: sources,
    order: [n IN ns | n.id]
  } AS found
} AS paths`,
  ),
);

@ObjectType(answerType("One node on a traced path and the link type that reached it."))
export class TraceStep {
  @Field(() => OrgRef) node!: OrgRef;
  @Field(() => String, { nullable: true, description: "PARTY_TO, RUNS, HELD or PRODUCED; null on the first step." }) via!: string | null;
}

@ObjectType(answerType("The Result a traced path ends at."))
export class TraceResult {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => Float, { nullable: true }) value?: number | null;
  @Field(() => String, { nullable: true }) unit?: string | null;
  @Field(() => String, { nullable: true }) date?: string | null;
}

@ObjectType(answerType("A Source as cited: the document and where in it."))
export class SourceRef {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) publication?: string | null;
  @Field(() => String, { nullable: true }) date?: string | null;
  @Field(() => String, { nullable: true, description: 'Where in the document, e.g. "para 7".' }) locator?: string | null;
}

@ObjectType(answerType("A path from the start to a Result, with the evidence for every node and link on it."))
export class TracePath {
  @Field(() => [TraceStep]) steps!: TraceStep[];
  @Field(() => TraceResult) result!: TraceResult;
  @Field(() => [SourceRef], { description: "The sources cited by the nodes and links on the path, in path order." }) sources!: SourceRef[];
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
    description: `Every path from the node out along PARTY_TO, RUNS, HELD and PRODUCED to a Result, within maxDepth links (at most ${MAX_TRACE_DEPTH}), with the sources cited on it.`,
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
