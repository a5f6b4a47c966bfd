/**
 * Names already in the graph, so that a draft links to the node there instead of writing a second one.
 * Reading them is the only database access extraction has, and it only reads.
 */
import type { Driver } from "neo4j-driver";
import { NAME_INDEX } from "../database/indexes";
import { readQuery } from "../database/query";
import { ORGANIZATION_TYPES } from "../graph/model";
import type { OrgType } from "./vocabulary";

export interface KnownNode {
  id: string;
  name: string;
  type: string;
}

/** By name and by alias. */
export type KnownNames = Map<string, KnownNode[]>;

export function knownNames(nodes: { id: string; name: string; type: string; aliases?: string[] | null }[]): KnownNames {
  const out: KnownNames = new Map();
  for (const n of nodes) {
    for (const name of [n.name, ...(n.aliases ?? [])]) {
      const list = out.get(name) ?? [];
      list.push({ id: n.id, name: n.name, type: n.type });
      out.set(name, list);
    }
  }
  return out;
}

/**
 * The node of this type the graph knows by this name or alias; failing that, the one node whose name
 * ends with it (高新区社会事业发展局 for 济宁高新区社会事业发展局). Ambiguous names reuse nothing.
 */
export function lookUp(known: KnownNames, name: string, type: OrgType): KnownNode | undefined {
  const exact = (known.get(name) ?? []).filter((n) => n.type === type);
  if (exact.length === 1) return exact[0];
  if (exact.length > 1) return undefined;
  if (name.length < 4) return undefined;
  const ending = new Map<string, KnownNode>();
  for (const [k, list] of known) if (k.endsWith(name)) for (const n of list) if (n.type === type) ending.set(n.id, n);
  return ending.size === 1 ? [...ending.values()][0] : undefined;
}

/**
 * The nodes a draft's names may be, and only those: by name, equal to it or ending with it (the TEXT
 * index on name), or by alias (the full-text index finds the candidates, the alias is then compared).
 * A draft names a few dozen bodies; reading every name of a large graph per request would not do.
 */
export const KNOWN_NAMES_FOR_QUERY = `
UNWIND $wanted AS w
CALL (w) {
  MATCH (n:Entity) WHERE n.name ENDS WITH w.name RETURN n
  UNION
  CALL db.index.fulltext.queryNodes($index, w.phrase) YIELD node AS n
  WITH n, w WHERE any(alias IN coalesce(n.aliases, []) WHERE alias ENDS WITH w.name)
  RETURN n
}
WITH DISTINCT n WHERE any(l IN labels(n) WHERE l IN $types)
RETURN n.id AS id, n.name AS name, n.aliases AS aliases, [l IN labels(n) WHERE l IN $types][0] AS type`;

/** A quoted Lucene phrase: the name is searched as text, never read as query syntax. */
const phrase = (name: string): string => `"${name.replace(/["\\]/g, "\\$&")}"`;

export async function readKnownNamesFor(driver: Driver, names: Iterable<string>): Promise<KnownNames> {
  type Row = { id: string; name: string; type: string; aliases: string[] | null };
  const wanted = [...new Set(names)].filter((name) => name.length >= 2).map((name) => ({ name, phrase: phrase(name) }));
  if (wanted.length === 0) return knownNames([]);
  return knownNames(await readQuery<Row>(driver, KNOWN_NAMES_FOR_QUERY, { wanted, index: NAME_INDEX, types: ["Area", ...ORGANIZATION_TYPES] }));
}

/** An empty KnownNames that remembers every name a draft looks up: the names to ask the graph for. */
export class AskedNames extends Map<string, KnownNode[]> {
  readonly asked = new Set<string>();
  override get(name: string): KnownNode[] | undefined {
    this.asked.add(name);
    return super.get(name);
  }
}
