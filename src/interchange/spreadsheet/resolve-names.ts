/**
 * Names in a register resolved against the graph: a cell may hold a node's id, its exact name, or
 * one of its aliases, tried in that order, so that writing the id always settles an ambiguity.
 * What matches nothing, or more than one node at the first level that matches, is reported with the
 * candidates (id, name, parent area) for the refusal to list.
 */
import type { Driver } from "neo4j-driver";
import { ENTITY_LABEL, NodeType } from "../../graph/model";
import { normalizeText } from "./values";

export interface Candidate {
  id: string;
  name: string;
  type: string;
  /** The nearest Area it is PART_OF, when any. */
  area?: string;
}

export type Resolution =
  | { status: "found"; id: string; name: string; type: string; by: "id" | "name" | "alias" }
  | { status: "wrong_type"; candidate: Candidate }
  | { status: "ambiguous"; by: "name" | "alias"; candidates: Candidate[] }
  | { status: "missing" };

export interface NameRequest {
  value: string;
  types: readonly NodeType[];
}

export const requestKey = (r: NameRequest): string => `${[...r.types].sort().join(",")}\u0000${r.value}`;

const BY_ID = `
UNWIND $values AS v
MATCH (n:${ENTITY_LABEL} {id: v})
RETURN n.id AS id, n.name AS name, [l IN labels(n) WHERE l <> '${ENTITY_LABEL}'][0] AS type, null AS aliases`;

// One scan per type a column accepts, with the names as a set: no per-name lookup, since names
// and aliases have no exact-match index (the full-text index splits words). Stored names are
// compared NFKC-normalized, as cells are: official names often carry full-width brackets （）
// that a register may type as ASCII, or the other way round.
const byNameOrAlias = (type: NodeType): string => `
MATCH (n:${type})
WHERE normalize(trim(n.name), NFKC) IN $values OR any(a IN coalesce(n.aliases, []) WHERE normalize(trim(a), NFKC) IN $values)
RETURN n.id AS id, n.name AS name, '${type}' AS type, n.aliases AS aliases`;

const AREAS = `
UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {id: id})
OPTIONAL CALL (n) {
  MATCH p = (n)-[:PART_OF*1..8]->(a:Area)
  RETURN a ORDER BY length(p) LIMIT 1
}
RETURN n.id AS id, a.name AS area`;

interface Found {
  id: string;
  name: string;
  type: string;
  aliases: string[] | null;
}

/** Resolves every distinct request in a few queries, whatever the number of rows naming them. */
export async function resolveNames(driver: Driver, requests: readonly NameRequest[]): Promise<Map<string, Resolution>> {
  const values = [...new Set(requests.map((r) => r.value))];
  const types = [...new Set(requests.flatMap((r) => r.types))];
  const rows = async (cypher: string): Promise<Found[]> =>
    (await driver.executeQuery(cypher, { values }, { routing: "READ" })).records.map((r) => r.toObject() as Found);
  const byId = new Map((await rows(BY_ID)).map((f) => [f.id, f]));
  const named: Found[] = [];
  for (const type of types) named.push(...(await rows(byNameOrAlias(type))));

  const resolutions = new Map<string, Resolution>();
  const ambiguous: Candidate[] = [];
  for (const request of requests) {
    const key = requestKey(request);
    if (resolutions.has(key)) continue;
    const allowed = (f: Found): boolean => (request.types as readonly string[]).includes(f.type);
    const idMatch = byId.get(request.value);
    if (idMatch) {
      resolutions.set(key, allowed(idMatch) ? { status: "found", id: idMatch.id, name: idMatch.name, type: idMatch.type, by: "id" } : { status: "wrong_type", candidate: candidate(idMatch) });
      continue;
    }
    const resolution =
      pick(named.filter((f) => allowed(f) && normalizeText(f.name) === request.value), "name") ??
      pick(named.filter((f) => allowed(f) && (f.aliases ?? []).some((a) => normalizeText(a) === request.value)), "alias");
    if (resolution?.status === "ambiguous") ambiguous.push(...resolution.candidates);
    resolutions.set(key, resolution ?? { status: "missing" });
  }
  if (ambiguous.length) {
    const { records } = await driver.executeQuery(AREAS, { ids: [...new Set(ambiguous.map((c) => c.id))] }, { routing: "READ" });
    const areas = new Map(records.map((r) => [r.get("id") as string, r.get("area") as string | null]));
    for (const c of ambiguous) {
      const area = areas.get(c.id);
      if (area) c.area = area;
    }
  }
  return resolutions;
}

const candidate = (f: Found): Candidate => ({ id: f.id, name: f.name, type: f.type });

function pick(matches: Found[], by: "name" | "alias"): Resolution | undefined {
  if (matches.length === 0) return undefined;
  if (matches.length === 1) return { status: "found", id: matches[0].id, name: matches[0].name, type: matches[0].type, by };
  return { status: "ambiguous", by, candidates: matches.sort((a, b) => a.id.localeCompare(b.id)).map(candidate) };
}

/** The type of an id in the graph, and for a Source its stored properties (to keep a first import's). */
export async function nodeById(driver: Driver, id: string): Promise<{ type: string; properties: Record<string, unknown> } | undefined> {
  const { records } = await driver.executeQuery(
    `MATCH (n:${ENTITY_LABEL} {id: $id}) RETURN [l IN labels(n) WHERE l <> '${ENTITY_LABEL}'][0] AS type, properties(n) AS properties`,
    { id },
    { routing: "READ" },
  );
  return records[0] ? { type: records[0].get("type"), properties: records[0].get("properties") } : undefined;
}
