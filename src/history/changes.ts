/**
 * What every write leaves behind (contract 4.7): one `:Change` node per node or link a mutation
 * touched (one per batch for an import: recordBatch), written in the write's own transaction, so a change and its record commit or fail
 * together. A Change names what it touched by id (`subject`, and `other` for a link's far end)
 * rather than by a relationship, so deleting a node keeps its history; both are indexed
 * (database/indexes.ts). Change is not an Entity: export, search and the generated API never see it.
 */
import type { ManagedTransaction } from "neo4j-driver";

export const CHANGE_LABEL = "Change";

/** created, updated or deleted: what happened to the node or link. */
export type ChangeKind = "created" | "updated" | "deleted";

export interface ChangeRow {
  /** The node's id, or the link's `from`. */
  subject: string;
  /** A link's `to`; absent for a node. */
  other?: string;
  /** A link's type; absent for a node. */
  link?: string;
  kind: ChangeKind;
  /** JSON of the properties before and after; null where the node or link did not exist. */
  before: string | null;
  after: string | null;
}

/** Who made the write, when, and by what operation: the same for every row of one write. */
export interface WriteContext {
  actor: string;
  action: string;
  at: string;
}

const RECORD_CHANGES = `
UNWIND $rows AS row
CREATE (c:${CHANGE_LABEL})
SET c = row, c.at = $at, c.actor = $actor, c.action = $action`;

/**
 * An import's batch is recorded as ONE Change node: its rows as one JSON string (`rows`), found by
 * id through a full-text index over `ids`, the batch's ids separated by spaces (whitespace analyzer:
 * each id one exact token). Measured on the 236,856-record synthetic city (docs/api.md): a node per
 * row, or the rows as list properties, cost the import over half its throughput; one string per
 * batch costs about a tenth.
 */
const RECORD_BATCH = `
CREATE (c:${CHANGE_LABEL} {at: $at, actor: $actor, action: $action, ids: $ids, rows: $rows})`;

/** The full-text index over batch Changes' ids (database/indexes.ts). */
export const CHANGE_IDS_INDEX = "change_ids";

/** Writes the rows of one import batch as one Change node in `tx`; nothing when there are none. */
export async function recordBatch(tx: Pick<ManagedTransaction, "run">, rows: ChangeRow[], write: WriteContext): Promise<void> {
  if (!rows.length) return;
  const ids = new Set<string>();
  for (const row of rows) {
    ids.add(row.subject);
    if (row.other) ids.add(row.other);
  }
  await tx.run(RECORD_BATCH, { ...write, ids: [...ids].join(" "), rows: JSON.stringify(rows) });
}

/**
 * A batch of rows new to the graph (every row "created", nothing before) is recorded as the columns
 * it was written from (`created`: the properties by name, a list of values each, and a link's ends),
 * not as a list of rows each holding its properties as JSON text: for a 5,000-row batch of pairings
 * that was 45 ms of this process's time against 4, and 1.6 MB against 1.0. history() makes the rows
 * it shows from them (createdRows), the same as recordBatch's.
 */
export interface CreatedColumns {
  /** The link type, for a batch of links; absent for nodes. */
  link?: string;
  from?: string[];
  to?: string[];
  keys: string[];
  /** values[k][i]: property keys[k] of row i, null where the row has none. */
  values: unknown[][];
}

const RECORD_CREATED = `
CREATE (c:${CHANGE_LABEL} {at: $at, actor: $actor, action: $action, ids: $ids, created: $created})`;

/** Integers arrive as neo4j Integers; the JSON holds numbers, as propertiesJson's does. */
const plainColumn = (column: unknown[]): unknown[] => (column.some((v) => v !== null && typeof v === "object" && !Array.isArray(v)) ? column.map(plain) : column);

/** Writes one Change for a batch of new rows in `tx`; `ids` are its nodes, or its links' ends. */
export async function recordCreated(tx: Pick<ManagedTransaction, "run">, created: CreatedColumns, ids: Iterable<string>, write: WriteContext): Promise<void> {
  const stored = { ...created, values: created.values.map(plainColumn) };
  await tx.run(RECORD_CREATED, { ...write, ids: [...new Set(ids)].join(" "), created: JSON.stringify(stored) });
}

/** The rows of a `created` Change that touched `id`, as recordBatch would have stored them. */
export function createdRows(created: CreatedColumns, id: string): ChangeRow[] {
  const rows: ChangeRow[] = [];
  const subjects = (created.from ?? created.values[created.keys.indexOf("id")]) as string[];
  for (let i = 0; i < subjects.length; i += 1) {
    const subject = subjects[i];
    const other = created.to?.[i];
    if (subject !== id && other !== id) continue;
    const props: Record<string, unknown> = {};
    created.keys.forEach((key, k) => {
      if (created.values[k][i] !== null) props[key] = created.values[k][i];
    });
    rows.push({ subject, ...(created.link ? { other, link: created.link } : {}), kind: "created", before: null, after: propertiesJson(props) });
  }
  return rows;
}

/** Writes the rows as Change nodes in `tx`; nothing when there are none. */
export async function recordChanges(tx: Pick<ManagedTransaction, "run">, rows: ChangeRow[], write: WriteContext): Promise<void> {
  if (!rows.length) return;
  // Neo4j properties cannot be null: leave out what is absent rather than store it.
  const stored = rows.map((row) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined && v !== null)));
  await tx.run(RECORD_CHANGES, { rows: stored, ...write });
}

/** Properties as JSON with sorted keys, so equal maps give equal text whatever order Neo4j returns. */
export function propertiesJson(properties: Record<string, unknown> | null | undefined): string | null {
  if (!properties) return null;
  const sorted = Object.fromEntries(
    Object.keys(properties)
      .sort()
      .map((key) => [key, plain(properties[key])]),
  );
  return JSON.stringify(sorted);
}

/** neo4j Integers (from `neo4j.int` in an import's rows) as numbers; everything else as it is. */
function plain(value: unknown): unknown {
  if (value && typeof value === "object" && "toNumber" in value && typeof (value as { toNumber: unknown }).toNumber === "function") {
    return (value as { toNumber(): number }).toNumber();
  }
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

/** The change between two states of one node or link, or none when nothing differs. */
export function changeOf(key: Pick<ChangeRow, "subject" | "other" | "link">, before: string | null, after: string | null): ChangeRow | undefined {
  if (before === after) return undefined;
  const kind: ChangeKind = before === null ? "created" : after === null ? "deleted" : "updated";
  return { ...key, kind, before, after };
}
