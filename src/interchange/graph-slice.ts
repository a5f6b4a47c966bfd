/**
 * The part of the graph an export writes: all of it, or an area's or an alliance's part
 * (`--scope`), with or without only what is in force at a date (`--as-of`). Every writer reads
 * through here, so the formats always agree on what is in a slice.
 *
 * Nodes and links stream from Neo4j one type at a time, in the NDJSON export's order (nodes by type
 * then id, links by type then from and to). A scoped slice first resolves its node ids (two
 * queries) and keeps them, a string per node; nothing else is held.
 */
import type { Session } from "neo4j-driver";
import { ENTITY_LABEL, LinkType, NODE_TYPE_NAMES, NodeType } from "../graph/model";
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
  /** For a scope: every id in it. */
  readonly ids: string[] | null;
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
export async function openSlice(session: Session, options: SliceOptions): Promise<Slice> {
  const asOf = options.asOf ?? null;
  if (!options.scopeId) return { asOf, scopeId: null, idsByType: null, ids: null };
  const scopeId = options.scopeId;
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
  return { asOf, scopeId, idsByType, ids: [...idsByType.values()].flat() };
}

const nodesOf = (type: NodeType): string =>
  `MATCH (n:${type}:${ENTITY_LABEL}) WHERE ${keptAt("n")} RETURN properties(n) AS p ORDER BY n.id`;
// Ids come sorted, and UNWIND keeps their order.
const scopedNodesOf = (type: NodeType): string =>
  `UNWIND $ids AS id MATCH (n:${type}:${ENTITY_LABEL} {id: id}) RETURN properties(n) AS p`;
const linksOf = (type: LinkType): string =>
  `MATCH (a:${ENTITY_LABEL})-[r:${type}]->(b:${ENTITY_LABEL}) WHERE ${keptAt("r")} AND ${keptAt("a")} AND ${keptAt("b")}
   RETURN a.id AS from, b.id AS to, properties(r) AS p ORDER BY from, to`;
const scopedLinksOf = (type: LinkType): string =>
  `UNWIND $ids AS id MATCH (a:${ENTITY_LABEL} {id: id})-[r:${type}]->(b:${ENTITY_LABEL})
   WHERE b.id IN $ids AND ${keptAt("r")}
   RETURN a.id AS from, b.id AS to, properties(r) AS p ORDER BY from, to`;

/** The slice's nodes of one type, by id: their stored properties (id included). */
export async function* sliceNodes(session: Session, slice: Slice, type: NodeType): AsyncGenerator<Properties> {
  if (slice.idsByType) {
    const ids = slice.idsByType.get(type);
    if (!ids?.length) return;
    for await (const row of session.run(scopedNodesOf(type), { ids })) yield row.get("p") as Properties;
    return;
  }
  for await (const row of session.run(nodesOf(type), { asOf: slice.asOf })) yield row.get("p") as Properties;
}

export interface SliceLink {
  from: string;
  to: string;
  p: Properties;
}

/** The slice's links of one type, by from then to: links with both ends in the slice, kept at its date. */
export async function* sliceLinks(session: Session, slice: Slice, type: LinkType): AsyncGenerator<SliceLink> {
  const query = slice.ids ? scopedLinksOf(type) : linksOf(type);
  if (slice.ids && !slice.ids.length) return;
  for await (const row of session.run(query, { ids: slice.ids, asOf: slice.asOf })) {
    yield { from: row.get("from") as string, to: row.get("to") as string, p: row.get("p") as Properties };
  }
}
