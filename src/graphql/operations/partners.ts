import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, ID, Info, ObjectType, Query, Resolver } from "type-graphql";
import { readQuery } from "../../database/query";
import { ORGANIZATION_TYPES } from "../../graph/model";
import type { RequestContext } from "../context";
import { notFound } from "../errors";
import { asOfDay, checkId } from "../types/arguments";
import { inForce } from "../../cypher/in-force";
import { nameEnOf, orgRefOf } from "../../cypher/refs";
import { byProjection, OrgRef } from "../types/org-ref";
import { answerType } from "../types/answer-type";
import { PairingRef } from "../types/pairing-ref";

/**
 * One row for the organization, or none when no organization has the id. `partnerships` holds one
 * entry per (partner, pairing) of the pairings in force at $asOf that `org` is party to; for a
 * Community, also those its leading party organizations are party to, since the contract counts
 * those as the community's pairings. "Our side" (`us`: the org and, for a community, its leaders)
 * is never its own partner. A pairing of three parties gives each of us two partners.
 */
const PARTNERS = byProjection(
  (projection) => `
MATCH (org:Entity {id: $orgId})
WHERE any(label IN labels(org) WHERE label IN $organizationTypes)
WITH org, [org] + CASE WHEN org:Community THEN COLLECT { MATCH (org)<-[:LEADS]-(leader:PartyOrganization) RETURN leader } ELSE [] END AS us
RETURN COLLECT {
  UNWIND us AS self
  MATCH (self)-[:PARTY_TO]->(pairing:Pairing)<-[link:PARTY_TO]-(partner)
  WHERE ${inForce("pairing")} AND NOT partner IN us
  WITH pairing, partner, link, min(self.id) AS selfId
  MATCH (self:Entity {id: selfId})
  RETURN {
    partner: ${orgRefOf("partner", projection)},
    pairing: {id: pairing.id, name: pairing.name${nameEnOf("pairing", projection)}, kind: pairing.kind, since: pairing.since, until: pairing.until},
    role: link.role,
    party: ${orgRefOf("self", projection)}
  } AS partnership
  ORDER BY partner.name, partner.id, pairing.id
} AS partnerships`,
);

@ObjectType(answerType("One partner through one pairing."))
export class Partnership {
  @Field(() => OrgRef, { description: "The organization on the other side of the pairing." }) partner!: OrgRef;
  @Field(() => PairingRef, { description: "The pairing that links them." }) pairing!: PairingRef;
  @Field(() => String, { nullable: true, description: "The partner's role in the pairing (its PARTY_TO role), e.g. 共建单位." }) role?: string | null;
  @Field(() => OrgRef, {
    description: "Who on the asked side is party to the pairing: the organization itself or, for a Community, a party organization that LEADS it.",
  })
  party!: OrgRef;
}

@Resolver()
export class PartnersResolver {
  @Query(() => [Partnership], {
    description:
      "Who is paired with the organization at asOf (default today): the other parties of the pairings in force it is party to; for a Community, also those of the party organizations leading it.",
  })
  async partners(
    @Arg("orgId", () => ID) orgId: string,
    @Arg("asOf", () => String, { nullable: true }) asOf: string | null | undefined,
    @Ctx() { driver }: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Partnership[]> {
    checkId("orgId", orgId);
    const params = { orgId, asOf: asOfDay(asOf), organizationTypes: ORGANIZATION_TYPES };
    const [row] = await readQuery<{ partnerships: Partnership[] }>(driver, PARTNERS(info), params);
    if (!row) throw notFound("organization", orgId);
    return row.partnerships;
  }
}
