/**
 * What the benchmark asks, each question twice: as a GraphQL request to the API and as hand-written
 * Cypher over the driver (the floor the API can approach but not beat). The Cypher is written from
 * the contract's semantics (section 1 for "in force" and "paired", section 3 for the operations),
 * not copied from src/graphql/operations, so a difference in answers shows a misreading on one side.
 *
 * Each case reduces both answers to the same small "shape" (counts), and, where the contract orders
 * the answer, to its ids in order; the benchmark checks that the two sides agree before it times
 * anything.
 */

import neo4j from "neo4j-driver";

/** The arguments, picked from the loaded city by dev/bench/run.ts (pickArguments). */
export interface BenchArguments {
  city: string;
  district: string;
  street: string;
  /** The street of the district with the most communities (hundreds: synth's wideStreet). */
  wideStreet: string;
  /** A community with pairings in force at asOf. */
  community: string;
  /** A pairing with a path to results through projects and activities. */
  pairing: string;
  /** The alliance with the most members. */
  alliance: string;
  /** A name stem that full-text search finds. */
  searchText: string;
  /** A community of the district with a need open at asOf, for the planner's suggestions. */
  plannedCommunity: string;
  asOf: string;
}

type Data = Record<string, any>;
type Row = Record<string, any>;

export interface BenchCase {
  /** The row's label. */
  name: string;
  /** The contract operation, or "nested" for the generated four-level query. */
  operation: string;
  /**
   * The target for GraphQL p50 ÷ the relay floor (Cypher p50 + the relay's p50, issue 23): 1.25 for
   * the contract's operations, 1.5 for a generated nested view, where @neo4j/graphql's translation
   * is not ours to shape.
   */
  targetRatio: number;
  /** Human-readable arguments, for the table. */
  args: string;
  graphql: { query: string; variables: Record<string, unknown> };
  cypher: { query: string; params: Record<string, unknown> };
  shapeOfGraphQL(data: Data): number[];
  shapeOfCypher(rows: Row[]): number[];
  /** Where the contract orders the answer: its ids in that order, for both sides to agree on. */
  orderOfGraphQL?(data: Data): string[];
  orderOfCypher?(rows: Row[]): string[];
}

/** In force at $asOf (contract section 1): a partial date compares as its first day. */
const inForce = (x: string): string =>
  `(${x}.since IS NULL OR left(${x}.since + '-01-01', 10) <= $asOf) AND (${x}.until IS NULL OR left(${x}.until + '-01-01', 10) >= $asOf)`;

/** Paired at $asOf: the community, or a party organization leading it, is party to a pairing in force. */
const paired = (c: string): string =>
  `(EXISTS { (${c})-[:PARTY_TO]->(p:Pairing) WHERE ${inForce("p")} } OR EXISTS { (${c})<-[:LEADS]-(:PartyOrganization)-[:PARTY_TO]->(p:Pairing) WHERE ${inForce("p")} })`;

/** Every Community below the area, through areas and communities. */
const below = (area: string, c: string): string => `(${area})(()<-[:PART_OF]-(:Area|Community))+(${c}:Community)`;

const typeOf = (n: string): string => `[l IN labels(${n}) WHERE l <> 'Entity'][0]`;

/**
 * The same answer as search: Lucene's best $candidates (four per hit asked for), ranked again so an
 * exact name, then a prefix, comes first. (Until 2026-12-02 the floor took Lucene's top $first
 * alone, a different answer whenever an exact name was not among them, and less work.)
 */
export const RAW_SEARCH = `
CALL db.index.fulltext.queryNodes('entity_names_aliases', $query, {limit: $candidates}) YIELD node, score
WITH node, CASE
    WHEN node.name = $text OR $text IN coalesce(node.aliases, []) THEN 3
    WHEN node.name STARTS WITH $text OR any(alias IN coalesce(node.aliases, []) WHERE alias STARTS WITH $text) THEN 2
    ELSE 1 END + score / (1.0 + score) AS score
RETURN node.id AS id, node.name AS name, ${typeOf("node")} AS type, score
ORDER BY score DESC, id LIMIT $first`;

