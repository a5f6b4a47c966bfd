/**
 * Interchange import (contract section 2). Three streaming passes over the input, never the whole
 * file in memory: validate every line (and refuse the file whole if any is bad), then write the
 * nodes, then the links, in batched UNWIND statements inside one transaction, so a failure part-way
 * leaves the graph as it was (inputs beyond ATOMIC_LIMIT records commit batch by batch).
 * The input is NDJSON files, or records another format (a spreadsheet) made: both go through the
 * same checks and the same writer.
 */
import fs from "node:fs";
import readline from "node:readline";
import neo4j, { Driver, ManagedTransaction, Session } from "neo4j-driver";
import { ENTITY_LABEL, LINK_TYPES, LinkType, NODE_TYPES, NodeType } from "../graph/model";
import { checkScope } from "../auth/area-scope";
import { importHistory } from "../history/import-history";
import type { Batch, BatchHook, BatchRow, Tally } from "./batch";
import { InFlight } from "./in-flight";
import { Checked, GraphToCheck, InputCheck, LineProblem } from "./input-check";
import { columnsOfBatch, createLinkColumns, createNodeColumns } from "./columns";
import { packColumns } from "./packed-text";
import { speedUp } from "../speed-switches";

export type { Batch, BatchHook, BatchRow, Tally } from "./batch";
import { checkRecord, Citation, GraphRecord, LinkRecord, NodeRecord, ParsedLine, parseLine } from "./records";

/** Rows per UNWIND: large enough to amortize a round trip, small enough to keep each statement light. */
const BATCH_SIZE = 5000;
export type { LineProblem } from "./input-check";

export class ImportRefused extends Error {
  constructor(
    readonly problems: LineProblem[],
    readonly total: number,
  ) {
    super(`Refused: ${total} bad line${total === 1 ? "" : "s"}; nothing was written.`);
  }
}

export interface ImportSummary {
  records: number;
  nodes: Tally;
  links: Tally;
  /** Whether the input was written in one transaction (see ATOMIC_LIMIT). */
  atomic: boolean;
}

/**
 * Inputs up to this many records are written in one transaction: all or nothing. Neo4j holds a
 * transaction's changes on its heap (a 1M-node city overran 2.8 GB of a 4 GB heap), so larger
 * inputs are written one batch per transaction, nodes before links, after the same complete
 * validation. An interruption then leaves the batches already committed; since an import is an
 * upsert, running it again completes it.
 */
export const ATOMIC_LIMIT = 100_000;

/**
 * Batch transactions in flight at once when an input commits batch by batch: with two, Neo4j
 * writes one batch while it commits the other (most of a commit is index updates). A 100,000-row
 * pairings sheet on the 2-core machine, one and two alternately: 39.8, 35.4 s with one; 24.7, 26.7 s
 * with two; three were no faster than two (`npm run bench:sheets -- --writers N`). Node batches
 * never share a node (the check refuses a repeated id); link batches may share an end, and should
 * they deadlock on it, the loser's transaction is retried by executeWrite like any transient error.
 */
export const WRITERS = 2;

export interface ImportOptions {
  /** Overrides ATOMIC_LIMIT: Infinity always writes one transaction (give Neo4j the heap for it). */
  atomicLimit?: number;
  /** Who the history names as the author (history/import-history.ts); unset: the files and their hashes. */
  actor?: string;
  /**
   * An editor's areas (auth/area-scope.ts): every node and link end the input touches must be at or
   * below them, or the import is refused whole (OutOfScope) before anything is written. Unset: anywhere
   * (the CLI runs as an operator).
   */
  areas?: string[];
  /** Overrides WRITERS for inputs above the atomic limit (the bench's A/B). */
  writers?: number;
}

/** `rows`: a spreadsheet's rows read and resolved, before its records reach the importer. */
export type Progress = (phase: "rows" | "validate" | "nodes" | "links", records: number) => void;

export interface Located<T> {
  file: string;
  line: number;
  value: T;
}

