/**
 * Editors scoped by area (contract 4.7): a token's `areas` claim limits its writes to the nodes at
 * or below those areas (down PART_OF links in force today) and what those nodes lead or are party
 * to. Walked upwards from each written node, so the cost is the node's depth, not the area's size.
 */
import type { Driver } from "neo4j-driver";
import { readQuery } from "../database/query";
import { inForce } from "../cypher/in-force";
import { today } from "../graph/dates";
import { ENTITY_LABEL } from "../graph/model";

/**
 * For each id: whether it exists, and whether it is in scope: the node, or a node that LEADS it or
 * is PARTY_TO it, reaches one of $areas up in-force PART_OF links (zero hops: it is the area).
 */
const SCOPE_OF = `
UNWIND $ids AS id
OPTIONAL MATCH (n:${ENTITY_LABEL} {id: id})
RETURN id, n IS NOT NULL AS exists,
       n IS NOT NULL AND EXISTS {
         MATCH (n)<-[:LEADS|PARTY_TO]-{0,1}(holder)
         MATCH (holder)(()-[up:PART_OF]->() WHERE ${inForce("up")})*(area:Area)
         WHERE area.id IN $areas
       } AS inScope`;

export interface ScopeVerdict {
  /** Existing nodes outside the areas. */
  outside: string[];
  /** Ids not yet in the graph (nodes the write creates). */
  created: string[];
  /** Existing nodes inside the areas. */
  inside: string[];
}

/** Sorts the ids a write touches by where they stand against the editor's areas. */
export async function scopeOf(driver: Driver, ids: readonly string[], areas: readonly string[]): Promise<ScopeVerdict> {
  const rows = await readQuery<{ id: string; exists: boolean; inScope: boolean }>(driver, SCOPE_OF, { ids, areas, asOf: today() });
  const verdict: ScopeVerdict = { outside: [], created: [], inside: [] };
  for (const row of rows) (row.exists ? (row.inScope ? verdict.inside : verdict.outside) : verdict.created).push(row.id);
  return verdict;
}

/**
 * Why a write is refused, or undefined when the areas allow it. A node the write creates is
 * allowed when the same write names an existing node in the areas (it is created there, linked to
 * it); a write that touches only new nodes would leave them below no area of the editor's.
 */
export function refusal(verdict: ScopeVerdict, areas: readonly string[]): string | undefined {
  const list = (ids: string[]) => ids.slice(0, 5).map((id) => `"${id}"`).join(", ") + (ids.length > 5 ? ` and ${ids.length - 5} more` : "");
  if (verdict.outside.length) return `This token may write only at or below ${list([...areas])}; ${list(verdict.outside)} ${verdict.outside.length === 1 ? "is" : "are"} outside.`;
  if (verdict.created.length && !verdict.inside.length) {
    return `This token may write only at or below ${list([...areas])}: link what you create (${list(verdict.created)}) to a node there in the same mutation.`;
  }
  return undefined;
}

/** An input that touches nodes outside the editor's areas: refused whole, nothing written. */
export class OutOfScope extends Error {}

/** Throws OutOfScope when the areas do not allow writing these ids (an import's nodes and link ends). */
export async function checkScope(driver: Driver, ids: readonly string[], areas: readonly string[]): Promise<void> {
  const why = refusal(await scopeOf(driver, ids, areas), areas);
  if (why) throw new OutOfScope(why);
}