export const RAW_PARTNERS = `
MATCH (org:Entity {id: $orgId})
OPTIONAL MATCH (org:Community)<-[:LEADS]-(leader:PartyOrganization)
WITH org, [org] + collect(leader) AS us
UNWIND us AS self
MATCH (self)-[:PARTY_TO]->(pairing:Pairing)<-[:PARTY_TO]-(partner)
WHERE ${inForce("pairing")} AND NOT partner IN us
RETURN DISTINCT partner.id AS partner, partner.name AS name, ${typeOf("partner")} AS type,
       pairing.id AS pairing, pairing.kind AS kind, pairing.since AS since, pairing.until AS until
ORDER BY name, partner, pairing`;

/**
 * One row per node PART_OF the root, not one for the whole tree, as orgTree itself answers (see
 * org-tree.ts for why it is faster): the floor is the fastest Cypher we know (a 2,040-node
 * district: 26.9 ms as one record, 26.2 ms as 2,040 one-path rows, 14.7 ms as one row per street).
 * Children by name (contract section 3), ties by id as the API breaks them; each child a list
 * [id, name, type], which the driver decodes faster than a map (refs.ts orgRefListOf).
 */
export const RAW_ORG_TREE_DEPTH_2 = `
MATCH (root:Entity {id: $rootId})<-[l1:PART_OF]-(n1)
WHERE ${inForce("l1")}
WITH n1 ORDER BY n1.name, n1.id
RETURN n1.id AS id, n1.name AS name, ${typeOf("n1")} AS type, COLLECT {
  MATCH (n1)<-[l2:PART_OF]-(n2) WHERE ${inForce("l2")}
  WITH n2 ORDER BY n2.name, n2.id
  RETURN [n2.id, n2.name, ${typeOf("n2")}]
} AS children`;

export const RAW_UNPAIRED = `
MATCH (area:Area {id: $areaId})
MATCH ${below("area", "c")}
WITH DISTINCT c
WHERE NOT ${paired("c")}
WITH c ORDER BY c.id
WITH collect(c) AS unpaired
RETURN size(unpaired) AS totalCount, [c IN unpaired[0..$first] | {id: c.id, name: c.name}] AS items`;

/**
 * Contract 4.4: out along PARTY_TO, ADOPTS, RUNS, HELD, PRODUCED, or from an Initiative or Pairing
 * to the Initiatives, Pairings and Projects PART_OF it. A path cites its links and its result, and a
 * node only where the link that reached it cites nothing (issue 16).
 */
export const RAW_TRACE = `
MATCH (start:Entity {id: $fromId})
MATCH path = (start)((x)-[r]-(y)
  WHERE (type(r) IN ['PARTY_TO', 'ADOPTS', 'RUNS', 'HELD', 'PRODUCED'] AND startNode(r) = x)
     OR (type(r) = 'PART_OF' AND endNode(r) = x AND (x:Initiative OR x:Pairing) AND (y:Initiative OR y:Pairing OR y:Project))){0,6}(result:Result)
WITH path, result, relationships(path) AS rs, nodes(path) AS ns
CALL (path, result, rs, ns) {
  UNWIND [i IN range(1, size(rs)) | CASE WHEN rs[i - 1].sourceIds IS NOT NULL AND size(rs[i - 1].sourceIds) > 0 THEN rs[i - 1] WHEN i < size(rs) THEN ns[i] END] + [result] AS element
  UNWIND range(0, size(coalesce(element.sourceIds, [])) - 1) AS k
  MATCH (source:Source {id: element.sourceIds[k]})
  RETURN collect(DISTINCT {id: source.id, name: source.name, publication: source.publication, date: source.date, locator: element.sourceLocators[k]}) AS sources
}
RETURN [n IN nodes(path) | {id: n.id, name: n.name, type: ${typeOf("n")}}] AS steps, [r IN relationships(path) | type(r)] AS via,
       result {.id, .name, .value, .unit, .date} AS result, sources`;

