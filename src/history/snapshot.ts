/**
 * The state of some nodes and of every link at them, read inside a write's transaction before and
 * after it runs: the difference is what the write changed (history/changes.ts). Used for the
 * generated mutations, whose Cypher the library writes, so the change cannot be read off it.
 */
import type { ManagedTransaction } from "neo4j-driver";
import { ENTITY_LABEL } from "../graph/model";
import { ChangeRow, changeOf, propertiesJson } from "./changes";

const SNAPSHOT = `
UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {id: id})
RETURN n.id AS id, properties(n) AS props,
       [(n)-[r]->(m:${ENTITY_LABEL}) | {type: type(r), from: n.id, to: m.id, props: properties(r)}] +
       [(n)<-[r]-(m:${ENTITY_LABEL}) | {type: type(r), from: m.id, to: n.id, props: properties(r)}] AS links`;

interface Entry {
  key: Pick<ChangeRow, "subject" | "other" | "link">;
  json: string | null;
}

export type Snapshot = Map<string, Entry>;

interface LinkState {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

/** The nodes with these ids (those that exist) and their links, keyed by node id or by (type, from, to). */
export async function snapshot(tx: Pick<ManagedTransaction, "run">, ids: readonly string[]): Promise<Snapshot> {
  const state: Snapshot = new Map();
  if (!ids.length) return state;
  const { records } = await tx.run(SNAPSHOT, { ids });
  for (const record of records) {
    const id = record.get("id") as string;
    state.set(`node\u0000${id}`, { key: { subject: id }, json: propertiesJson(record.get("props")) });
    for (const link of record.get("links") as LinkState[]) {
      state.set(`link\u0000${link.type}\u0000${link.from}\u0000${link.to}`, { key: { subject: link.from, other: link.to, link: link.type }, json: propertiesJson(link.props) });
    }
  }
  return state;
}

/** Every node and link whose state differs between the two snapshots. */
export function differences(before: Snapshot, after: Snapshot): ChangeRow[] {
  const rows: ChangeRow[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const entry = (before.get(key) ?? after.get(key))!;
    const change = changeOf(entry.key, before.get(key)?.json ?? null, after.get(key)?.json ?? null);
    if (change) rows.push(change);
  }
  return rows;
}
