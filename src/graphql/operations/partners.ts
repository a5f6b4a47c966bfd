import DataLoader from "dataloader";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, FieldResolver, ID, Info, ObjectType, Query, Resolver, Root } from "type-graphql";
import { readQuery } from "../../database/query";
import { ORGANIZATION_TYPES } from "../../graph/model";
import type { RequestContext } from "../context";
import { notFound } from "../errors";
import { asOfDay, checkId } from "./arguments";
import { inForce } from "./in-force";
import { byProjection, nameEnOf, OrgRef, orgRefOf } from "./refs";
import { answerType } from "./answer-type";

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

/**
 * Every party of each pairing asked for, by pairing id: the batch query behind PairingRef.parties,
 * so a page of partnerships costs one query for all their pairings' parties, not one each. With
 * English names always, since one batch serves every selection of parties in the request.
 */
const PARTIES_OF_PAIRINGS = `
UNWIND $ids AS id
MATCH (pairing:Pairing {id: id})<-[link:PARTY_TO]-(party)
WITH id, party, link ORDER BY party.name, party.id
RETURN id, collect({node: ${orgRefOf("party", { nameEn: true })}, role: link.role}) AS parties`;

@ObjectType(answerType("A party to a pairing, with the role its PARTY_TO link gives."))
export class PairingParty {
  @Field(() => OrgRef) node!: OrgRef;
  @Field(() => String, { nullable: true }) role?: string | null;
}

@ObjectType(answerType("A pairing (结对共建, 双报到...) as the custom operations name it."))
export class PairingRef {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) nameEn?: string | null;
  @Field(() => String, { description: "co_building, dual_registration, assistance, liaison, guidance or other." }) kind!: string;
  @Field(() => String, { nullable: true }) since?: string | null;
  @Field(() => String, { nullable: true }) until?: string | null;
}

@ObjectType(answerType("One partner through one pairing."))
export class Partnership {
  @Field(() => OrgRef) partner!: OrgRef;
  @Field(() => PairingRef) pairing!: PairingRef;
  @Field(() => String, { nullable: true, description: "The partner's role in the pairing (its PARTY_TO role), e.g. 共建单位." }) role?: string | null;
  @Field(() => OrgRef, {
    description: "Who on the asked side is party to the pairing: the organization itself or, for a Community, a party organization that LEADS it.",
  })
  party!: OrgRef;
}

/** The batch function of the per-request `pairingParties` loader (see loaders.ts). */
export function loadPairingParties(driver: RequestContext["driver"]): DataLoader<string, PairingParty[]> {
  return new DataLoader(async (ids: readonly string[]) => {
    const rows = await readQuery<{ id: string; parties: PairingParty[] }>(driver, PARTIES_OF_PAIRINGS, { ids: [...ids] });
    const byId = new Map(rows.map((r) => [r.id, r.parties]));
    return ids.map((id) => byId.get(id) ?? []);
  });
}

@Resolver(() => PairingRef)
export class PairingRefResolver {
  @FieldResolver(() => [PairingParty], { description: "Every party to the pairing, ours included, by name." })
  parties(@Root() pairing: PairingRef, @Ctx() { loaders }: RequestContext): Promise<PairingParty[]> {
    return loaders.pairingParties.load(pairing.id);
  }
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