export const RAW_ALLIANCE_STRUCTURE = `
MATCH (alliance:Alliance {id: $allianceId})
CALL (alliance) {
  MATCH (member)-[link:MEMBER_OF]->(alliance) WHERE ${inForce("link")}
  WITH member, link ORDER BY member.name, member.id
  RETURN collect({id: member.id, name: member.name, role: link.role, sector: member.sector, since: link.since, until: link.until}) AS members
}
CALL (alliance) {
  MATCH (member)-[link:MEMBER_OF]->(alliance) WHERE ${inForce("link")}
  WITH coalesce(member.sector, 'unspecified') AS sector, count(*) AS count ORDER BY count DESC, sector
  RETURN collect({sector: sector, count: count}) AS sectors
}
CALL (alliance) {
  MATCH ()-[link:MEMBER_OF]->(alliance)
  RETURN collect({since: link.since, until: link.until}) AS memberships
}
CALL (alliance) {
  MATCH (alliance)-[:PRODUCED]->(figure:Result) WHERE figure.measure = 'member_units'
  OPTIONAL MATCH (source:Source) WHERE source.id IN coalesce(figure.sourceIds, [])
  WITH figure, collect(source {.id, .name, .publication, .date}) AS sources
  RETURN collect(figure {.value, .date, .dateBasis, .status, sources: sources}) AS reported
}
RETURN alliance.id AS id, alliance.name AS name, alliance.founded AS founded, members, sectors, memberships, reported`;

export const RAW_COVERAGE = `
MATCH (area:Area {id: $areaId})
CALL (area) {
  MATCH ${below("area", "c")}
  WITH DISTINCT c
  RETURN count(c) AS communities,
         count(CASE WHEN ${paired("c")} THEN 1 END) AS paired,
         count(CASE WHEN EXISTS { (c)<-[:PART_OF]-(:ServiceStation) } THEN 1 END) AS withStation
}
CALL (area) {
  OPTIONAL MATCH (area)(()<-[:PART_OF]-(:Area))*(:Area)-[:ADOPTS]->(:Initiative)((x)-[r]-(y)
    WHERE (type(r) IN ['PARTY_TO', 'ADOPTS', 'RUNS', 'HELD', 'PRODUCED'] AND startNode(r) = x)
       OR (type(r) = 'PART_OF' AND endNode(r) = x AND (x:Initiative OR x:Pairing) AND (y:Initiative OR y:Pairing OR y:Project))){0,7}(figure:Result)
  WHERE figure.measure IN ['paired_units', 'paired_communities', 'registered_members']
  RETURN collect(DISTINCT figure {.id, .value, .measure, .sourceIds}) AS reported
}
RETURN communities, paired, withStation, reported`;

/** A need open at $asOf: listed then (since/until) and not marked met or withdrawn (contract section 4.2). */
const open = (n: string): string => `(${n}.status IS NULL OR ${n}.status = 'open') AND ${inForce(n)}`;

/** Who speaks for an organization: itself and the party organizations that lead it. */
const us = (o: string): string => `[${o}] + [(${o})<-[:LEADS]-(po:PartyOrganization) | po]`;

/**
 * The open needs below the area, with the units below it offering each need's category: the
 * page of 50 by id and the count. Units are gathered once per category of the page (the page's
 * categories read once, not once per resource: the operation's way since 2026-12-02, which took
 * this query from 69 to 52 ms) and matched by category in the list.
 */
