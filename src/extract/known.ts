/**
 * Names already in the graph, so that a draft links to the node there instead of writing a second one.
 * Reading them is the only database access extraction has, and it only reads.
 */
import type { Driver } from "neo4j-driver";
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

/** Every area and organization's id, name, type and aliases: one read query. */
export const KNOWN_NAMES_QUERY = `
MATCH (n:Entity) WHERE any(l IN labels(n) WHERE l IN $types)
RETURN n.id AS id, n.name AS name, n.aliases AS aliases, [l IN labels(n) WHERE l IN $types][0] AS type`;

export async function readKnownNames(driver: Driver): Promise<KnownNames> {
  type Row = { id: string; name: string; type: string; aliases: string[] | null };
  return knownNames(await readQuery<Row>(driver, KNOWN_NAMES_QUERY, { types: ["Area", ...ORGANIZATION_TYPES] }));
}
