/**
 * A spreadsheet register in (contract 4.3): read, every row checked and every name resolved, then
 * handed to the interchange importer as records, which checks them again as it checks NDJSON and
 * writes them under the same transaction rules. Any problem anywhere refuses the whole file before
 * anything is written; the report lists every bad row (the first MAX_LISTED) with column, value
 * and reason. The file becomes a Source named after it, identified by its content's hash.
 */
import crypto from "node:crypto";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { ImportRefused, ImportSummary, objectInput, importInput, Progress } from "../import";
import { quoted, RowProblem } from "./problems";
import { readCsv } from "./read-csv";
import { readRows } from "./read-rows";
import { readXlsx } from "./read-xlsx";
import { nodeById, resolveNames } from "./resolve-names";
import { SheetData, SheetUnreadable } from "./sheet";
import { TEMPLATES, TemplateName } from "./templates";
import { toRecords } from "./to-records";

const MAX_LISTED = 200;

export interface SheetImportOptions {
  template: TemplateName;
  /** The file's name as its user knows it: the Source's name and the report's. */
  fileName: string;
  importedBy: string;
  /** With createMissing: the Area new units and communities are PART_OF. */
  area?: string;
  createMissing?: boolean;
  idPrefix?: string;
  progress?: Progress;
  atomicLimit?: number;
  /** Batch transactions in flight (interchange/import.ts WRITERS). */
  writers?: number;
  /** Refuses a sheet with more rows than this below its header (an upload's limit); unset: any. */
  maxRows?: number;
  now?: Date;
}

export interface SheetReport {
  ok: boolean;
  file: string;
  template: TemplateName;
  format?: string;
  /** The Source the file became (or would have become). */
  sourceId?: string;
  /** Data rows read (the header and the template's example row not counted). */
  rows: number;
  skippedExampleRows: number;
  unknownColumns: string[];
  created: { id: string; type: string; name: string; row: number }[];
  summary?: ImportSummary;
  /** Every problem, the first MAX_LISTED of them listed; nothing was written when there is any. */
  problemCount: number;
  problems: RowProblem[];
  /** Where the time went, in milliseconds: reading the file, resolving names, checking and writing. */
  timings: { read: number; resolve: number; write: number };
}

/**
 * The sheet's rows: .xlsx by its zip signature whatever the name says, anything else as CSV text.
 * More than `maxRows` below the header refuses it (SheetTooLarge) as soon as the reader passes them.
 */
export async function readSheet(bytes: Buffer, maxRows = Infinity): Promise<SheetData> {
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  return isZip ? readXlsx(bytes, maxRows) : readCsv(bytes, maxRows);
}

export async function importSpreadsheet(driver: Driver, bytes: Buffer, options: SheetImportOptions): Promise<SheetReport> {
  const template = TEMPLATES[options.template];
  const file = path.basename(options.fileName);
  const report: SheetReport = { ok: false, file, template: options.template, rows: 0, skippedExampleRows: 0, unknownColumns: [], created: [], problemCount: 0, problems: [], timings: { read: 0, resolve: 0, write: 0 } };
  let clock = Date.now();
  const lap = (phase: keyof SheetReport["timings"]): void => {
    const now = Date.now();
    report.timings[phase] = now - clock;
    clock = now;
  };
  const refuse = (problems: RowProblem[], total = problems.length): SheetReport => {
    report.problems = [...problems]
      .sort((a, b) => a.row - b.row)
      .slice(0, MAX_LISTED)
      .map((p) => (p.value === undefined ? p : { ...p, value: quoted(p.value) }));
    report.problemCount = total;
    return report;
  };
  if (bytes.length === 0) return refuse([{ row: 0, reason: "the file is empty" }]);

  let data: SheetData;
  try {
    data = await readSheet(bytes, options.maxRows);
  } catch (error) {
    if (error instanceof SheetUnreadable) return refuse([{ row: 0, reason: error.message }]);
    throw error;
  }
  report.format = data.format;
  const read = readRows(template, data, (n) => options.progress?.("rows", n));
  report.rows = read.rows.filter((r) => !r.bad).length;
  report.skippedExampleRows = read.skipped.example;
  report.unknownColumns = read.unknownColumns;
  lap("read");
  if (read.fatal) return refuse(read.problems);

  const problems = [...read.problems];
  let createUnder: string | undefined;
  if (options.createMissing) {
    const area = options.area ? await nodeById(driver, options.area) : undefined;
    if (!options.area) problems.push({ row: 0, reason: "--create-missing needs --area: the Area new units and communities belong to" });
    else if (area?.type !== "Area") problems.push({ row: 0, value: options.area, reason: area ? `is ${area.type}, not an Area` : "no Area has this id" });
    else createUnder = options.area;
  }

  const contentHash = crypto.createHash("sha256").update(bytes).digest("hex");
  const sourceId = `${options.idPrefix ?? ""}sheet-${contentHash.slice(0, 16)}`;
  report.sourceId = sourceId;
  // The same file imported again is the same Source: its first import's who and when stand.
  const existing = await nodeById(driver, sourceId);
  const now = options.now ?? new Date();
  const first = existing?.type === "Source" ? existing.properties : {};
  const source = {
    id: sourceId,
    type: "Source",
    name: (first.name as string | undefined) ?? file,
    publication: (first.publication as string | undefined) ?? `${template.title} (spreadsheet)`,
    date: (first.date as string | undefined) ?? now.toISOString().slice(0, 10),
    contentHash,
    importedBy: (first.importedBy as string | undefined) ?? options.importedBy,
    importedAt: (first.importedAt as string | undefined) ?? now.toISOString(),
  };

  const resolutions = await resolveNames(driver, read.names);
  const built = toRecords(template, read.rows, resolutions, { sourceId, idPrefix: options.idPrefix ?? "", createUnder });
  problems.push(...built.problems);
  lap("resolve");
  if (problems.length) return refuse(problems);
  report.created = built.created;

  try {
    report.summary = await importInput(driver, objectInput(file, [{ line: 1, record: source }, ...built.records]), options.progress, {
      atomicLimit: options.atomicLimit,
      writers: options.writers,
    });
  } catch (error) {
    if (!(error instanceof ImportRefused)) throw error;
    // What the interchange's own checks found (an id already used by another type...), at the rows that made it.
    return refuse(error.problems.map((p) => ({ row: p.line, reason: p.reason })), error.total);
  } finally {
    lap("write");
  }
  report.ok = true;
  return report;
}
