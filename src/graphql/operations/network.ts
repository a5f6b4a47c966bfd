import type { GraphQLResolveInfo } from "graphql";
import neo4j from "neo4j-driver";
import { Arg, Ctx, Field, Float, ID, Info, Int, ObjectType, Query, Resolver } from "type-graphql";
import { readQuery } from "../../database/query";
import { keptAt, scopeMembers } from "../../cypher/scope";
import { orgRefOf, Projection } from "../../cypher/refs";
import { measureNetwork } from "../../graph/network-measures";
import type { RequestContext } from "../context";
import { badInput, ErrorCode, notFound, userError } from "../errors";
import { asOfDay, checkId } from "../types/arguments";
import { answerType } from "../types/answer-type";
import { byProjection, OrgRef } from "../types/org-ref";

/**
 * The largest network measured. Betweenness (Brandes) costs nodes × links and runs on the server's
 * one thread: 1,000 organizations with 5,000 links took 1.1 s, 2,000 with 5,000 took 3.4 s on the
 * shared 2-core VM (2026-12-01). A larger scope is refused, naming the cap; `npm run export`
 * gives any scope's whole graph for NetworkX or Gephi instead.
 */
export const MAX_NETWORK_NODES = 1_500;
export const MAX_NETWORK_LINKS = 8_000;

export const NETWORK_KINDS = ["pairing", "alliance"] as const;
type NetworkKind = (typeof NETWORK_KINDS)[number];

/**
 * One row for the scope (none when no node has the id): its type, and the org-to-org links of the
 * projection, one per pair of organizations (a.id < b.id) weighted by how many groups (pairings in
 * force, or alliances with both memberships in force) they share. The groups are those the scope's
 * organizations belong to (scope.ts), and every member of a group is a node, in the scope or not:
 * a district's community paired with a unit elsewhere is a link of the district's network. One
 * more link than the cap is fetched, so a scope over it is told apart without reading it all.
 */
const networkQuery = (groups: string, pair: string, pairKept: string) =>
  byProjection(
    (projection: Projection) => `
MATCH (root:Entity {id: $scopeId})
WITH root, [l IN labels(root) WHERE l <> 'Entity'][0] AS rootType, ${scopeMembers("root")} AS members
WITH rootType, ${groups} AS groups
RETURN rootType, COLLECT {
  UNWIND groups AS g
  MATCH ${pair}
  WHERE a.id < b.id AND ${pairKept}
  WITH a, b, count(DISTINCT g) AS weight
  ORDER BY a.id, b.id
  LIMIT $linkLimit
  RETURN {a: ${orgRefOf("a", projection)}, b: ${orgRefOf("b", projection)}, weight: weight} AS link
} AS links`,
  );

const NETWORK: Record<NetworkKind, (info: GraphQLResolveInfo) => string> = {
  // The pairings in force that the scope's organizations are party to (or that are its parts).
  pairing: networkQuery(
    `COLLECT { UNWIND members AS o MATCH (o)-[:PARTY_TO]->{0,1}(p:Pairing) WHERE ${keptAt("p")} RETURN DISTINCT p }`,
    `(a)-[:PARTY_TO]->(g)<-[:PARTY_TO]-(b)`,
    "true",
  ),
  // An alliance's scope is its own co-membership; an area's, that of every alliance its organizations are in.
  alliance: networkQuery(
    `CASE WHEN rootType = 'Alliance' THEN [m IN members WHERE m:Alliance AND m.id = $scopeId]
     ELSE COLLECT { UNWIND members AS o MATCH (o)-[link:MEMBER_OF]->(al:Alliance) WHERE ${keptAt("link")} RETURN DISTINCT al } END`,
    `(a)-[ma:MEMBER_OF]->(g)<-[mb:MEMBER_OF]-(b)`,
    `${keptAt("ma")} AND ${keptAt("mb")}`,
  ),
};

@ObjectType(answerType("An organization in a network, with its measures."))
export class NetworkNode {
  @Field(() => OrgRef, { description: "The organization." }) node!: OrgRef;
  @Field(() => Int, { description: "How many organizations it is linked to." }) degree!: number;
  @Field(() => Float, { description: "Betweenness centrality by hops, normalized as NetworkX's betweenness_centrality: the brokers score highest." })
  betweenness!: number;
  @Field(() => Int, { description: "Its Louvain community (0, 1, 2...), weighted by the links' weights; seeded, so stable for the same network." })
  community!: number;
}