export const RAW_OPEN_NEEDS = `
MATCH (area:Area {id: $areaId})
CALL (area) {
  MATCH ${below("area", "c")}
  WITH DISTINCT c
  UNWIND ${us("c")} AS party
  MATCH (party)-[:RAISED]->(n:Need) WHERE ${open("n")}
  RETURN DISTINCT n ORDER BY n.id
}
WITH area, collect(n) AS needs
WITH area, size(needs) AS totalCount, needs[0..$first] AS page
WITH area, totalCount, page, [n IN page | n.category] AS categories
CALL (area, categories) {
  MATCH (area)<-[:PART_OF*0..3]-(:Area)<-[:PART_OF]-(u:Unit)
  UNWIND ${us("u")} AS party
  MATCH (party)-[:OFFERS]->(r:Resource) WHERE ${inForce("r")} AND r.category IN categories
  WITH DISTINCT r.category AS category, u.id AS unit
  WITH category, collect(unit) AS units
  RETURN collect({category: category, units: units}) AS offers
}
RETURN totalCount, [n IN page | {id: n.id, units: coalesce([o IN offers WHERE o.category = n.category][0].units, [])}] AS items`;

/**
 * Units of the community's district (through its street) and units anywhere offering an open need's
 * category, less those party with the community to a pairing in force; scored as
 * src/graphql/operations/suggest-partners.ts documents (10 a need met, 4 same street, 2 same
 * district, 1/(1 + load), 0.5 a new sector), best 10.
 */
export const RAW_SUGGEST_PARTNERS = `
MATCH path = (c:Community {id: $communityId})-[:PART_OF*1..4]->(street:Area)
WITH c, street ORDER BY length(path) LIMIT 1
OPTIONAL MATCH (street)-[:PART_OF]->(district:Area)
WITH c, street, coalesce(district, street) AS district, ${us("c")} AS ours
WITH c, street, district, ours,
     [p IN COLLECT { UNWIND ours AS o MATCH (o)-[:PARTY_TO]->(p:Pairing) WHERE ${inForce("p")} RETURN p } | p] AS pairings,
     COLLECT { UNWIND ours AS o MATCH (o)-[:RAISED]->(n:Need) WHERE ${open("n")} RETURN DISTINCT n } AS needs
WITH street, district, pairings, needs,
     COLLECT { UNWIND pairings AS p MATCH (p)<-[:PARTY_TO]-(x) UNWIND [x] + [(x)-[:LEADS]->(y:Unit) | y] AS z WITH z WHERE z:Unit RETURN DISTINCT z.sector } AS sectors
CALL (street, district, needs) {
  MATCH (district)<-[:PART_OF*0..1]-(a:Area)<-[:PART_OF]-(u:Unit)
  RETURN u, CASE WHEN a = street THEN 2 ELSE 1 END AS near
  UNION
  UNWIND needs AS n
  CALL (n) {
    MATCH (r:Resource {category: n.category})<-[:OFFERS]-(x)
    WHERE ${inForce("r")}
    UNWIND [x] + [(x)-[:LEADS]->(y:Unit) | y] AS u
    WITH u WHERE u:Unit
    RETURN DISTINCT u ORDER BY u.id LIMIT 50
  }
  RETURN u, 0 AS near
}
WITH pairings, needs, sectors, u, max(near) AS near
WITH pairings, needs, sectors, u, near,
     COLLECT { UNWIND ${us("u")} AS o MATCH (o)-[:PARTY_TO]->(p:Pairing) WHERE ${inForce("p")} RETURN DISTINCT p } AS theirs,
     COLLECT { UNWIND ${us("u")} AS o MATCH (o)-[:OFFERS]->(r:Resource) WHERE ${inForce("r")} RETURN DISTINCT r.category } AS offered
WHERE none(p IN theirs WHERE p IN pairings)
WITH u, near, size(theirs) AS load, size([n IN needs WHERE n.category IN offered]) AS met, NOT coalesce(u.sector, '') IN sectors AND u.sector IS NOT NULL AS fresh
WITH u, load, met, 10 * met + CASE near WHEN 2 THEN 4 WHEN 1 THEN 2 ELSE 0 END + 1.0 / (1 + load) + CASE WHEN fresh THEN 0.5 ELSE 0 END AS score
RETURN u.id AS id, score, load, met ORDER BY score DESC, id LIMIT 10`;

