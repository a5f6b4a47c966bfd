/**
 * Test data that a test file owns, as @neo4j/graphql's TestHelper owns its labels: every id the
 * file writes starts with its own prefix, and `close()` deletes exactly the nodes with that prefix.
 * Test files can then run in parallel jest workers, beside each other and beside a live `npm start`
 * on the same database, in any order. Never empty the database in a test.
 *
 *   const g = await TestGraph.create("partners");       // prefix like "partners-k3f9-"
 *   await g.load(FIXTURE);                               // fixture ids written as g.id("op-unit-bank")
 *   g.id("op-unit-bank"); g.local("partners-k3f9-op-unit-bank")  // to and from the prefixed ids
 *   await g.close();
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import type { Driver } from "neo4j-driver";
import { exportGraph } from "../../src/interchange/export";
import { importFiles, ImportSummary } from "../../src/interchange/import";
import { testDriver } from "./database";

/** The record keys that hold ids: a node's id, a link's ends, and citations' source ids. */
function prefixRecord(record: Record<string, unknown>, prefix: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...record };
  const isLink = typeof out.from === "string" || typeof out.to === "string";
  if (!isLink && typeof out.id === "string") out.id = prefix + out.id;
  if (typeof out.from === "string") out.from = prefix + out.from;
  if (typeof out.to === "string") out.to = prefix + out.to;
  if (Array.isArray(out.sources)) {
    out.sources = out.sources.map((s: { id?: unknown }) => (s && typeof s.id === "string" ? { ...s, id: prefix + s.id } : s));
  }
  return out;
}

export class TestGraph {
  private readonly tmp: string;

  private constructor(
    readonly driver: Driver,
    /** Starts every id this file writes; letters, digits and "-", so ids stay well-formed. */
    readonly prefix: string,
    private readonly ownsDriver: boolean,
  ) {
    this.tmp = fs.mkdtempSync(path.join(os.tmpdir(), `partygraph-${prefix}`));
  }

  /** A graph for one test file: `name` makes failures readable, the random part keeps runs apart. */
  static async create(name: string, driver?: Driver): Promise<TestGraph> {
    const safe = name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 24) || "t";
    const prefix = `${safe}-${crypto.randomBytes(3).toString("hex")}-`;
    return new TestGraph(driver ?? (await testDriver()), prefix, !driver);
  }

  /** The graph id of a fixture's local id. */
  id(local: string): string {
    return this.prefix + local;
  }

  /** The fixture's local id of a graph id (unchanged when it is not this file's). */
  local(id: string): string {
    return id.startsWith(this.prefix) ? id.slice(this.prefix.length) : id;
  }

  /** Every string in `value` that is one of this file's ids, made local: compare answers with fixture ids. */
  localize<T>(value: T): T {
    if (typeof value === "string") return this.local(value) as T;
    if (Array.isArray(value)) return value.map((v) => this.localize(v)) as T;
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.localize(v)])) as T;
    }
    return value;
  }

  /** NDJSON lines (records as objects or lines of text) rewritten with this file's ids. */
  prefixed(lines: (string | Record<string, unknown>)[]): string[] {
    return lines.map((line) => {
      if (typeof line !== "string") return JSON.stringify(prefixRecord(line, this.prefix));
      const text = line.trim();
      if (text === "" || text.startsWith("//")) return line;
      let record: unknown;
      try {
        record = JSON.parse(text);
      } catch {
        return line; // not JSON: left for the importer to refuse, on the same line number
      }
      return record && typeof record === "object" && !Array.isArray(record) ? JSON.stringify(prefixRecord(record as Record<string, unknown>, this.prefix)) : line;
    });
  }

  /** Writes lines (already prefixed or not: see `prefixed`) to a temporary file and returns its path. */
  file(name: string, lines: string[]): string {
    const file = path.join(this.tmp, name);
    fs.writeFileSync(file, lines.join("\n") + "\n");
    return file;
  }

  /**
   * A fixture file (or records) rewritten with this file's ids, as a temporary file: for calling the
   * importer with options of its own. Line numbers stay those of the fixture.
   */
  prefixedFile(input: string | Record<string, unknown>[], index = 0): string {
    return typeof input === "string"
      ? this.file(`${index}-${path.basename(input)}`, this.prefixed(fs.readFileSync(input, "utf8").split("\n")))
      : this.file(`${index}-records.ndjson`, this.prefixed(input));
  }

  /** Imports fixture files (or records) with every id prefixed, through the real importer. */
  async load(...inputs: (string | Record<string, unknown>[])[]): Promise<ImportSummary> {
    return importFiles(
      this.driver,
      inputs.map((input, i) => this.prefixedFile(input, i)),
    );
  }

  /** True for an id this file wrote (or would write). */
  owns(id: unknown): boolean {
    return typeof id === "string" && id.startsWith(this.prefix);
  }

  /**
   * The NDJSON export (src/interchange/export.ts, the real one) of this file's nodes and of the
   * links between them, line by line in the export's order; other files' records are left out.
   */
  async exportLines(): Promise<string[]> {
    const sink = new PassThrough();
    sink.setEncoding("utf8"); // decodes a character split between chunks whole
    let text = "";
    sink.on("data", (chunk: string) => (text += chunk));
    await exportGraph(this.driver, sink);
    sink.end();
    return text
      .split("\n")
      .filter((line) => line !== "")
      .filter((line) => {
        const record = JSON.parse(line) as { id?: unknown; from?: unknown; to?: unknown };
        return record.from === undefined ? this.owns(record.id) : this.owns(record.from) && this.owns(record.to);
      });
  }

  /** Counts and a hash of this file's export: equal fingerprints mean its data is unchanged. */
  async fingerprint(): Promise<{ nodes: number; links: number; sha256: string }> {
    const lines = await this.exportLines();
    const links = lines.filter((line) => (JSON.parse(line) as { from?: unknown }).from !== undefined).length;
    const sha256 = crypto.createHash("sha256").update(lines.join("\n")).digest("hex");
    return { nodes: lines.length - links, links, sha256 };
  }

  /** This file's nodes and links (links with both ends its own). */
  async count(): Promise<{ nodes: number; links: number }> {
    const { records } = await this.driver.executeQuery(
      `CALL () { MATCH (n:Entity) WHERE n.id STARTS WITH $prefix RETURN count(n) AS nodes }
       CALL () { MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id STARTS WITH $prefix AND b.id STARTS WITH $prefix RETURN count(r) AS links }
       RETURN nodes, links`,
      { prefix: this.prefix },
    );
    return { nodes: records[0].get("nodes"), links: records[0].get("links") };
  }

  /** Deletes this file's nodes (and so their links); other files' data is untouched. */
  async clear(): Promise<void> {
    // IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeQuery.
    const session = this.driver.session();
    try {
      await session.run("MATCH (n:Entity) WHERE n.id STARTS WITH $prefix CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS", { prefix: this.prefix });
      // Its history too (history/changes.ts): every Change names the id it touched.
      await session.run("MATCH (c:Change) WHERE c.subject STARTS WITH $prefix OR c.ids STARTS WITH $prefix CALL (c) { DELETE c } IN TRANSACTIONS OF 5000 ROWS", { prefix: this.prefix });
    } finally {
      await session.close();
    }
  }

  /** Deletes this file's data and, when the graph opened it, closes the driver. */
  async close(): Promise<void> {
    await this.clear();
    fs.rmSync(this.tmp, { recursive: true, force: true });
    if (this.ownsDriver) await this.driver.close();
  }
}
