/**
 * The part of the graph an export writes: all of it, or an area's or an alliance's part
 * (`--scope`), with or without only what is in force at a date (`--as-of`). Every writer reads
 * through here, so the formats always agree on what is in a slice.
 *
 * Nodes and links come from Neo4j one type at a time, in the NDJSON export's order (nodes by type
 * then id, links by type then from and to), a page at a time (`pages`). A scoped slice first
 * resolves its node ids (two queries) and keeps them, a string per node; besides them only a page
 * or two is held.
 */
import neo4j, { Driver, Session } from "neo4j-driver";
import { readQuery } from "../database/query";
import { ENTITY_LABEL, LINK_TYPE_NAMES, LinkType, NODE_TYPE_NAMES, NodeType } from "../graph/model";
import { byCodePoint } from "../graph/string-order";
import { hangingOff, keptAt, scopeMembers } from "../cypher/scope";

export type Properties = Record<string, unknown>;

export interface SliceOptions {
  /** An Area or Alliance id: keep that part of the graph. */
  scopeId?: string;
  /** A first day (YYYY-MM-DD): keep what is in force then. */
  asOf?: string;
}

/** A scope that names nothing, or a node that cannot be a scope. */
export class ScopeError extends Error {
  constructor(
    message: string,
    readonly reason: "not_found" | "not_a_scope",
  ) {
    super(message);
  }
}

export interface Slice {
  readonly asOf: string | null;
  readonly scopeId: string | null;
  /** For a scope: its node ids by type, sorted; null for the whole graph. */
  readonly idsByType: Map<NodeType, string[]> | null;
  /** For a scope: every id in it, sorted (links are read in pieces of start ids, in the export's order). */
  readonly ids: string[] | null;
  /** For the whole graph: its nodes and each type's links, as Neo4j counts them (the choice of `linksPlan`); null for a scope. */
  readonly counts: GraphCounts | null;
}

interface GraphCounts {
  nodes: number;
  links: Record<LinkType, number>;
}

/**
 * The scope's own nodes: what scopeMembers gives, the pairings they are party to (directly, or as
 * the pairing itself) and every party of those pairings (a district's community's partner may sit
 * elsewhere: it is part of the fact), the alliances they belong to and the initiatives they adopt,
 * and what hangs off the members and pairings. An alliance's scope hangs only off the alliance.
 */
const SCOPE_NODES = `
MATCH (root:${ENTITY_LABEL} {id: $scopeId})
WITH root, [l IN labels(root) WHERE l <> '${ENTITY_LABEL}'][0] AS rootType
WITH root, rootType, ${scopeMembers("root")} AS members
WITH root, rootType, members,
  CASE WHEN root:Area THEN COLLECT {
    UNWIND members AS o
    MATCH (o)-[:PARTY_TO]->{0,1}(p:Pairing) WHERE ${keptAt("p")}
    RETURN DISTINCT p
  } ELSE [] END AS pairings
WITH root, rootType, members, pairings,
  COLLECT { UNWIND pairings AS p MATCH (p)<-[:PARTY_TO]-(o) RETURN DISTINCT o } AS partners,
  CASE WHEN root:Area THEN COLLECT {
    UNWIND members AS o
    MATCH (o)-[link:MEMBER_OF|ADOPTS]->(x) WHERE ${keptAt("link")}
    RETURN DISTINCT x
  } ELSE [] END AS joined,
  COLLECT {
    UNWIND CASE WHEN root:Area THEN members + pairings ELSE [root] END AS s
    MATCH ${hangingOff("s", "t")}
    RETURN DISTINCT t
  } AS hanging
UNWIND members + pairings + partners + joined + hanging AS n
WITH rootType, n WHERE n IS NOT NULL
RETURN rootType, collect(DISTINCT [n.id, [l IN labels(n) WHERE l <> '${ENTITY_LABEL}'][0]]) AS nodes`;

/** The root alone, to tell an unknown id from one that is not an area or alliance. */
const ROOT_TYPE = `MATCH (root:${ENTITY_LABEL} {id: $scopeId}) RETURN [l IN labels(root) WHERE l <> '${ENTITY_LABEL}'][0] AS rootType`;

/** The sources the scope's nodes and kept links cite: an exported citation always names a node in the file. */
const SCOPE_SOURCES = `
UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {id: id})
CALL (n) {
  UNWIND coalesce(n.sourceIds, []) AS s RETURN s
  UNION
  MATCH (n)-[r]->(b:${ENTITY_LABEL}) WHERE b.id IN $ids AND ${keptAt("r")}
  UNWIND coalesce(r.sourceIds, []) AS s RETURN s
}
WITH DISTINCT s
MATCH (source:Source {id: s})
RETURN source.id AS id`;

