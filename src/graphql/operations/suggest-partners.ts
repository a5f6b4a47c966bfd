import type { GraphQLResolveInfo } from "graphql";
import neo4j from "neo4j-driver";
import { Arg, Ctx, Field, Float, ID, Info, Int, ObjectType, Query, Resolver } from "type-graphql";
import { readQuery } from "../../database/query";
import type { RequestContext } from "../context";
import { badInput, notFound } from "../errors";
import { asOfDay, checkId, checkRange, MIN_PAGE } from "../types/arguments";
import { inForce } from "../../cypher/in-force";
import { offeredAt, openAt, partiesOf, streetOf } from "../../cypher/needs";
import { orgRefOf, Projection } from "../../cypher/refs";
import { byProjection, OrgRef } from "../types/org-ref";
import { answerType } from "../types/answer-type";

const DEFAULT_FIRST = 10;
const MAX_FIRST = 100;

/**
 * How a candidate's score is made (docs/planner.md says the same to users). The tiers are weighted so
 * that each outweighs everything below it: one more open need met (10) beats any nearness, variety
 * and load together (4 + 1 + 0.5); the same street (4) beats the same district with the best variety
 * and load (2 + 1 + 0.5). Load and variety are close on purpose: a free unit of a sector the
 * community has, and a once-paired unit of a sector it lacks, tie, and ties break by id.
 */
export const SCORE_WEIGHTS = {
  /** Per open need of the community whose category one of the unit's resources has. */
  need: 10,
  /** The unit is PART_OF the community's street or town. */
  street: 4,
  /** The unit is elsewhere in the community's district (or directly PART_OF it). */
  district: 2,
  /** Times 1 / (1 + load): 1 for a unit with no pairing in force, 0.5 with one, 0.33 with two. */
  load: 1,
  /** The unit's sector is not among the sectors of the community's present partners. */
  sector: 0.5,
} as const;

/**
 * Units from outside the community's district enter only through a resource matching one of its
 * open needs; per need, at most this many (lowest unit ids first), so a category offered by
 * thousands of units across a city cannot make the answer slow. They rank below every unit of the
 * district that meets the same number of needs.
 */
export const FAR_CANDIDATES_PER_NEED = 50;

/**
 * One row when a node has the id (none when none has): its type, and, for a Community, its
 * suggestions best first. The candidates are bounded for speed: the units PART_OF the community's
 * district (the area above its street, or the street when there is none) or of an area directly
 * below it, plus, for each open need, up to FAR_CANDIDATES_PER_NEED units anywhere that offer a
 * resource of its category. Units already party to a pairing in force with the community (through
 * themselves or a party organization leading them, as "paired" reads in the contract) are left out.
 * Everything a reason needs (the needs met with the resource that meets each, nearness, load,
 * whether the sector is new) comes back with each suggestion; the reasons are written in TypeScript.
 */
export const suggestCypher = (projection: Projection): string => `
MATCH (x:Entity {id: $communityId})
WITH x, [l IN labels(x) WHERE l <> 'Entity'][0] AS type
CALL (x) {
  WITH x AS c WHERE c:Community
  WITH c, COLLECT {${streetOf("c", "s")}
  }[0] AS street, ${partiesOf("c")} AS us
  OPTIONAL MATCH (street)-[:PART_OF]->(district:Area)
  WITH street, coalesce(district, street) AS scope,
       COLLECT {
         UNWIND us AS cp
         MATCH (cp)-[:PARTY_TO]->(p:Pairing)
         WHERE ${inForce("p")}
         RETURN DISTINCT p
       } AS pairings,
       COLLECT {
         UNWIND us AS cp
         MATCH (cp)-[:RAISED]->(n:Need)
         WHERE ${openAt("n")}
         RETURN DISTINCT n ORDER BY n.id
       } AS needs
  WITH street, scope, pairings, needs,
       COLLECT {
         UNWIND pairings AS p
         MATCH (p)<-[:PARTY_TO]-(party)
         WITH CASE WHEN party:Unit THEN party.sector ELSE head([(party:PartyOrganization)-[:LEADS]->(pu:Unit) | pu.sector]) END AS sector
         WHERE sector IS NOT NULL
         RETURN DISTINCT sector
       } AS sectors,
       COLLECT {
         WITH scope, street WHERE scope IS NOT NULL
         UNWIND [scope] + COLLECT { MATCH (scope)<-[:PART_OF]-(a:Area) RETURN a } AS area
         MATCH (area)<-[:PART_OF]-(u:Unit)
         RETURN {unit: u, nearness: CASE WHEN area = street THEN 2 ELSE 1 END}
       } + COLLECT {
         UNWIND needs AS n
         CALL (n) {
           MATCH (r:Resource {category: n.category})<-[:OFFERS]-(offerer)
           WHERE ${offeredAt("r")}
           WITH CASE WHEN offerer:Unit THEN offerer ELSE head([(offerer:PartyOrganization)-[:LEADS]->(lu:Unit) | lu]) END AS u
           WHERE u IS NOT NULL
           RETURN DISTINCT u ORDER BY u.id LIMIT $farPerNeed
         }
         RETURN {unit: u, nearness: 0}
       } AS candidates
  UNWIND candidates AS candidate
  WITH pairings, needs, sectors, candidate.unit AS u, max(candidate.nearness) AS nearness
  WITH pairings, needs, sectors, u, nearness, ${partiesOf("u")} AS them
  WITH pairings, needs, sectors, u, nearness, them,
       COLLECT {
         UNWIND them AS up
         MATCH (up)-[:PARTY_TO]->(p:Pairing)
         WHERE ${inForce("p")}
         RETURN DISTINCT p
       } AS theirs
  WHERE none(p IN theirs WHERE p IN pairings)
  WITH needs, sectors, u, nearness, size(theirs) AS load,
       COLLECT {
         UNWIND them AS o
         MATCH (o)-[:OFFERS]->(r:Resource)
         WHERE ${offeredAt("r")}
         RETURN r ORDER BY r.id
       } AS resources
  WITH u, nearness, load, u.sector IS NOT NULL AND NOT u.sector IN sectors AS newSector,
       [n IN needs WHERE any(r IN resources WHERE r.category = n.category) |
         {id: n.id, name: n.name, category: n.category, resource: [r IN resources WHERE r.category = n.category | r.name][0]}] AS met
  WITH u, nearness, load, newSector, met,
       $weights.need * size(met)
       + CASE nearness WHEN 2 THEN $weights.street WHEN 1 THEN $weights.district ELSE 0 END
       + $weights.load / (1.0 + load)
       + CASE WHEN newSector THEN $weights.sector ELSE 0 END AS score
  ORDER BY score DESC, u.id
  LIMIT $first
  RETURN collect({unit: ${orgRefOf("u", projection)}, sector: u.sector, score: score, met: met, nearness: nearness, load: load, newSector: newSector}) AS suggestions
}
RETURN type, suggestions`;

