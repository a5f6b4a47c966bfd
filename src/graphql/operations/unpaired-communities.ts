import neo4j from "neo4j-driver";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, ID, Info, Int, ObjectType, Query, Resolver } from "type-graphql";
import { readQuery } from "../../database/query";
import type { RequestContext } from "../context";
import { notFound } from "../errors";
import { asOfDay, checkId, checkRange, decodeCursor, encodeCursor, MAX_PAGE, MIN_PAGE } from "../types/arguments";
import { communitiesBelow, pairedAt } from "../../cypher/in-force";
import { orgRefOf, Projection } from "../../cypher/refs";
import { locationOf } from "../../cypher/location";
import { OrgRef } from "../types/org-ref";
import { fieldNamesBelow } from "../types/selection";
import { answerType } from "../types/answer-type";

const DEFAULT_PAGE = 50;

/**
 * One row (none when $areaId names no Area): how many communities below the area, or in the whole
 * graph when there is no area, are not paired at $asOf, and the page after the cursor's id. The list
 * is ordered by id, which never changes, so a cursor (the last id seen) stays valid however the
 * graph changes between pages. One more item than asked tells whether there is a next page.
 *
 * The two scopes are two statements, not one UNION with a branch that matches nothing: the planner
 * plans both branches, and a scan of every Community under `WHERE area IS NULL` still runs (and reads
 * every community) when an area is given. With an area, the walk starts at its id's index seek.
 */
const unpairedIn = (area: string, communities: string) => (projection: Projection, locations: boolean): string => `
${area}WITH COLLECT {
  MATCH ${communities}
  WITH DISTINCT c WHERE NOT ${pairedAt("c")}
  RETURN c ORDER BY c.id
} AS unpaired
WITH unpaired, [c IN unpaired WHERE $after IS NULL OR c.id > $after][0..$take] AS page
RETURN size(unpaired) AS totalCount,
       [c IN page | ${orgRefOf("c", projection)}] AS items${locations ? `,
       [c IN page | ${locationOf("c", projection)}] AS locations` : ""}`;

/**
 * The statement for a request: with English names or not, with the page's locations or not (they
 * cost a walk up from each community, so only a request that selects them pays for it).
 */
function variants(build: (projection: Projection, locations: boolean) => string): (info: GraphQLResolveInfo) => string {
  const built = [false, true].flatMap((nameEn) => [false, true].map((locations) => build({ nameEn }, locations)));
  return (info) => {
    const names = fieldNamesBelow(info);
    return built[2 * Number(names.has("nameEn")) + Number(names.has("locations"))];
  };
}

const UNPAIRED_IN_AREA = variants(unpairedIn("MATCH (area:Area {id: $areaId})\n", communitiesBelow("area", "c")));
const UNPAIRED_EVERYWHERE = variants(unpairedIn("", "(c:Community)"));

/** Statements that are not GraphQL requests (the CSV download): every unpaired community of an area with its location. */
export const UNPAIRED_IN_AREA_WITH_LOCATIONS = unpairedIn("MATCH (area:Area {id: $areaId})\n", communitiesBelow("area", "c"))({ nameEn: false }, true);

@ObjectType(answerType("Where a community is: its level, its street or town, and the area above that."))
export class CommunityLocation {
  @Field(() => OrgRef, { description: "The community." }) community!: OrgRef;
  @Field(() => String, { nullable: true, description: "community, compound, village, grid, building or business_district." }) level!: string | null;
  @Field(() => OrgRef, { nullable: true, description: "The first Area above it (through the communities it is part of): its street or town." }) street!: OrgRef | null;
  @Field(() => OrgRef, { nullable: true, description: "The Area the street is part of: its district or county." }) district!: OrgRef | null;
}

@ObjectType(answerType("A page of the communities that no pairing in force covers."))
export class UnpairedCommunities {
  @Field(() => Int, { description: "All unpaired communities in scope, not just this page." }) totalCount!: number;
  @Field(() => [OrgRef], { description: "This page, ordered by id." }) items!: OrgRef[];
  @Field(() => [CommunityLocation], { description: "Where each item is, in the same order as items (one per item)." }) locations!: CommunityLocation[];
  @Field(() => String, { nullable: true, description: "Pass as `after` for the next page; null on the last page." }) nextCursor!: string | null;
}

@Resolver()
export class UnpairedCommunitiesResolver {
  @Query(() => UnpairedCommunities, {
    description:
      "Communities anywhere below the area (the whole graph without areaId) that are not paired at asOf (default today): neither they nor a party organization leading them is party to a pairing in force.",
  })
  async unpairedCommunities(
    @Arg("areaId", () => ID, { nullable: true }) areaId: string | null | undefined,
    @Arg("asOf", () => String, { nullable: true }) asOf: string | null | undefined,
    @Arg("first", () => Int, { nullable: true, defaultValue: DEFAULT_PAGE }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null | undefined,
    @Ctx() { driver }: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<UnpairedCommunities> {
    if (areaId !== undefined && areaId !== null) checkId("areaId", areaId);
    const size = first ?? DEFAULT_PAGE;
    checkRange("first", size, MIN_PAGE, MAX_PAGE);
    const params = {
      areaId: areaId ?? null,
      asOf: asOfDay(asOf),
      after: after === undefined || after === null ? null : decodeCursor(after),
      take: neo4j.int(size + 1),
    };
    const [row] = await readQuery<{ totalCount: number; items: OrgRef[]; locations?: CommunityLocation[] }>(
      driver,
      (params.areaId === null ? UNPAIRED_EVERYWHERE : UNPAIRED_IN_AREA)(info),
      params,
    );
    if (!row) throw notFound("area", areaId ?? "");
    const items = row.items.slice(0, size);
    const more = row.items.length > size;
    return {
      totalCount: row.totalCount,
      items,
      locations: (row.locations ?? []).slice(0, size),
      nextCursor: more && items.length ? encodeCursor(items[items.length - 1].id) : null,
    };
  }
}