/** Resolves the slice: for a scope, its node ids (ScopeError when the id is unknown or not an area or alliance). */
export async function openSlice(driver: Driver, options: SliceOptions): Promise<Slice> {
  const asOf = options.asOf ?? null;
  if (!options.scopeId) {
    const [counts] = await readQuery<GraphCounts>(driver, COUNTS, {});
    return { asOf, scopeId: null, idsByType: null, ids: null, counts };
  }
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    return await resolveScope(session, options.scopeId, asOf);
  } finally {
    await session.close();
  }
}

async function resolveScope(session: Session, scopeId: string, asOf: string | null): Promise<Slice> {
  const result = await session.run(SCOPE_NODES, { scopeId, asOf });
  const row = result.records[0];
  if (!row) {
    const [root] = (await session.run(ROOT_TYPE, { scopeId })).records;
    if (!root) throw new ScopeError(`No node has id "${scopeId}".`, "not_found");
  }
  const rootType = (row?.get("rootType") as string | undefined) ?? "";
  if (rootType !== "Area" && rootType !== "Alliance") {
    throw new ScopeError(`A scope is an Area or an Alliance; "${scopeId}" is ${rootType ? `a ${rootType}` : "neither"}.`, "not_a_scope");
  }
  const byType = new Map<NodeType, Set<string>>();
  const add = (id: string, type: NodeType): void => {
    if (!byType.has(type)) byType.set(type, new Set());
    byType.get(type)!.add(id);
  };
  for (const [id, type] of row!.get("nodes") as [string, NodeType][]) add(id, type);
  const nodeIds = [...byType.values()].flatMap((s) => [...s]);
  for (const r of (await session.run(SCOPE_SOURCES, { ids: nodeIds, asOf })).records) add(r.get("id") as string, "Source");
  const idsByType = new Map<NodeType, string[]>();
  for (const type of NODE_TYPE_NAMES) if (byType.has(type)) idsByType.set(type, [...byType.get(type)!].sort(byCodePoint)); // as Neo4j orders ids, so a scoped export sorts as the whole-graph one does
  return { asOf, scopeId, idsByType, ids: [...idsByType.values()].flat().sort(byCodePoint), counts: null };
}

/**
 * Rows read in one query. Each page is its own short read (query.ts: retried when the database is
 * briefly away), read whole before it is written and the next one asked for while it is: one
 * query for a type of millions of links had to finish within the server's transaction timeout
 * (a 10M-node graph's PART_OF links did not), and a slow download held its transaction open.
 */
const PAGE_ROWS = 10_000;

const nodesOf = (type: NodeType): string => `
MATCH (n:${type}:${ENTITY_LABEL}) WHERE n.id > $after AND ${keptAt("n")}
RETURN properties(n) AS p ORDER BY n.id LIMIT $rows`;
// Ids come sorted, and UNWIND keeps their order.
const scopedNodesOf = (type: NodeType): string =>
  `UNWIND $ids AS id MATCH (n:${type}:${ENTITY_LABEL} {id: id}) RETURN properties(n) AS p`;

/**
 * A page of links after the link (from, to), two ways. Walking the start nodes in id order (the
 * entity_id index gives the order, so a page stops after its rows) reads every node once per link
 * type; reading the type's links and keeping the first rows reads all those left per page (the
 * hint: given the labels, the planner walks the index here too, 8.5 s a page for a type of 127,000
 * links among 11.4M nodes against 0.27 s). `linksPlan` takes the cheaper: the walk for a type of
 * many links, the type's links for a few.
 */
const linksByStart = (type: LinkType): string => `
MATCH (a:${ENTITY_LABEL}) WHERE a.id >= $from
MATCH (a)-[r:${type}]->(b:${ENTITY_LABEL}) WHERE (a.id > $from OR b.id > $to) AND ${keptAt("r")} AND ${keptAt("a")} AND ${keptAt("b")}
RETURN a.id AS from, b.id AS to, properties(r) AS p ORDER BY from, to LIMIT $rows`;
const linksByType = (type: LinkType): string => `
MATCH (a)-[r:${type}]->(b) USING SCAN r:${type}
WHERE (a.id > $from OR (a.id = $from AND b.id > $to)) AND a:${ENTITY_LABEL} AND b:${ENTITY_LABEL}
  AND ${keptAt("r")} AND ${keptAt("a")} AND ${keptAt("b")}
RETURN a.id AS from, b.id AS to, properties(r) AS p ORDER BY from, to LIMIT $rows`;
// A page of start ids; links to nodes outside the scope are left out here, not by sending every id with each page.
const scopedLinksOf = (type: LinkType): string => `
UNWIND $ids AS id MATCH (a:${ENTITY_LABEL} {id: id})-[r:${type}]->(b:${ENTITY_LABEL}) WHERE ${keptAt("r")}
RETURN a.id AS from, b.id AS to, properties(r) AS p ORDER BY from, to`;