@ObjectType(answerType("Two organizations that share pairings (or alliances)."))
export class NetworkLink {
  @Field(() => ID, { description: "One end's id (a NetworkNode's node.id)." }) from!: string;
  @Field(() => ID, { description: "The other end's id." }) to!: string;
  @Field(() => Int, { description: "How many pairings in force (or alliances) the two share." }) weight!: number;
}

@ObjectType(answerType("An org-to-org network and its measures."))
export class Network {
  @Field(() => [NetworkNode], { description: "Every organization with a link, brokers first (by betweenness, then degree, then name)." })
  nodes!: NetworkNode[];
  @Field(() => [NetworkLink], { description: "One per pair of organizations, from the smaller id to the larger." }) links!: NetworkLink[];
}

interface Row {
  rootType: string;
  links: { a: OrgRef; b: OrgRef; weight: number }[];
}

const tooLarge = (what: string, cap: number): Error =>
  userError(
    ErrorCode.QUERY_TOO_COMPLEX,
    `This network has more than ${cap} ${what}, the most that is measured on request: choose a smaller scope (a street or an alliance), or run npm run export -- --format graphml --scope ID FILE and measure it in NetworkX or Gephi.`,
    { cap },
  );

/** The network answer from the projection's links: nodes with their measures, brokers first. */
export function networkOf(links: Row["links"]): Network {
  const refs = new Map<string, OrgRef>();
  for (const { a, b } of links) refs.set(a.id, a).set(b.id, b);
  if (refs.size > MAX_NETWORK_NODES) throw tooLarge("organizations", MAX_NETWORK_NODES);
  const measures = measureNetwork(links.map(({ a, b, weight }) => ({ from: a.id, to: b.id, weight })));
  const nodes = [...refs.values()].map((node) => ({ node, ...measures.get(node.id)! }));
  nodes.sort(
    (x, y) =>
      y.betweenness - x.betweenness ||
      y.degree - x.degree ||
      (x.node.name < y.node.name ? -1 : x.node.name > y.node.name ? 1 : 0) ||
      (x.node.id < y.node.id ? -1 : 1),
  );
  return { nodes, links: links.map(({ a, b, weight }) => ({ from: a.id, to: b.id, weight })) };
}

@Resolver()
export class NetworkResolver {
  @Query(() => Network, {
    description: `The org-to-org network of an area or alliance at asOf (default today), with each organization's degree, betweenness and Louvain community. kind "pairing": linked when co-parties of a pairing in force; "alliance": when co-members of an alliance. Scopes over ${MAX_NETWORK_NODES} organizations or ${MAX_NETWORK_LINKS} links are refused (QUERY_TOO_COMPLEX).`,
  })
  async network(
    @Arg("scopeId", () => ID) scopeId: string,
    @Arg("asOf", () => String, { nullable: true }) asOf: string | null | undefined,
    @Arg("kind", () => String, { nullable: true, defaultValue: "pairing" }) kindArg: string | null,
    @Ctx() { driver }: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Network> {
    checkId("scopeId", scopeId);
    const kind = kindArg ?? "pairing";
    if (!(NETWORK_KINDS as readonly string[]).includes(kind)) throw badInput(`kind must be one of ${NETWORK_KINDS.join(", ")}; got ${JSON.stringify(kind.slice(0, 20))}.`, "kind");
    const [row] = await readQuery<Row>(driver, NETWORK[kind as NetworkKind](info), { scopeId, asOf: asOfDay(asOf), linkLimit: neo4j.int(MAX_NETWORK_LINKS + 1) });
    if (!row) throw notFound("node", scopeId);
    if (row.rootType !== "Area" && row.rootType !== "Alliance") throw badInput(`scopeId must name an Area or an Alliance; "${scopeId}" is a ${row.rootType}.`, "scopeId");
    if (row.links.length > MAX_NETWORK_LINKS) throw tooLarge("links", MAX_NETWORK_LINKS);
    return networkOf(row.links);
  }
}
