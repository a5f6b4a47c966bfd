import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, ID, Info, Int, ObjectType, Query, Resolver } from "type-graphql";
import { readQuery } from "../../database/query";
import type { RequestContext } from "../context";
import { notFound } from "../errors";
import { checkId, checkRange } from "../types/arguments";
import { nameEnOf } from "../../cypher/refs";
import { citationsOf, evidenceOf, reachPath } from "../../cypher/reach";
import { figureOf } from "../../cypher/figures";
import { byProjection } from "../types/org-ref";
import { answerType } from "../types/answer-type";
import { SourceRef, TraceResult } from "./trace";

export const MAX_OUTCOMES_DEPTH = 10;
const DEFAULT_OUTCOMES_DEPTH = 8;

/**
 * One row for the start node (none when the id is unknown) with each Result it reaches once, as
 * trace's paths reach them (cypher/reach.ts, the same walk), with how many paths do and the
 * citations of all those paths together. A roll-up over a programme and its parts sums what this
 * lists, never trace's paths, so a figure reached two ways is counted once. Ordered by result name,
 * then id.
 */
const OUTCOMES = Array.from({ length: MAX_OUTCOMES_DEPTH + 1 }, (_, depth) =>
  byProjection(
    (projection) => `
MATCH (start:Entity {id: $fromId})
RETURN COLLECT {
  MATCH ${reachPath("path", "start", "result", depth)}
  WITH result, count(path) AS paths, collect(${evidenceOf("path")}) AS evidence
  CALL (evidence) {
    ${citationsOf("reduce(all = [], elements IN evidence | all + elements)")}
    RETURN collect(DISTINCT citation) AS sources
  }
  RETURN {result: ${figureOf("result", nameEnOf("result", projection))}, paths: paths, sources: sources} AS outcome
  ORDER BY result.name, result.id
} AS outcomes`,
  ),
);

@ObjectType(answerType("A Result the start reaches, once, however many paths reach it."))
export class Outcome {
  @Field(() => TraceResult, { description: "The result, once." }) result!: TraceResult;
  @Field(() => Int, { description: "How many paths (as trace lists them) reach the result." }) paths!: number;
  @Field(() => [SourceRef], { description: "The citations of those paths together, each once." }) sources!: SourceRef[];
}

@Resolver()
export class OutcomesResolver {
  @Query(() => [Outcome], {
    description: `Each Result the node reaches as trace does (within maxDepth steps, at most ${MAX_OUTCOMES_DEPTH}), listed once with how many paths reach it: what a roll-up sums, so no figure counts twice.`,
  })
  async outcomes(
    @Arg("fromId", () => ID) fromId: string,
    @Arg("maxDepth", () => Int, { nullable: true, defaultValue: DEFAULT_OUTCOMES_DEPTH }) maxDepth: number | null,
    @Ctx() { driver }: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Outcome[]> {
    checkId("fromId", fromId);
    const depth = maxDepth ?? DEFAULT_OUTCOMES_DEPTH;
    checkRange("maxDepth", depth, 0, MAX_OUTCOMES_DEPTH);
    const [row] = await readQuery<{ outcomes: Outcome[] }>(driver, OUTCOMES[depth](info), { fromId });
    if (!row) throw notFound("node", fromId);
    return row.outcomes;
  }
}