/** One row per sub-area, for the reason given at RAW_ORG_TREE_DEPTH_2 (9.8 ms as one record, 8.4 ms so). */
export const RAW_NESTED = `
MATCH (area:Area {id: $areaId})<-[:PART_OF]-(sub:Area)
RETURN area.id AS id, area.name AS name, {id: sub.id, name: sub.name, communities: COLLECT {
  MATCH (sub)<-[:PART_OF]-(c:Community)
  RETURN {id: c.id, name: c.name, pairings: COLLECT {
    MATCH (c)-[:PARTY_TO]->(p:Pairing) RETURN p {.id, .kind, .since, .until}
  }}
}} AS subArea`;

/** The generated view of one street: its communities and their pairings, one row per community. */
export const RAW_NESTED_STREET = `
MATCH (street:Area {id: $areaId})<-[:PART_OF]-(c:Community)
RETURN street.id AS id, street.name AS name, {id: c.id, name: c.name, pairings: COLLECT {
  MATCH (c)-[:PARTY_TO]->(p:Pairing) RETURN p {.id, .kind, .since, .until}
}} AS community`;

const REF = "id name type";

/** Nodes below the root; the deepest level asked for has no `children` selected. */
function countTree(node: { children?: unknown[] }): number {
  return ((node.children ?? []) as { children?: unknown[] }[]).reduce((sum: number, child) => sum + 1 + countTree(child), 0);
}

type TreeNode = { node: { id: string }; children?: TreeNode[] };

/** The ids below the root, depth first, in the order the answer lists them. */
const idsOfTree = (tree: TreeNode): string[] => (tree.children ?? []).flatMap((child) => [child.node.id, ...idsOfTree(child)]);

