/**
 * History for imports (contract 4.7): each batch records, in its own transaction, a Change for
 * every node or link it created or altered; rows the import left as they were record nothing, so
 * importing a file twice adds no history. One extra statement per batch writes its Change, and a
 * batch that may update (its ids were in the graph) first reads what it replaces, in one more.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { ManagedTransaction } from "neo4j-driver";
import { ENTITY_LABEL, isLinkType } from "../graph/model";
import type { Batch, BatchHook, BatchRow } from "../interchange/batch";
import { columnsOfBatch } from "../interchange/columns";
import { ChangeRow, changeOf, propertiesJson, recordBatch, recordCreated } from "./changes";

const NODES_BEFORE = `
UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {id: id})
RETURN id AS key, properties(n) AS props`;

// The link type comes from the model (checked below), never from the input.
const linksBefore = (type: string): string => `
UNWIND $rows AS row
MATCH (:${ENTITY_LABEL} {id: row.from})-[r:${type}]->(:${ENTITY_LABEL} {id: row.to})
RETURN row.from + '\\u0000' + row.to AS key, properties(r) AS props`;

const keyOf = (row: BatchRow): string => ("id" in row ? row.id : `${row.from}\u0000${row.to}`);

async function before(tx: ManagedTransaction, batch: Batch): Promise<Map<string, string | null>> {
  const states = new Map<string, string | null>();
  if (!batch.known) return states;
  let result;
  if (batch.phase === "nodes") {
    result = await tx.run(NODES_BEFORE, { ids: batch.rows.map(keyOf) });
  } else {
    if (!isLinkType(batch.type)) throw new Error(`Not a link type of the model: ${batch.type}`);
    result = await tx.run(linksBefore(batch.type), { rows: batch.rows.map((row) => ("from" in row ? { from: row.from, to: row.to } : row)) });
  }
  for (const record of result.records) states.set(record.get("key"), propertiesJson(record.get("props")));
  return states;
}

/** `import a.ndjson sha256:…`: which input made the change, by name and by content. */
export async function describeFiles(files: readonly string[]): Promise<string> {
  const described = await Promise.all(
    files.map(
      (file) =>
        new Promise<string>((resolve) => {
          const hash = createHash("sha256");
          fs.createReadStream(file)
            .on("data", (chunk) => hash.update(chunk))
            // An input without a file of its own (a sheet uploaded over HTTP) is named only.
            .on("error", () => resolve(path.basename(file)))
            .on("end", () => resolve(`${path.basename(file)} sha256:${hash.digest("hex")}`));
        }),
    ),
  );
  return `import ${described.join(", ")}`;
}

/** The hook the importer runs around each batch: read what it replaces, write, record the difference. */
export async function importHistory(files: readonly string[], actor?: string): Promise<BatchHook> {
  const who = { actor: actor ?? (await describeFiles(files)), action: "import", at: new Date().toISOString() };
  return async (tx, batch, write) => {
    if (!batch.known) {
      const tally = await write();
      const { keys, values, from, to } = columnsOfBatch(batch);
      if (!from || !to) await recordCreated(tx, { keys, values }, batch.rows.map(keyOf), who);
      else await recordCreated(tx, { link: batch.type, from, to, keys, values }, [...from, ...to], who);
      return tally;
    }
    const old = await before(tx, batch);
    const tally = await write();
    const changes: ChangeRow[] = [];
    for (const row of batch.rows) {
      const key = "id" in row ? { subject: row.id } : { subject: row.from, other: row.to, link: batch.type };
      const change = changeOf(key, old.get(keyOf(row)) ?? null, propertiesJson(row.props));
      if (change) changes.push(change);
    }
    await recordBatch(tx, changes, who);
    return tally;
  };
}