/** From Neo4j's count store, without reading the graph. */
const COUNTS = `RETURN COUNT { (:${ENTITY_LABEL}) } AS nodes,
  {${LINK_TYPE_NAMES.map((type) => `${type}: COUNT { ()-[:${type}]->() }`).join(", ")}} AS links`;

const LINK_PAGERS = { byStart: linksByStart, byType: linksByType };

/** How a slice is read: rows per page and, for the whole graph's links, the way they are paged (`linksPlan` chooses when not given). */
export interface Paging {
  rows?: number;
  links?: keyof typeof LINK_PAGERS;
}

/** The cheaper way to page a link type (see linksByStart): reading its links per page costs links²/rows, the walk every node once. */
function linksPlan({ nodes, links }: GraphCounts, type: LinkType, rows: number): keyof typeof LINK_PAGERS {
  return (links[type] * links[type]) / rows < nodes ? "byType" : "byStart";
}

/** A read begun ahead of its use; marked handled so that a reader who stops early leaves no unhandled rejection behind. */
function ahead<Row>(read: Promise<Row[]>): Promise<Row[]> {
  read.catch(() => undefined);
  return read;
}

/**
 * Pages from `read` until one comes back short, asking for the next (after the last row) while the
 * caller works through the current one.
 */
async function* pages<Row>(read: (after: Row | undefined) => Promise<Row[]>, rows: number): AsyncGenerator<Row> {
  let next = ahead(read(undefined));
  for (;;) {
    const page = await next;
    if (page.length === rows) next = ahead(read(page[page.length - 1]));
    yield* page;
    if (page.length < rows) return;
  }
}

/** `read` over consecutive pieces of `ids` (`rows` ids each), the next piece read while the caller works through one. */
async function* inPieces<Row>(ids: string[], rows: number, read: (ids: string[]) => Promise<Row[]>): AsyncGenerator<Row> {
  const piece = (start: number): Promise<Row[]> | undefined => (start < ids.length ? ahead(read(ids.slice(start, start + rows))) : undefined);
  for (let start = 0, next = piece(0); next; start += rows) {
    const page = await next;
    next = piece(start + rows);
    yield* page;
  }
}

/** The slice's nodes of one type, by id: their stored properties (id included). */
export async function* sliceNodes(driver: Driver, slice: Slice, type: NodeType, { rows = PAGE_ROWS }: Paging = {}): AsyncGenerator<Properties> {
  const paged = slice.idsByType
    ? inPieces<{ p: Properties }>(slice.idsByType.get(type) ?? [], rows, (ids) => readQuery(driver, scopedNodesOf(type), { ids }))
    : pages<{ p: Properties }>((last) => readQuery(driver, nodesOf(type), { after: last?.p.id ?? "", asOf: slice.asOf, rows: neo4j.int(rows) }), rows);
  for await (const { p } of paged) yield p;
}

export interface SliceLink {
  from: string;
  to: string;
  p: Properties;
}

/** The slice's links of one type, by from then to: links with both ends in the slice, kept at its date. */
export async function* sliceLinks(driver: Driver, slice: Slice, type: LinkType, { rows = PAGE_ROWS, links }: Paging = {}): AsyncGenerator<SliceLink> {
  if (slice.ids) {
    const inSlice = new Set(slice.ids);
    for await (const link of inPieces<SliceLink>(slice.ids, rows, (ids) => readQuery(driver, scopedLinksOf(type), { ids, asOf: slice.asOf }))) {
      if (inSlice.has(link.to)) yield link;
    }
    return;
  }
  const query = LINK_PAGERS[links ?? (slice.counts ? linksPlan(slice.counts, type, rows) : "byStart")](type);
  yield* pages<SliceLink>((last) => readQuery(driver, query, { from: last?.from ?? "", to: last?.to ?? "", asOf: slice.asOf, rows: neo4j.int(rows) }), rows);
}
