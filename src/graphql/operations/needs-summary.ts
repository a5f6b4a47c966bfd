import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, ID, Info, Int, ObjectType, Query, Resolver } from "type-graphql";
import { readQuery } from "../../database/query";
import { CATEGORIES } from "../../graph/model";
import type { RequestContext } from "../context";
import { notFound } from "../errors";
import { asOfDay, checkId } from "../types/arguments";
import { communitiesBelow } from "../../cypher/in-force";
import { metAt, offeredAt, openAt, speaksFor } from "../../cypher/needs";
import { orgRefOf } from "../../cypher/refs";
import { byProjection, OrgRef } from "../types/org-ref";
import { answerType } from "../types/answer-type";

const community = speaksFor("c", "cp");
const offerer = speaksFor("u", "o");

/**
 * One row (none when no Area has the id): per category, the needs listed at $asOf by communities
 * anywhere below the area (or a party organization leading one) that are open and that are met, and
 * the resources offered at $asOf by the units below the area (or a party organization leading one).
 * Both lists are counted in one pass each; a category with nothing is left out here and filled in
 * by the resolver, so the answer always lists the model's categories in the model's order.
 */
const NEEDS_SUMMARY = byProjection(
  (projection) => `
MATCH (area:Area {id: $areaId})
RETURN ${orgRefOf("area", projection)} AS area,
  COLLECT {
    MATCH ${communitiesBelow("area", "c")}
    WITH DISTINCT c
    MATCH ${community.pattern}-[:RAISED]->(n:Need)
    WHERE ${community.where} AND (${openAt("n")} OR ${metAt("n")})
    WITH DISTINCT n
    WITH coalesce(n.category, 'other') AS category, count(CASE WHEN n.status = 'met' THEN null ELSE 1 END) AS open, count(CASE WHEN n.status = 'met' THEN 1 END) AS met
    RETURN {category: category, open: open, met: met} AS row
  } AS needs,
  COLLECT {
    MATCH (area)(()<-[:PART_OF]-(:Area))*()<-[:PART_OF]-(u:Unit)
    WITH DISTINCT u
    MATCH ${offerer.pattern}-[:OFFERS]->(r:Resource)
    WHERE ${offerer.where} AND ${offeredAt("r")}
    WITH coalesce(r.category, 'other') AS category, count(DISTINCT r) AS resources, count(DISTINCT u) AS units
    RETURN {category: category, resources: resources, units: units} AS row
  } AS resources`,
);

@ObjectType(answerType("One category of the lists below an area: needs open and met, resources offered."))
export class CategoryCount {
  @Field(() => String, { description: "A category of contract section 4.2; needs and resources without one count as other." }) category!: string;
  @Field(() => Int, { description: "Needs listed at asOf and still open." }) open!: number;
  @Field(() => Int, { description: "Needs listed at asOf and met." }) met!: number;
  @Field(() => Int, { description: "Resources offered at asOf by the units below the area." }) resources!: number;
  @Field(() => Int, { description: "Units below the area offering at least one of those resources." }) units!: number;
}

@ObjectType(answerType("The planner's dashboard of an area: its needs and resources by category."))
export class NeedsSummary {
  @Field(() => OrgRef, { description: "The area summarized." }) area!: OrgRef;
  @Field(() => [CategoryCount], { description: "Every category, in the model's order, zeros included." }) categories!: CategoryCount[];
  @Field(() => Int, { description: "Needs open at asOf, all categories." }) open!: number;
  @Field(() => Int, { description: "Needs met, all categories." }) met!: number;
  @Field(() => Int, { description: "Resources offered at asOf, all categories." }) resources!: number;
}

interface Row {
  area: OrgRef;
  needs: { category: string; open: number; met: number }[];
  resources: { category: string; resources: number; units: number }[];
}

/** The model's categories in order, each with its counts (zeros where the lists say nothing). */
export function byCategory(row: Pick<Row, "needs" | "resources">): CategoryCount[] {
  const needs = new Map(row.needs.map((n) => [n.category, n]));
  const offered = new Map(row.resources.map((r) => [r.category, r]));
  return CATEGORIES.map((category) => ({
    category,
    open: needs.get(category)?.open ?? 0,
    met: needs.get(category)?.met ?? 0,
    resources: offered.get(category)?.resources ?? 0,
    units: offered.get(category)?.units ?? 0,
  }));
}

@Resolver()
export class NeedsSummaryResolver {
  @Query(() => NeedsSummary, {
    description: "Below the area at asOf (default today), by category: the communities' needs open and met, and the resources the units offer.",
  })
  async needsSummary(
    @Arg("areaId", () => ID) areaId: string,
    @Arg("asOf", () => String, { nullable: true }) asOf: string | null | undefined,
    @Ctx() { driver }: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NeedsSummary> {
    checkId("areaId", areaId);
    const [row] = await readQuery<Row>(driver, NEEDS_SUMMARY(info), { areaId, asOf: asOfDay(asOf) });
    if (!row) throw notFound("area", areaId);
    const categories = byCategory(row);
    const sum = (key: "open" | "met" | "resources"): number => categories.reduce((total, c) => total + c[key], 0);
    return { area: row.area, categories, open: sum("open"), met: sum("met"), resources: sum("resources") };
  }
}