/**
 * What the importer reads: checked records, located by file and line (a sheet's row). Read once to
 * validate and once per write phase, so `entries` must give the same records each time.
 */
export interface ImportInput {
  /** The files (or sheets) in input order, for sorting problems. */
  readonly files: readonly string[];
  entries(): AsyncIterable<Located<ParsedLine>>;
  /** Set when the input is these NDJSON files on disk as they are: the bulk importer then reads them in parallel. */
  readonly ndjsonFiles?: readonly string[];
}

/** NDJSON files, read line by line on each pass. */
export function ndjsonInput(files: readonly string[]): ImportInput {
  return {
    files,
    ndjsonFiles: files,
    async *entries() {
      for (const file of files) {
        const input = readline.createInterface({ input: fs.createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
        let line = 0;
        for await (const text of input) {
          line += 1;
          yield { file, line, value: parseLine(text) };
        }
      }
    },
  };
}

/** NDJSON already in memory (a request's body), as `name` line by line: the same rules as a file. */
export function ndjsonTextInput(name: string, text: string): ImportInput {
  const lines = text.split(/\r?\n/);
  return {
    files: [name],
    async *entries() {
      for (const [i, line] of lines.entries()) yield { file: name, line: i + 1, value: parseLine(line) };
    },
  };
}

/** Records in object form (the NDJSON shape), each at the line or row it came from. */
export function objectInput(file: string, objects: readonly { line: number; record: unknown }[]): ImportInput {
  return {
    files: [file],
    async *entries() {
      for (const { line, record } of objects) yield { file, line, value: checkRecord(record) };
    },
  };
}

/** The input's records, problem lines skipped (call after validating). */
export async function* recordsOf(input: ImportInput): AsyncGenerator<Located<GraphRecord>> {
  for await (const { file, line, value: parsed } of input.entries()) {
    if (parsed.ok && parsed.record) yield { file, line, value: parsed.record };
  }
}

export interface ValidateOptions {
  progress?: Progress;
  /**
   * Sees every well-formed record as it passes: the bulk importer writes its CSV in this same read
   * of the files (and throws the CSV away if the check refuses).
   */
  visit?: (record: Located<GraphRecord>) => Promise<void> | undefined | void;
}

/** Pass 1: every problem in the files, checked against the file itself and the graph. Exported for the bulk importer. */
export async function validate(graph: GraphToCheck, input: ImportInput, { progress, visit }: ValidateOptions = {}): Promise<Checked> {
  const check = new InputCheck(input.files, (records) => progress?.("validate", records));
  for await (const located of input.entries()) {
    const parsed = located.value;
    if (parsed.ok && parsed.record) {
      // Awaited only when it returns a promise: a microtask turn per record is seconds at a province's size.
      const visiting = visit?.({ file: located.file, line: located.line, value: parsed.record });
      if (visiting) await visiting;
    }
    check.line(located.file, located.line, parsed);
  }
  return check.finish(graph);
}

/** Citations become two parallel list properties: Neo4j properties cannot hold maps. */
function storedProperties(record: NodeRecord | LinkRecord, specs: Record<string, { kind: string }>): Record<string, unknown> {
  const stored: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(record.properties)) {
    stored[name] = specs[name]?.kind === "integer" ? neo4j.int(value as number) : value;
  }
  if (record.sources.length) {
    stored.sourceIds = record.sources.map((s: Citation) => s.id);
    stored.sourceLocators = record.sources.map((s: Citation) => s.locator ?? "");
  }
  return stored;
}

// Labels and relationship types come from the model, never from input: Cypher cannot take them as parameters.
// A node's row is its properties alone, its id among them (statementOf).
const upsertNodes = (type: NodeType): string => `
UNWIND $rows AS props
OPTIONAL MATCH (old:${type} {id: props.id})
WITH props, CASE WHEN old IS NULL THEN 'created' WHEN properties(old) = props THEN 'unchanged' ELSE 'updated' END AS outcome
MERGE (n:${type} {id: props.id})
  ON CREATE SET n:${ENTITY_LABEL}
SET n = props
RETURN outcome, count(*) AS count`;

const upsertLinks = (type: LinkType): string => `
UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {id: row.from})
MATCH (b:${ENTITY_LABEL} {id: row.to})
OPTIONAL MATCH (a)-[old:${type}]->(b)
WITH a, b, row, CASE WHEN old IS NULL THEN 'created' WHEN properties(old) = row.props THEN 'unchanged' ELSE 'updated' END AS outcome
MERGE (a)-[r:${type}]->(b)
SET r = row.props
RETURN outcome, count(*) AS count`;

// What the graph did not hold when the input was checked is created outright: no lookup before
// the write, which makes a first load of a large file several times faster than MERGE. Should
// another writer create one of these ids meanwhile, the constraint refuses the whole transaction.
// Sent as columns (columns.ts); as one map per row with the `columns` speed-up off.
const createNodes = (type: NodeType): string => `
UNWIND $rows AS props
CREATE (n:${type}:${ENTITY_LABEL})
SET n = props
RETURN 'created' AS outcome, count(*) AS count`;

const createLinks = (type: LinkType): string => `
UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {id: row.from})
MATCH (b:${ENTITY_LABEL} {id: row.to})
CREATE (a)-[r:${type}]->(b)
SET r = row.props
RETURN 'created' AS outcome, count(*) AS count`;

interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * The statement that writes a batch. An upsert sends a node as its properties alone, since they
 * hold its id: the driver's cost is per value packed, so the id and the wrapping map it need not
 * send are a sixth of a node row.
 */
function statementOf(batch: Batch): Statement {
  const { phase, type, known, rows } = batch;
  if (known || !speedUp("columns")) {
    if (phase === "links") return { cypher: known ? upsertLinks(type as LinkType) : createLinks(type as LinkType), params: { rows } };
    return { cypher: known ? upsertNodes(type as NodeType) : createNodes(type as NodeType), params: { rows: rows.map((row) => row.props) } };
  }
  const { keys, values, from, to } = columnsOfBatch(batch);
  const packed = packColumns(phase === "nodes" ? values : [...values, from!, to!], rows.length);
  const params = { values: packed.values, rows: packed.rows };
  if (phase === "nodes") return { cypher: createNodeColumns(type as NodeType, keys, packed.packing), params };
  return { cypher: createLinkColumns(type as LinkType, keys, packed.packing), params };
}

/** Runs one batch; the caller adds the counts once its transaction has committed. */
async function runBatch(tx: ManagedTransaction, batch: Batch): Promise<Tally> {
  const { cypher, params } = statementOf(batch);
  const result = await tx.run(cypher, params);
  const counts: Tally = { created: 0, updated: 0, unchanged: 0 };
  for (const record of result.records) counts[record.get("outcome") as keyof Tally] += Number(record.get("count"));
  return counts;
}

const addTo = (tally: Tally, counts: Tally): void => {
  tally.created += counts.created;
  tally.updated += counts.updated;
  tally.unchanged += counts.unchanged;
};

type BatchRunner = (batch: Batch) => Promise<Tally>;

/**
 * Nodes first, then links, each buffered per statement and sent in batches through `run`, up to
 * `writers` batches at once (one when they share a transaction).
 */
async function writeRecords(
  input: ImportInput,
  inGraph: ReadonlyMap<string, string>,
  run: BatchRunner,
  writers: number,
  progress?: Progress,
): Promise<{ nodes: Tally; links: Tally }> {
  const inFlight = new InFlight(writers);
  const nodes: Tally = { created: 0, updated: 0, unchanged: 0 };
  const links: Tally = { created: 0, updated: 0, unchanged: 0 };
  for (const phase of ["nodes", "links"] as const) {
    // One buffer per statement: a type, and whether its rows are new to the graph.
    const buffers = new Map<string, BatchRow[]>();
    const flush = async (key: string): Promise<void> => {
      const rows = buffers.get(key);
      if (!rows?.length) return;
      buffers.set(key, []);
      const [mode, type] = key.split(" ") as [string, NodeType & LinkType];
      const batch: Batch = { phase, type, known: mode === "known", rows };
      await inFlight.start(async () => addTo(phase === "nodes" ? nodes : links, await run(batch)));
    };
    let count = 0;
    for await (const { value: record } of recordsOf(input)) {
      if ((record.kind === "node") !== (phase === "nodes")) continue;
      const row: BatchRow =
        record.kind === "node"
          ? { id: record.id, props: { id: record.id, ...storedProperties(record, NODE_TYPES[record.type]) } }
          : { from: record.from, to: record.to, props: storedProperties(record, LINK_TYPES[record.type].properties) };
      // A link can exist already only when both its ends did.
      const known = record.kind === "node" ? inGraph.has(record.id) : inGraph.has(record.from) && inGraph.has(record.to);
      const key = `${known ? "known" : "new"} ${record.type}`;
      const rows = buffers.get(key) ?? [];
      rows.push(row);
      buffers.set(key, rows);
      if (rows.length >= BATCH_SIZE) await flush(key);
      if (++count % 10000 === 0) progress?.(phase, count);
    }
    for (const key of buffers.keys()) await flush(key);
    // Every node is written before the first link asks for its ends.
    await inFlight.drain();
  }
  return { nodes, links };
}

async function write(
  driver: Driver,
  input: ImportInput,
  inGraph: ReadonlyMap<string, string>,
  atomic: boolean,
  hook: BatchHook,
  writers: number,
  progress?: Progress,
): Promise<{ nodes: Tally; links: Tally }> {
  const inTx = (tx: ManagedTransaction, batch: Batch) => hook(tx, batch, () => runBatch(tx, batch));
  // A transaction per batch: a session each, since a session runs one transaction at a time.
  if (!atomic) return writeRecords(input, inGraph, (batch) => inSession(driver, (session) => session.executeWrite((tx) => inTx(tx, batch))), writers, progress);
  // One transaction: a retry re-reads the files from the start, which is safe since nothing committed.
  return inSession(driver, (session) =>
    session.executeWrite((tx) => writeRecords(input, inGraph, (batch) => inTx(tx, batch), 1, progress), { timeout: 30 * 60 * 1000 }),
  );
}

async function inSession<T>(driver: Driver, work: (session: Session) => Promise<T>): Promise<T> {
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}

/** Every id the input writes: its nodes and its links' ends. */
async function idsTouched(input: ImportInput): Promise<string[]> {
  const ids = new Set<string>();
  for await (const { value: record } of recordsOf(input)) {
    if (record.kind === "node") ids.add(record.id);
    else ids.add(record.from).add(record.to);
  }
  return [...ids];
}

/**
 * Imports the files as one input (ids may refer across them). Throws ImportRefused, having
 * written nothing, when any line is bad; otherwise upserts, records each change in history in the
 * same transaction as its batch, and says what changed.
 */
export async function importFiles(driver: Driver, files: readonly string[], progress?: Progress, options: ImportOptions = {}): Promise<ImportSummary> {
  return importInput(driver, ndjsonInput(files), progress, options);
}

/** Imports any input under the rules of importFiles: validated whole, then written, or refused. */
export async function importInput(driver: Driver, input: ImportInput, progress?: Progress, options: ImportOptions = {}): Promise<ImportSummary> {
  const { problems, total, records, inGraph } = await validate(driver, input, { progress });
  if (total > 0) throw new ImportRefused(problems, total);
  if (options.areas) await checkScope(driver, await idsTouched(input), options.areas);
  const atomic = records <= (options.atomicLimit ?? ATOMIC_LIMIT);
  const hook = await importHistory(input.files, options.actor);
  const { nodes, links } = await write(driver, input, inGraph, atomic, hook, options.writers ?? WRITERS, progress);
  return { records, nodes, links, atomic };
}
