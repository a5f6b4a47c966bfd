import type { GraphQLResolveInfo } from "graphql";
import neo4j from "neo4j-driver";
import { Arg, Ctx, Field, ID, Info, Int, ObjectType, Query, Resolver } from "type-graphql";
import { readQuery } from "../../database/query";
import type { RequestContext } from "../context";
import { notFound } from "../errors";
import { asOfDay, checkId, checkRange, decodeCursor, encodeCursor, MAX_PAGE, MIN_PAGE } from "../types/arguments";
import { communitiesBelow } from "../../cypher/in-force";
import { offeredAt, openAt, speaksFor } from "../../cypher/needs";
import { orgRefOf } from "../../cypher/refs";
import { byProjection, OrgRef } from "../types/org-ref";
import { answerType } from "../types/answer-type";

const DEFAULT_PAGE = 50;
/** Units listed per need; `unitCount` tells how many there are in all. */
export const UNITS_PER_NEED = 10;

const community = speaksFor("c", "cp");
const offerer = speaksFor("u", "o");

/**
 * One row (none when no Area has the id): the open needs at $asOf of the communities anywhere below
 * the area (raised by the community or a party organization leading it), ordered by the need's id so
 * that a cursor (the last id seen) keeps its place however the graph changes; and, for the page only,
 * the units below the same area that offer a resource of one of the page's categories at $asOf,
 * grouped by category once per request (the first few as refs, and how many), each need then
 * picking its category's group. Asking each need's category of every offer instead (a node's
 * property read per comparison: 180,000 reads for a district's page) took the query from 41 to
 * 91 ms on the bench's city.
 */
const OPEN_NEEDS = byProjection(
  (projection) => `
MATCH (area:Area {id: $areaId})
WITH area, COLLECT {
  MATCH ${communitiesBelow("area", "c")}
  WITH DISTINCT c
  MATCH ${community.pattern}-[:RAISED]->(n:Need)
  WHERE ${community.where} AND ${openAt("n")}
  WITH n, c ORDER BY c.id
  WITH n, head(collect(c)) AS c
  RETURN {need: n, community: c} AS open ORDER BY n.id
} AS open
WITH area, open, [x IN open WHERE $after IS NULL OR x.need.id > $after][0..$take] AS page
WITH area, open, page, [x IN page | x.need.category] AS categories
CALL (area, categories) {
  WITH area, categories WHERE size(categories) > 0
  MATCH (area)(()<-[:PART_OF]-(:Area))*()<-[:PART_OF]-(u:Unit)
  WITH DISTINCT u, categories
  MATCH ${offerer.pattern}-[:OFFERS]->(r:Resource)
  WHERE ${offerer.where} AND ${offeredAt("r")} AND r.category IN categories
  WITH DISTINCT r.category AS category, u ORDER BY u.id
  WITH category, collect(u) AS units
  RETURN collect({category: category, units: [u IN units[0..$unitsPerNeed] | ${orgRefOf("u", projection)}], count: size(units)}) AS offers
}
RETURN size(open) AS totalCount, [x IN page | {
  need: {id: x.need.id, name: x.need.name, category: x.need.category, status: x.need.status, since: x.need.since, until: x.need.until},
  community: ${orgRefOf("x.community", projection)},
  offer: [o IN offers WHERE o.category = x.need.category][0]
}] AS items`,
);

@ObjectType(answerType("A need as a list gives it (需求清单)."))
export class NeedRef {
  @Field(() => ID, { description: "The Need's id." }) id!: string;
  @Field(() => String, { description: "The need as the community words it." }) name!: string;
  @Field(() => String, { nullable: true, description: "education, elderly_care, childcare, health, employment, culture, environment, safety, legal, finance, volunteering, property, other" })
  category!: string | null;
  @Field(() => String, { nullable: true, description: "open, met or withdrawn (none reads as open)." }) status!: string | null;
  @Field(() => String, { nullable: true, description: "Raised when; null: not known." }) since!: string | null;
  @Field(() => String, { nullable: true, description: "Withdrawn or met when; null: still open." }) until!: string | null;
}

@ObjectType(answerType("An open need, who raised it, and the units nearby that could meet it."))
export class OpenNeed {
  @Field(() => NeedRef, { description: "The need." }) need!: NeedRef;
  @Field(() => OrgRef, { description: "The community that raised it (itself or through a party organization leading it)." }) community!: OrgRef;
  @Field(() => [OrgRef], { description: `Units below the area offering a resource of the need's category at asOf, by id; at most ${UNITS_PER_NEED}.` })
  units!: OrgRef[];
  @Field(() => Int, { description: "How many units below the area offer a resource of the need's category at asOf." }) unitCount!: number;
}

@ObjectType(answerType("A page of the open needs below an area."))
export class OpenNeeds {
  @Field(() => Int, { description: "All open needs in scope, not just this page." }) totalCount!: number;
  @Field(() => [OpenNeed], { description: "This page, ordered by the need's id." }) items!: OpenNeed[];
  @Field(() => String, { nullable: true, description: "Pass as `after` for the next page; null on the last page." }) nextCursor!: string | null;
}

interface Row {
  totalCount: number;
  /** `offer`: the units offering the need's category, none when no unit does. */
  items: (Omit<OpenNeed, "units" | "unitCount"> & { offer: { units: OrgRef[]; count: number } | null })[];
}

@Resolver()
export class OpenNeedsResolver {
  @Query(() => OpenNeeds, {
    description:
      "The needs open at asOf (default today: listed then, status open) of the communities anywhere below the area, a page at a time by id, each with its community and the units below the area whose resources have its category.",
  })
  async openNeeds(
    @Arg("areaId", () => ID) areaId: string,
    @Arg("asOf", () => String, { nullable: true }) asOf: string | null | undefined,
    @Arg("first", () => Int, { nullable: true, defaultValue: DEFAULT_PAGE }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null | undefined,
    @Ctx() { driver }: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<OpenNeeds> {
    checkId("areaId", areaId);
    const size = first ?? DEFAULT_PAGE;
    checkRange("first", size, MIN_PAGE, MAX_PAGE);
    const params = {
      areaId,
      asOf: asOfDay(asOf),
      after: after === undefined || after === null ? null : decodeCursor(after),
      take: neo4j.int(size + 1),
      unitsPerNeed: neo4j.int(UNITS_PER_NEED),
    };
    const [row] = await readQuery<Row>(driver, OPEN_NEEDS(info), params);
    if (!row) throw notFound("area", areaId);
    const items = row.items.slice(0, size).map(({ need, community, offer }) => ({ need, community, units: offer?.units ?? [], unitCount: offer?.count ?? 0 }));
    const more = row.items.length > size;
    return { totalCount: row.totalCount, items, nextCursor: more && items.length ? encodeCursor(items[items.length - 1].need.id) : null };
  }
}