const SUGGEST = byProjection(suggestCypher);

/** How near a unit is to the community, as the score and the reasons read it. */
export const NEARNESS = ["elsewhere", "district", "street"] as const;
export type Nearness = (typeof NEARNESS)[number];

export interface MetNeed {
  id: string;
  name: string;
  category: string;
  /** The name of a resource of the unit with the need's category. */
  resource: string;
}

export interface Candidate {
  unit: OrgRef;
  sector: string | null;
  score: number;
  met: MetNeed[];
  nearness: 0 | 1 | 2;
  load: number;
  newSector: boolean;
}

/** What a planner reads for one candidate: one line per need met, then where it is, its load and its sector. */
export function reasonsFor(candidate: Candidate): string[] {
  const reasons = candidate.met.map((need) => `offers ${need.resource} for the open need ${need.name}`);
  reasons.push(candidate.nearness === 2 ? "same street" : candidate.nearness === 1 ? "same district" : "outside the district");
  reasons.push(candidate.load === 0 ? "no pairing in force" : candidate.load === 1 ? "1 pairing in force" : `${candidate.load} pairings in force`);
  if (candidate.newSector && candidate.sector) reasons.push(`sector ${candidate.sector}: none of the community's present partners`);
  return reasons;
}

@ObjectType(answerType("A unit that could pair with a community, with why."))
export class PartnerSuggestion {
  @Field(() => OrgRef, { description: "The unit suggested." }) unit!: OrgRef;
  @Field(() => Float, {
    description: "10 per open need met + 4 same street or 2 same district + 1/(1 + load) + 0.5 for a sector new among the community's partners; higher first.",
  })
  score!: number;
  @Field(() => [String], { description: "Why, in words a person reads: the needs met, nearness, load, sector." }) reasons!: string[];
  @Field(() => [ID], { description: "The community's open needs whose category one of the unit's resources has, by id." }) needs!: string[];
  @Field(() => Int, { description: "Pairings in force at asOf that the unit (or a party organization leading it) is party to." }) load!: number;
  @Field(() => String, { description: "street, district or elsewhere: where the unit is, seen from the community." }) nearness!: Nearness;
  @Field(() => String, { nullable: true, description: "The unit's sector." }) sector!: string | null;
}

export function toSuggestion(candidate: Candidate): PartnerSuggestion {
  return {
    unit: candidate.unit,
    score: Math.round(candidate.score * 1000) / 1000,
    reasons: reasonsFor(candidate),
    needs: candidate.met.map((n) => n.id),
    load: candidate.load,
    nearness: NEARNESS[candidate.nearness],
    sector: candidate.sector,
  };
}

@Resolver()
export class SuggestPartnersResolver {
  @Query(() => [PartnerSuggestion], {
    description:
      "Units not paired with the community at asOf (default today), best first: open needs their resources meet by category, then nearness (same street, same district, elsewhere), then load and sector variety; ties by id. Candidates: the units of the community's district, and up to 50 per open need from anywhere that offer its category.",
  })
  async suggestPartners(
    @Arg("communityId", () => ID) communityId: string,
    @Arg("asOf", () => String, { nullable: true }) asOf: string | null | undefined,
    @Arg("first", () => Int, { nullable: true, defaultValue: DEFAULT_FIRST }) first: number | null,
    @Ctx() { driver }: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PartnerSuggestion[]> {
    checkId("communityId", communityId);
    const size = first ?? DEFAULT_FIRST;
    checkRange("first", size, MIN_PAGE, MAX_FIRST);
    const params = {
      communityId,
      asOf: asOfDay(asOf),
      first: neo4j.int(size),
      farPerNeed: neo4j.int(FAR_CANDIDATES_PER_NEED),
      weights: SCORE_WEIGHTS,
    };
    const [row] = await readQuery<{ type: string; suggestions: Candidate[] }>(driver, SUGGEST(info), params);
    if (!row) throw notFound("community", communityId);
    if (row.type !== "Community") throw badInput(`communityId names a ${row.type}, not a Community: suggestions are for communities.`, "communityId");
    return row.suggestions.map(toSuggestion);
  }
}
