/**
 * Writes a checked import input as the CSV files of neo4j-admin's bulk importer (`database import
 * full`): one file per node type and per link type, header first, each column typed from the model,
 * so the store it builds holds exactly what the ordinary import (import.ts) writes: numbers as
 * floats, integers as longs, lists as string arrays, citations as the parallel lists
 * sourceIds/sourceLocators. Call it only on an input `validate` accepted.
 */
import fs from "node:fs";
import { once } from "node:events";
import path from "node:path";
import { COMMON_NODE_PROPERTIES, ENTITY_LABEL, LINK_TYPES, LinkType, NODE_TYPES, NodeType, PropertySpec } from "../../graph/model";
import type { Located } from "../import";
import type { GraphRecord, PropertyValue } from "../records";

/**
 * Between the items of a list in one CSV field. The unit separator: no name or locator holds it,
 * and a value that does is refused rather than split (see BulkCsvRefused).
 */
export const ARRAY_DELIMITER = "\u001f";

export interface BulkCsvFile {
  /** The node or link type whose rows these are. */
  type: string;
  /** Node files: the labels (`Type:Entity`); link files: the relationship type. */
  label: string;
  /** What neo4j-admin reads as one file: the header first (a part alone has none). */
  files: string[];
  rows: number;
}

/**
 * A property neo4j-admin cannot write as the ordinary import would: an empty list, or a list with
 * an empty item (a citation without a locator stores ""), since an empty CSV field means "no
 * value". It is set after the import, by id, through Cypher.
 */
export interface FixUp {
  kind: "node" | "link";
  type: string;
  id?: string;
  from?: string;
  to?: string;
  props: Record<string, string[]>;
}

export interface BulkCsv {
  dir: string;
  nodes: BulkCsvFile[];
  links: BulkCsvFile[];
  records: number;
  fixUps: FixUp[];
  /** The files with a value that spans lines. */
  multiline: string[];
}

/** A value CSV cannot carry as the ordinary import stores it, at a line of the input. */
export class BulkCsvRefused extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
  }
}

const SOURCE_COLUMNS: Record<string, PropertySpec> = { sourceIds: { kind: "strings" }, sourceLocators: { kind: "strings" } };

const TYPE_SUFFIX: Record<PropertySpec["kind"], string> = { string: "", date: "", number: ":double", integer: ":long", strings: ":string[]" };

/** Every string quoted (a quoted empty string stays ""), inner quotes doubled. */
const quote = (text: string): string => `"${text.includes('"') ? text.replace(/"/g, '""') : text}"`;

function cell(spec: PropertySpec, value: PropertyValue | undefined, at: Located<GraphRecord>): string {
  if (value === undefined) return "";
  if (spec.kind === "strings") {
    const items = value as string[];
    for (const item of items) {
      if (item.includes(ARRAY_DELIMITER)) throw new BulkCsvRefused(at.file, at.line, "a list item holds U+001F, the bulk importer's list delimiter; import this file without --bulk");
    }
    return quote(items.join(ARRAY_DELIMITER));
  }
  if (spec.kind === "number" || spec.kind === "integer") return String(value);
  return quote(value as string);
}

type Kind = GraphRecord["kind"];

/** The columns of a type in a fixed order: its own properties, then the citations. */
function columnsOf(kind: Kind, type: string): Record<string, PropertySpec> {
  if (kind === "node") return { ...COMMON_NODE_PROPERTIES, ...(NODE_TYPES[type as NodeType] as Record<string, PropertySpec>), ...SOURCE_COLUMNS };
  return { ...(LINK_TYPES[type as LinkType].properties as Record<string, PropertySpec>), ...SOURCE_COLUMNS };
}

/** A type's header line. */
export function headerOf(kind: Kind, type: string): string {
  const typed = Object.entries(columnsOf(kind, type)).map(([name, spec]) => `${name}${TYPE_SUFFIX[spec.kind]}`);
  // The id is both the importer's node key (:ID, one id space: ids are unique across types) and a property.
  return (kind === "node" ? ["id:ID", ...typed] : [":START_ID", ":END_ID", ...typed]).join(",");
}

/** A type's file, or the name of one part of it (`nodes-Area.part1.csv`). */
export const csvFileName = (dir: string, kind: Kind, type: string, part?: string): string =>
  path.join(dir, `${kind === "node" ? "nodes" : "links"}-${type}${part === undefined ? "" : `.${part}`}.csv`);

/** The labels neo4j-admin gives a file's rows: a node's type and Entity, a link's type. */
const labelOf = (kind: Kind, type: string): string => (kind === "node" ? `${type}:${ENTITY_LABEL}` : type);

interface OpenFile {
  out: fs.WriteStream;
  /** The property columns in order, computed once per file. */
  columns: [string, PropertySpec][];
  entry: BulkCsvFile;
  /** Lines not yet handed to the stream: one write per FLUSH_CHARS, not one per line. */
  pending: string;
}

const LINE_BREAK = /[\r\n]/;
/** At 2.7M records, a stream write per line cost more than making the lines (writev, buffers). */
const FLUSH_CHARS = 1 << 16;

