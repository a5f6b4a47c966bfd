import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, ID, Info, Int, ObjectType, Query, Resolver } from "type-graphql";
import { readQuery } from "../../database/query";
import type { RequestContext } from "../context";
import { notFound } from "../errors";
import { asOfDay, checkId } from "../types/arguments";
import { communitiesBelow, pairedAt } from "../../cypher/in-force";
import { orgRefOf } from "../../cypher/refs";
import { byProjection, OrgRef } from "../types/org-ref";
import { answerType } from "../types/answer-type";

/**
 * One row for the area (none when no Area has the id): the communities anywhere below it, how many
 * are paired at $asOf, and how many have a ServiceStation PART_OF them. The communities are
 * collected once and each test runs over that list, so the walk down the area is done once.
 */
const COVERAGE = byProjection(
  (projection) => `
MATCH (area:Area {id: $areaId})
WITH area, COLLECT { MATCH ${communitiesBelow("area", "c")} RETURN DISTINCT c } AS communities
RETURN ${orgRefOf("area", projection)} AS area,
       size(communities) AS communities,
       size([c IN communities WHERE ${pairedAt("c")}]) AS paired,
       size([c IN communities WHERE EXISTS { (c)<-[:PART_OF]-(:ServiceStation) }]) AS withStation`,
);

@ObjectType(answerType("How well the pairings cover an area's communities at a date."))
export class Coverage {
  @Field(() => OrgRef) area!: OrgRef;
  @Field(() => Int, { description: "Communities anywhere below the area (grids and villages included: every Community node)." }) communities!: number;
  @Field(() => Int, { description: "Of those, paired at asOf." }) paired!: number;
  @Field(() => Int, { description: "Of those, not paired at asOf." }) unpaired!: number;
  @Field(() => Int, { description: "Of those, with a ServiceStation PART_OF them." }) withStation!: number;
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
    const [row] = await readQuery<Omit<Coverage, "unpaired">>(driver, COVERAGE(info), { areaId, asOf: asOfDay(asOf) });
    if (!row) throw notFound("area", areaId);
    return { ...row, unpaired: row.communities - row.paired };
  }
}
