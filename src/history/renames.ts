/**
 * A rename keeps the former name: when a write changes a node's `name`, the old one joins its
 * `aliases` in the same transaction, so the name older sources use stays on the node, and history
 * dates it (the rename's Change holds when, and the name before).
 */
import type { ManagedTransaction } from "neo4j-driver";
import { ENTITY_LABEL } from "../graph/model";
import type { Snapshot } from "./snapshot";

const KEEP_FORMER_NAMES = `
UNWIND $renamed AS renamed
MATCH (n:${ENTITY_LABEL} {id: renamed.id})
SET n.aliases = [a IN coalesce(n.aliases, []) WHERE a <> renamed.former AND a <> n.name] + renamed.former`;

/** The nodes whose name differs between the two snapshots, with the name they had. */
export function renamedBetween(before: Snapshot, after: Snapshot): { id: string; former: string }[] {
  const renamed: { id: string; former: string }[] = [];
  for (const [key, entry] of before) {
    if (!key.startsWith("node\u0000") || entry.key.link) continue;
    const was = entry.json && (JSON.parse(entry.json) as { name?: string }).name;
    const now = after.get(key)?.json;
    const is = now && (JSON.parse(now) as { name?: string }).name;
    if (was && is && was !== is) renamed.push({ id: entry.key.subject, former: was });
  }
  return renamed;
}

/** Adds each renamed node's former name to its aliases; true when there was any. */
export async function keepFormerNames(tx: Pick<ManagedTransaction, "run">, renamed: { id: string; former: string }[]): Promise<boolean> {
  if (!renamed.length) return false;
  await tx.run(KEEP_FORMER_NAMES, { renamed });
  return true;
}
