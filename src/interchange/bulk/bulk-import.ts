/**
 * `npm run import -- --bulk FILE`: a whole graph into an EMPTY local database through neo4j-admin's
 * bulk importer. The input is checked first exactly as the ordinary import checks it (same
 * `validate`, same refusals), then written as CSV, imported with the server stopped, and the
 * constraints and indexes created once it is back. Only an empty database is replaced, so nothing
 * is ever lost to --overwrite-destination.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { createDriver } from "../../database/driver";
import { ensureSchema } from "../../database/indexes";
import { adminImportFull, stopForAdmin } from "../../database/local/admin-import";
import { boltUri, LocalInstance, startLocalNeo4j } from "../../database/local/launcher";
import { ENTITY_LABEL, LinkType, NodeType } from "../../graph/model";
import { ImportInput, ImportRefused, Progress, validate } from "../import";
import { Checked, GraphToCheck, InputCheck } from "../input-check";
import { speedUp } from "../../speed-switches";
import { adminImportArguments, BulkCsv, BulkCsvWriter, FixUp } from "./csv";
import { ParallelPass, ParallelPassOptions } from "./parallel-pass";

export class BulkRefused extends Error {}

/** Why --bulk cannot load the database NEO4J_URI names, and what to do instead. */
export function remoteRefusal(uri: string): string {
  return (
    `--bulk replaces the project's local Neo4j (NEO4J_URI unset), not ${uri}: neo4j-admin must run on the ` +
    "database's own server, with that database stopped. Write the CSV files with `npm run import -- --bulk-csv DIR FILE` " +
    "and run the neo4j-admin command it prints on that server, or import without --bulk."
  );
}

export interface BulkSummary {
  records: number;
  nodes: number;
  links: number;
  /** Seconds per phase: reaching the server and seeing it empty, checking while writing the CSV, neo4j-admin, indexes and fix-ups. */
  phases: { connect: number; checkAndCsv: number; admin: number; schema: number };
  seconds: number;
  /** neo4j-admin's own account of its run ("IMPORT DONE in ..."), without the server's stop and start. */
  adminDone?: string;
}

const since = (started: number): number => (Date.now() - started) / 1000;

/** Refuses unless the database holds no node at all. */
async function requireEmpty(driver: Driver): Promise<void> {
  const { records } = await driver.executeQuery("MATCH (n) RETURN count(n) AS nodes", {}, { routing: "READ" });
  const nodes = Number(records[0].get("nodes"));
  if (nodes > 0) {
    throw new BulkRefused(
      `Refused: --bulk replaces the whole database, and it holds ${nodes.toLocaleString("en")} nodes. Import without --bulk to add to it, or empty it first (npm run neo4j:stop, then delete the instance's data directory).`,
    );
  }
}

interface CheckOptions extends ParallelPassOptions {
  progress?: Progress;
}

/**
 * Checks the input against the (empty) graph and writes its CSV files in the same read of it;
 * refuses as the ordinary import does, and then deletes the CSV written so far. NDJSON files on
 * disk are read by worker threads (parallel-pass.ts); any other input on this thread.
 */
export async function checkAndWriteCsv(graph: GraphToCheck, input: ImportInput, dir: string, options: CheckOptions = {}): Promise<{ csv: BulkCsv; seconds: number }> {
  const started = Date.now();
  const { progress } = options;
  let pass: { close(): Promise<BulkCsv>; discard(): Promise<void> };
  let checking: Promise<Checked>;
  if (input.ndjsonFiles && speedUp("bulkWorkers")) {
    const parallel = (pass = new ParallelPass(input.ndjsonFiles, dir, options));
    const check = new InputCheck(input.files, (records) => progress?.("validate", records));
    checking = parallel.checkAll(check).then(() => check.finish(graph));
  } else {
    const writer = (pass = new BulkCsvWriter(dir));
    checking = validate(graph, input, { progress, visit: (record) => writer.add(record) });
  }
  const checked = await checking.catch(async (error: unknown) => {
    await pass.discard();
    throw error;
  });
  if (checked.total > 0) {
    await pass.discard();
    throw new ImportRefused(checked.problems, checked.total);
  }
  return { csv: await pass.close(), seconds: since(started) };
}

const FIX_NODES = (type: NodeType): string => `UNWIND $rows AS row MATCH (n:${type}:${ENTITY_LABEL} {id: row.id}) SET n += row.props`;
const FIX_LINKS = (type: LinkType): string =>
  `UNWIND $rows AS row MATCH (:${ENTITY_LABEL} {id: row.from})-[r:${type}]->(:${ENTITY_LABEL} {id: row.to}) SET r += row.props`;

/** Sets the empty lists (and lists with empty items) a CSV field cannot carry, by type in batches. */
async function applyFixUps(driver: Driver, fixUps: FixUp[]): Promise<void> {
  const byStatement = new Map<string, FixUp[]>();
  for (const f of fixUps) {
    const cypher = f.kind === "node" ? FIX_NODES(f.type as NodeType) : FIX_LINKS(f.type as LinkType);
    byStatement.set(cypher, [...(byStatement.get(cypher) ?? []), f]);
  }
  for (const [cypher, rows] of byStatement) {
    for (let i = 0; i < rows.length; i += 5000) await driver.executeQuery(cypher, { rows: rows.slice(i, i + 5000) });
  }
}

export interface BulkOptions {
  instance: LocalInstance;
  user: string;
  password: string;
  database: string;
  /** Where the CSV files go; a temporary directory, deleted afterwards, by default. */
  csvDir?: string;
  progress?: Progress;
  log: (line: string) => void;
}

/** Loads `input` into the instance's empty database with neo4j-admin; throws BulkRefused or ImportRefused having changed nothing. */
export async function bulkImportLocal(input: ImportInput, options: BulkOptions): Promise<BulkSummary> {
  const started = Date.now();
  const { instance, user, password, database, log } = options;
  const connect = (): Driver => createDriver({ uri: boltUri(instance), user, password, database });
  const dir = options.csvDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "partygraph-bulk-"));
  await startLocalNeo4j(instance, password, log);
  let driver = connect();
  try {
    await requireEmpty(driver);
    const connectSeconds = since(started);
    await driver.close();
    // Seen empty just now, and neo4j-admin will only ever replace it: the check needs nothing from
    // the server, which stops meanwhile for neo4j-admin (or starts again if the input is refused).
    const stopping = stopForAdmin(instance, log);
    const { csv, seconds: checkAndCsv } = await checkAndWriteCsv("empty", input, dir, { progress: options.progress }).catch(async (error: unknown) => {
      await stopping;
      await startLocalNeo4j(instance, password, log);
      throw error;
    });
    await stopping;
    const admin = await adminImportFull(instance, password, adminImportArguments(csv, database), log);
    driver = connect();
    const schemaStarted = Date.now();
    // Every index is built over the whole graph at once here: an hour, not the usual minute.
    await ensureSchema(driver, { awaitSeconds: 3600 });
    await applyFixUps(driver, csv.fixUps);
    const nodes = csv.nodes.reduce((n, f) => n + f.rows, 0);
    return {
      records: csv.records,
      nodes,
      links: csv.records - nodes,
      phases: { connect: connectSeconds, checkAndCsv, admin: admin.seconds, schema: since(schemaStarted) },
      seconds: since(started),
      adminDone: /IMPORT DONE[^\n]*/.exec(admin.output)?.[0],
    };
  } finally {
    await driver.close();
    if (!options.csvDir) fs.rmSync(dir, { recursive: true, force: true });
  }
}
