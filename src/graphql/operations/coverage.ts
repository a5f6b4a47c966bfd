import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, ID, Info, Int, ObjectType, Query, Resolver } from "type-graphql";
import { readQuery } from "../../database/query";
import type { RequestContext } from "../context";
import { notFound } from "../errors";
import { asOfDay, checkId } from "../types/arguments";
import { communitiesBelow, pairedAt } from "../../cypher/in-force";
import { nameEnOf, orgRefOf } from "../../cypher/refs";
import { cypherFirstDay } from "../../cypher/dates";
import { reachPath } from "../../cypher/reach";
import { reportedFigureOf } from "../../cypher/figures";
import { ReportedFigure } from "../types/reported-figure";
import { byProjection, OrgRef } from "../types/org-ref";
import { answerType } from "../types/answer-type";

/** What a reported coverage figure counts (contract 4.4): units or communities linked, members registered. */
export const COVERAGE_MEASURES = ["paired_units", "paired_communities", "registered_members"];

/** How far the reported figures are looked for from each area: outcomes' default. */
const REPORTED_DEPTH = 8;

/**
 * One row for the area (none when no Area has the id): the communities anywhere below it, how many
 * are paired at $asOf, and how many have a ServiceStation PART_OF them. The communities are
 * collected once and each test runs over that list, so the walk down the area is done once.
 *
 * Beside the counts, the figures the sources report for the area (`reported`): each Result of a
 * coverage measure that outcomes reaches (cypher/reach.ts) from the area or an area below it. From
 * an area that reach starts with ADOPTS (no other link it follows leaves an Area), so the walk starts
 * at the programmes adopted and never expands an area's many PART_OF children only to drop them.
 * A source often reports how many were linked without naming which; the count above cannot see
 * those, so both are answered. A figure that stands after $asOf (its date, or for a report its
 * earliest source's) is left out; an undated one is listed (its dateBasis null says so), never
 * counted as standing at a date.
 */
const COVERAGE = byProjection(
  (projection) => `
MATCH (area:Area {id: $areaId})
WITH area, COLLECT { MATCH ${communitiesBelow("area", "c")} RETURN DISTINCT c } AS communities
RETURN ${orgRefOf("area", projection)} AS area,
       size(communities) AS communities,
       size([c IN communities WHERE ${pairedAt("c")}]) AS paired,
       size([c IN communities WHERE EXISTS { (c)<-[:PART_OF]-(:ServiceStation) }]) AS withStation,
       COLLECT {
         MATCH (area)(()<-[:PART_OF]-(:Area))*(:Area)-[:ADOPTS]->(programme:Initiative)
         WITH DISTINCT programme
         MATCH ${reachPath("path", "programme", "figure", REPORTED_DEPTH - 1)}
         WHERE figure.measure IN $measures
         WITH DISTINCT figure
         WITH figure, coalesce(figure.date, CASE WHEN figure.dateBasis = 'report' THEN head(COLLECT {
           MATCH (source:Source) WHERE source.id IN coalesce(figure.sourceIds, []) AND source.date IS NOT NULL
           RETURN source.date ORDER BY ${cypherFirstDay("source.date")} LIMIT 1
         }) END) AS standsAt
         WHERE standsAt IS NULL OR ${cypherFirstDay("standsAt")} <= $asOf
         ${reportedFigureOf("figure", nameEnOf("figure", projection))}
       } AS reported`,
);

@ObjectType(answerType("How well the pairings cover an area's communities at a date."))
export class Coverage {
  @Field(() => OrgRef, { description: "The area counted." }) area!: OrgRef;
  @Field(() => Int, { description: "Communities anywhere below the area (grids and villages included: every Community node)." }) communities!: number;
  @Field(() => Int, { description: "Of those, paired at asOf." }) paired!: number;
  @Field(() => Int, { description: "Of those, not paired at asOf." }) unpaired!: number;
  @Field(() => Int, { description: "Of those, with a ServiceStation PART_OF them." }) withStation!: number;
  @Field(() => [ReportedFigure], {
    description:
      "The paired_units, paired_communities and registered_members figures the sources report for the area, the areas below it and the programmes they adopt (as outcomes reaches them), dated up to asOf or undated: what was reported linked, where the graph may not name which.",
  })
  reported!: ReportedFigure[];
}

@Resolver()
export class CoverageResolver {
  @Query(() => Coverage, { description: "Counts of the communities anywhere below the area: paired and unpaired at asOf (default today), and with a service station." })
  async coverage(
    @Arg("areaId", () => ID) areaId: string,
    @Arg("asOf", () => String, { nullable: true }) asOf: string | null | undefined,
    @Ctx() { driver }: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Coverage> {
    checkId("areaId", areaId);
    const [row] = await readQuery<Omit<Coverage, "unpaired">>(driver, COVERAGE(info), { areaId, asOf: asOfDay(asOf), measures: COVERAGE_MEASURES });
    if (!row) throw notFound("area", areaId);
    return { ...row, unpaired: row.communities - row.paired };
  }
}