/** The benchmark's questions, with arguments from the loaded city. */
export function benchCases(a: BenchArguments): BenchCase[] {
  const orgTree = (name: string, rootId: string): BenchCase => ({
    name,
    operation: "orgTree",
    targetRatio: 1.25,
    args: `rootId: ${rootId}, depth: 2`,
    graphql: {
      query: `query($rootId: ID!) { orgTree(rootId: $rootId, depth: 2) { node { ${REF} } children { node { ${REF} } children { node { ${REF} } } } } }`,
      variables: { rootId },
    },
    // No asOf: the structure in force today.
    cypher: { query: RAW_ORG_TREE_DEPTH_2, params: { rootId, asOf: new Date().toISOString().slice(0, 10) } },
    shapeOfGraphQL: (d) => [countTree(d.orgTree)],
    shapeOfCypher: (rows) => [rows.reduce((sum, row) => sum + 1 + row.children.length, 0)],
    orderOfGraphQL: (d) => idsOfTree(d.orgTree),
    orderOfCypher: (rows) => rows.flatMap((row) => [row.id, ...row.children.map((child: string[]) => child[0])]),
  });
  const unpaired = (name: string, areaId: string): BenchCase => ({
    name,
    operation: "unpairedCommunities",
    targetRatio: 1.25,
    args: `areaId: ${areaId}, asOf: ${a.asOf}, first: 50`,
    graphql: {
      query: `query($areaId: ID, $asOf: String) { unpairedCommunities(areaId: $areaId, asOf: $asOf, first: 50) { totalCount items { ${REF} } nextCursor } }`,
      variables: { areaId, asOf: a.asOf },
    },
    cypher: { query: RAW_UNPAIRED, params: { areaId, asOf: a.asOf, first: 50 } },
    shapeOfGraphQL: (d) => [d.unpairedCommunities.totalCount, d.unpairedCommunities.items.length],
    shapeOfCypher: (rows) => [rows[0].totalCount, rows[0].items.length],
  });
  const coverage = (name: string, areaId: string): BenchCase => ({
    name,
    operation: "coverage",
    targetRatio: 1.25,
    args: `areaId: ${areaId}, asOf: ${a.asOf}`,
    graphql: {
      query: `query($areaId: ID!, $asOf: String) { coverage(areaId: $areaId, asOf: $asOf) { area { ${REF} } communities paired unpaired withStation } }`,
      variables: { areaId, asOf: a.asOf },
    },
    cypher: { query: RAW_COVERAGE, params: { areaId, asOf: a.asOf } },
    shapeOfGraphQL: (d) => [d.coverage.communities, d.coverage.paired, d.coverage.withStation],
    shapeOfCypher: (rows) => [rows[0].communities, rows[0].paired, rows[0].withStation],
  });

  return [
    {
      name: "search",
      operation: "search",
      targetRatio: 1.25,
      args: `text: ${a.searchText}, first: 10`,
      graphql: { query: `query($text: String!) { search(text: $text, first: 10) { node { ${REF} } score } }`, variables: { text: a.searchText } },
      // An Integer: a JavaScript number goes over Bolt as a float, which LIMIT refuses.
      cypher: { query: RAW_SEARCH, params: { query: `+"${a.searchText}"`, text: a.searchText, candidates: neo4j.int(40), first: neo4j.int(10) } },
      shapeOfGraphQL: (d) => [d.search.length],
      shapeOfCypher: (rows) => [rows.length],
      orderOfGraphQL: (d) => d.search.map((hit: { node: { id: string } }) => hit.node.id),
      orderOfCypher: (rows) => rows.map((row) => row.id),
    },
    {
      name: "partners",
      operation: "partners",
      targetRatio: 1.25,
      args: `orgId: ${a.community}, asOf: ${a.asOf}`,
      graphql: {
        query: `query($orgId: ID!, $asOf: String) { partners(orgId: $orgId, asOf: $asOf) { partner { ${REF} } pairing { id kind since until } } }`,
        variables: { orgId: a.community, asOf: a.asOf },
      },
      cypher: { query: RAW_PARTNERS, params: { orgId: a.community, asOf: a.asOf } },
      shapeOfGraphQL: (d) => [d.partners.length],
      shapeOfCypher: (rows) => [rows.length],
    },
    orgTree("orgTree (street)", a.street),
    orgTree("orgTree (wide street)", a.wideStreet),
    orgTree("orgTree (district)", a.district),
    unpaired("unpairedCommunities (wide street)", a.wideStreet),
    unpaired("unpairedCommunities (district)", a.district),
    unpaired("unpairedCommunities (city)", a.city),
    {
      name: "trace",
      operation: "trace",
      targetRatio: 1.25,
      args: `fromId: ${a.pairing}, maxDepth: 6`,
      graphql: {
        query: `query($fromId: ID!) { trace(fromId: $fromId, maxDepth: 6) { steps { node { ${REF} } via } result { id name value unit date } sources { id name publication date locator } } }`,
        variables: { fromId: a.pairing },
      },
      cypher: { query: RAW_TRACE, params: { fromId: a.pairing } },
      shapeOfGraphQL: (d) => [d.trace.length],
      shapeOfCypher: (rows) => [rows.length],
    },
    {
      name: "allianceStructure",
      operation: "allianceStructure",
      targetRatio: 1.25,
      args: `allianceId: ${a.alliance}, asOf: ${a.asOf}`,
      graphql: {
        query: `query($allianceId: ID!, $asOf: String) { allianceStructure(allianceId: $allianceId, asOf: $asOf) { alliance { ${REF} } memberCount members { node { ${REF} } role sector since until } sectors { sector count } timeline { date memberCount } } }`,
        variables: { allianceId: a.alliance, asOf: a.asOf },
      },
      cypher: { query: RAW_ALLIANCE_STRUCTURE, params: { allianceId: a.alliance, asOf: a.asOf } },
      shapeOfGraphQL: (d) => [d.allianceStructure.members.length, d.allianceStructure.sectors.length],
      shapeOfCypher: (rows) => [rows[0].members.length, rows[0].sectors.length],
    },
    {
      name: "suggestPartners",
      operation: "suggestPartners",
      targetRatio: 1.25,
      args: `communityId: ${a.plannedCommunity}, asOf: ${a.asOf}, first: 10`,
      graphql: {
        query: `query($communityId: ID!, $asOf: String) { suggestPartners(communityId: $communityId, asOf: $asOf, first: 10) { unit { ${REF} } score reasons needs load } }`,
        variables: { communityId: a.plannedCommunity, asOf: a.asOf },
      },
      cypher: { query: RAW_SUGGEST_PARTNERS, params: { communityId: a.plannedCommunity, asOf: a.asOf } },
      shapeOfGraphQL: (d) => [d.suggestPartners.length, ...d.suggestPartners.map((s: Row) => s.load)],
      shapeOfCypher: (rows) => [rows.length, ...rows.map((r) => r.load)],
    },
    {
      name: "openNeeds (district)",
      operation: "openNeeds",
      targetRatio: 1.25,
      args: `areaId: ${a.district}, asOf: ${a.asOf}, first: 50`,
      graphql: {
        query: `query($areaId: ID!, $asOf: String) { openNeeds(areaId: $areaId, asOf: $asOf, first: 50) { totalCount items { need { id category } community { ${REF} } units { ${REF} } unitCount } nextCursor } }`,
        variables: { areaId: a.district, asOf: a.asOf },
      },
      cypher: { query: RAW_OPEN_NEEDS, params: { areaId: a.district, asOf: a.asOf, first: neo4j.int(50) } },
      shapeOfGraphQL: (d) => [d.openNeeds.totalCount, d.openNeeds.items.length, d.openNeeds.items.reduce((sum: number, i: Row) => sum + i.unitCount, 0)],
      shapeOfCypher: (rows) => [rows[0].totalCount, rows[0].items.length, rows[0].items.reduce((sum: number, i: Row) => sum + i.units.length, 0)],
    },
    coverage("coverage (district)", a.district),
    coverage("coverage (city)", a.city),
    {
      name: "nested: areas → subAreas → communities → pairings",
      operation: "nested",
      targetRatio: 1.5,
      args: `areas(where: {id: {eq: ${a.district}}})`,
      graphql: {
        query: `query($areaId: ID!) { areas(where: {id: {eq: $areaId}}) { id name subAreas { id name communities { id name pairings { id kind since until } } } } }`,
        variables: { areaId: a.district },
      },
      cypher: { query: RAW_NESTED, params: { areaId: a.district } },
      shapeOfGraphQL: (d) => nestedShape(d.areas[0].subAreas, "communities", "pairings"),
      shapeOfCypher: (rows) => nestedShape(rows.map((row) => row.subArea), "communities", "pairings"),
    },
    {
      name: "nested: wide street → communities → pairings",
      operation: "nested",
      targetRatio: 1.5,
      args: `areas(where: {id: {eq: ${a.wideStreet}}})`,
      graphql: {
        query: `query($areaId: ID!) { areas(where: {id: {eq: $areaId}}) { id name communities { id name pairings { id kind since until } } } }`,
        variables: { areaId: a.wideStreet },
      },
      cypher: { query: RAW_NESTED_STREET, params: { areaId: a.wideStreet } },
      shapeOfGraphQL: (d) => nestedShape([d.areas[0]], "communities", "pairings"),
      shapeOfCypher: (rows) => nestedShape([{ communities: rows.map((row) => row.community) }], "communities", "pairings"),
    },
  ];
}

/** Streets, communities and pairings in a nested answer. */
function nestedShape(subAreas: Row[], middle: string, leaf: string): number[] {
  const communities = subAreas.flatMap((s) => s[middle] as Row[]);
  return [subAreas.length, communities.length, communities.reduce((sum, c) => sum + (c[leaf] as unknown[]).length, 0)];
}