/**
 * Writes records into `dir` as they come (one read of the input serves both the check and the CSV),
 * one file per type. Files whose values hold a line break are listed in `multiline`: neo4j-admin
 * parses those more slowly, so only they are named to it as such. With `part`, the files are that
 * part of each type's rows, without a header (several writers share the input: parallel-pass.ts).
 */
export class BulkCsvWriter {
  private readonly open = new Map<string, OpenFile>();
  private readonly multiline = new Set<string>();
  private readonly result: BulkCsv;

  constructor(
    dir: string,
    private readonly part?: string,
  ) {
    fs.mkdirSync(dir, { recursive: true });
    this.result = { dir, nodes: [], links: [], records: 0, fixUps: [], multiline: [] };
  }

  /** Adds the record's line; a promise only when the disk is behind and the caller should wait. */
  add(located: Located<GraphRecord>): Promise<void> | undefined {
    const record = located.value;
    this.result.records += 1;
    const target = this.fileFor(record);
    let text = record.kind === "node" ? quote(record.id) : `${quote(record.from)},${quote(record.to)}`;
    for (const [name, spec] of target.columns) text += `,${cell(spec, this.valueOf(record, name), located)}`;
    if (LINE_BREAK.test(text)) this.multiline.add(target.entry.files[0]);
    target.entry.rows += 1;
    target.pending += `${text}\n`;
    this.noteAwkward(record);
    if (target.pending.length < FLUSH_CHARS) return undefined;
    return this.flush(target);
  }

  private valueOf(record: GraphRecord, name: string): PropertyValue | undefined {
    if (name === "sourceIds") return record.sources.length ? record.sources.map((s) => s.id) : undefined;
    if (name === "sourceLocators") return record.sources.length ? record.sources.map((s) => s.locator ?? "") : undefined;
    return record.properties[name];
  }

  /** Empty lists, and lists with an empty item (a citation without a locator), for the fix-ups. */
  private noteAwkward(record: GraphRecord): void {
    let awkward: Record<string, string[]> | undefined;
    for (const name in record.properties) {
      const value = record.properties[name];
      if (Array.isArray(value) && (value.length === 0 || value.includes(""))) (awkward ??= {})[name] = value;
    }
    if (record.sources.some((s) => !s.locator)) (awkward ??= {}).sourceLocators = record.sources.map((s) => s.locator ?? "");
    if (!awkward) return;
    this.result.fixUps.push(
      record.kind === "node"
        ? { kind: "node", type: record.type, id: record.id, props: awkward }
        : { kind: "link", type: record.type, from: record.from, to: record.to, props: awkward },
    );
  }

  private async flush(target: OpenFile): Promise<void> {
    const chunk = target.pending;
    target.pending = "";
    if (chunk && !target.out.write(chunk)) await once(target.out, "drain");
  }

  /** Flushes and closes every file (once; later calls only answer the summary), which is complete once this resolves. */
  async close(): Promise<BulkCsv> {
    for (const target of this.open.values()) await this.flush(target);
    await Promise.all([...this.open.values()].map(({ out }) => new Promise<void>((resolve) => out.end(resolve))));
    this.open.clear();
    this.result.multiline = [...this.multiline];
    return this.result;
  }

  /** Closes and deletes every file written: what a refused input leaves must never be imported. */
  async discard(): Promise<void> {
    const { nodes, links } = await this.close();
    for (const { files } of [...nodes, ...links]) for (const file of files) fs.rmSync(file, { force: true });
  }

  private fileFor(record: GraphRecord): OpenFile {
    // Node and link types never share a name (Area, PART_OF), so the type alone names the file.
    let target = this.open.get(record.type);
    if (!target) {
      const name = csvFileName(this.result.dir, record.kind, record.type, this.part);
      const entry = { type: record.type, label: labelOf(record.kind, record.type), files: [name], rows: 0 };
      target = { out: fs.createWriteStream(name, { encoding: "utf8" }), columns: Object.entries(columnsOf(record.kind, record.type)), entry, pending: "" };
      if (this.part === undefined) target.out.write(`${headerOf(record.kind, record.type)}\n`);
      this.open.set(record.type, target);
      (record.kind === "node" ? this.result.nodes : this.result.links).push(entry);
    }
    return target;
  }
}

/** The arguments of `neo4j-admin database import full` for these files (the database name last). */
export function adminImportArguments(csv: BulkCsv, database: string): string[] {
  return [
    "database", "import", "full",
    ...csv.nodes.map((n) => `--nodes=${n.label}=${n.files.join(",")}`),
    ...csv.links.map((l) => `--relationships=${l.label}=${l.files.join(",")}`),
    `--array-delimiter=${ARRAY_DELIMITER}`,
    // Only the files that hold a line break: the importer reads every other one faster.
    ...(csv.multiline.length ? ["--multiline-fields-format=v2", `--multiline-fields=${csv.multiline.join(",")}`] : []),
    "--overwrite-destination=true",
    // Beside the CSV files, not in whatever directory the command ran from.
    `--report-file=${path.join(csv.dir, "import.report")}`,
    database,
  ];
}
