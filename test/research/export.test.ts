/**
 * The researchers' exports (contract 4.5): what NetworkX reads back from GraphML and GEXF, what a
 * scope and a date keep, the CSV tables, and the same files over HTTP.
 */
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { parseExportArgs } from "../../src/cli/export-args";
import { firstDay } from "../../src/graph/dates";
import { exportCsv, exportTo } from "../../src/interchange/formats";
import type { SliceOptions } from "../../src/interchange/graph-slice";
import { testServer } from "../support/server";
import { fixtureRecords } from "../support/fixtures";
import { TestGraph } from "../support/test-graph";
import { readCsvWithPython, readWithNetworkX } from "./networkx";

const FIXTURE = path.join(__dirname, "..", "fixtures", "research.ndjson");

type Rec = Record<string, any>;
const fixture: Rec[] = fixtureRecords(FIXTURE);
const isLink = (r: Rec): boolean => typeof r.from === "string";

/** The district's part with no date: see src/cypher/scope.ts for why each is in (rs-proj-part: a project PART_OF a pairing). */
const DISTRICT = [
  "rs-src-1", "rs-src-2",
  "rs-district", "rs-street-a", "rs-street-b", "rs-c1", "rs-c2", "rs-c3", "rs-c4", "rs-station", "rs-po-c2",
  "rs-bank", "rs-school", "rs-tax", "rs-u-out",
  "rs-p1", "rs-p9", "rs-p2", "rs-p3", "rs-p4", "rs-p5", "rs-p7", "rs-p8",
  "rs-alliance", "rs-init", "rs-proj", "rs-proj-part", "rs-act", "rs-res-funds", "rs-res-units", "rs-res-2022", "rs-res-undated", "rs-need", "rs-offer",
];
/** At 2024-03 the ended 双报到 (p3) and the future pairing (p8) go, and with them the school, reached by nothing else. */
const DISTRICT_2024 = DISTRICT.filter((id) => !["rs-p3", "rs-p8", "rs-school"].includes(id));

const inForceAt = (r: Rec, day: string): boolean => (!r.since || firstDay(r.since) <= day) && (!r.until || firstDay(r.until) >= day);

/** The fixture's links with both ends among `ids` (in force at `day` when given), as "TYPE from to". */
function linksAmong(ids: string[], day?: string): string[] {
  const set = new Set(ids);
  return fixture
    .filter((r) => isLink(r) && set.has(r.from) && set.has(r.to) && (!day || inForceAt(r, day)))
    .map((r) => `${r.type} ${r.from} ${r.to}`)
    .sort();
}

/** What a flat format should carry for a fixture record: lists as "a; b", citations as "src locator". */
function flat(r: Rec): Rec {
  const out: Rec = {};
  for (const [k, v] of Object.entries(r)) {
    if (["id", "from", "to", "sources"].includes(k)) continue;
    out[k] = Array.isArray(v) ? v.join("; ") : v;
  }
  if (r.sources) out.sources = r.sources.map((s: Rec) => (s.locator ? `${s.id} ${s.locator}` : s.id)).join("; ");
  return out;
}

describe("exports for researchers", () => {
  let g: TestGraph;
  let tmp: string;
  const local = (id: string): string => g.local(id);
  /** The value with this file's prefix taken out everywhere: in ids, keys and citation strings alike. */
  const strip = <T>(value: T): T => JSON.parse(JSON.stringify(value).split(g.prefix).join("")) as T;

  beforeAll(async () => {
    g = await TestGraph.create("research-export");
    await g.load(FIXTURE);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "research-export-"));
  });
  afterAll(async () => {
    fs.rmSync(tmp, { recursive: true, force: true });
    await g.close();
  });

  const scoped = (asOf?: string): SliceOptions => ({ scopeId: g.id("rs-district"), asOf: asOf && firstDay(asOf) });

  async function exportFile(format: "ndjson" | "graphml" | "gexf", options: SliceOptions): Promise<string> {
    const file = path.join(tmp, `${format}-${options.scopeId ? "scoped" : "all"}-${options.asOf ?? "any"}.${format}`);
    const out = fs.createWriteStream(file);
    await exportTo(g.driver, format, out, options);
    out.end();
    await new Promise<void>((resolve) => out.on("close", () => resolve()));
    return file;
  }

  const ndjsonRecords = (file: string): Rec[] =>
    fs
      .readFileSync(file, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => strip(JSON.parse(l)));

  it("a scoped export holds exactly the area's part, and --as-of keeps what is in force then", async () => {
    for (const [asOf, ids] of [[undefined, DISTRICT], ["2024-03", DISTRICT_2024]] as const) {
      const records = ndjsonRecords(await exportFile("ndjson", scoped(asOf)));
      expect(records.filter((r) => !isLink(r)).map((r) => r.id).sort()).toEqual([...ids].sort());
      expect(records.filter(isLink).map((r) => `${r.type} ${r.from} ${r.to}`).sort()).toEqual(linksAmong([...ids], asOf && firstDay(asOf)));
      // Each record as the fixture states it: a scope changes what is written, never how.
      for (const r of records) expect(r).toEqual(fixture.find((f) => (isLink(r) ? f.type === r.type && f.from === r.from && f.to === r.to : f.id === r.id)));
    }
  });

  it("an alliance's scope is itself, its members in force, who leads it and what it produced", async () => {
    const records = ndjsonRecords(await exportFile("ndjson", { scopeId: g.id("rs-alliance"), asOf: "2024-03-01" }));
    expect(records.filter((r) => !isLink(r)).map((r) => r.id).sort()).toEqual(
      ["rs-alliance", "rs-bank", "rs-tax", "rs-u-out", "rs-po-c2", "rs-res-alliance", "rs-src-1"].sort(),
    );
    expect(records.filter(isLink).map((r) => r.type).sort()).toEqual(["LEADS", "MEMBER_OF", "MEMBER_OF", "MEMBER_OF", "PRODUCED"]);
  });

  it.each(["graphml", "gexf"] as const)("NetworkX reads the %s export with every node, link and property, typed", async (format) => {
    const expected = ndjsonRecords(await exportFile("ndjson", scoped()));
    const file = await exportFile(format, scoped());
    execFileSync("xmllint", ["--noout", file]); // well-formed (no GEXF or GraphML schema can be fetched here)
    const read = strip(readWithNetworkX(file, format));
    expect(read.directed).toBe(true);

    const nodes = expected.filter((r) => !isLink(r));
    expect(Object.keys(read.nodes).sort()).toEqual(nodes.map((r) => r.id).sort());
    for (const r of nodes) expect(read.nodes[r.id]).toEqual({ ...flat(r), label: r.name });

    const links = expected.filter(isLink);
    expect(read.edges).toHaveLength(links.length);
    for (const r of links) {
      const edge = read.edges.find(([u, v, d]) => u === r.from && v === r.to && d.type === r.type);
      expect(edge?.[2]).toEqual({ ...flat(r), id: `${r.type}/${r.from}/${r.to}`, ...(format === "gexf" ? { label: r.type } : {}) });
    }
    // Typed as numbers, not strings: a researcher can sum values straight away.
    expect(read.nodes["rs-res-funds"].value).toBe(12.5);
    expect(read.nodes["rs-act"].times).toBe(3);
    expect(read.nodes["rs-c1"].aliases).toBe('阳光; Sunshine, "old"');
    expect(read.nodes["rs-p1"].sources).toBe("rs-src-1 para 7; rs-src-2 para 3");
  });

  it("NetworkX reads the whole graph's GraphML too (other files' data may be there: only ours is compared)", async () => {
    const read = readWithNetworkX(await exportFile("graphml", {}), "graphml");
    const ours = Object.keys(read.nodes).filter((id) => id.startsWith(g.prefix)).map(local);
    expect(ours.sort()).toEqual(fixture.filter((r) => !isLink(r)).map((r) => r.id).sort());
    const ourEdges = read.edges.filter(([u, v]) => u.startsWith(g.prefix) && v.startsWith(g.prefix));
    expect(ourEdges).toHaveLength(fixture.filter(isLink).length);
  });

  it("CSV writes nodes.csv and links.csv that Python's csv module reads, quotes and all", async () => {
    const nodes = path.join(tmp, "nodes.csv");
    const links = path.join(tmp, "links.csv");
    const streams = { nodes: fs.createWriteStream(nodes), links: fs.createWriteStream(links) };
    const counts = await exportCsv(g.driver, streams, scoped("2024-03"));
    await Promise.all(Object.values(streams).map((s) => new Promise<void>((resolve) => s.end(() => resolve()))));
    const nodeRows = strip(readCsvWithPython(nodes));
    const linkRows = strip(readCsvWithPython(links));
    expect(nodeRows.map((r) => r.id).sort()).toEqual([...DISTRICT_2024].sort());
    expect(counts).toEqual({ nodes: DISTRICT_2024.length, links: linkRows.length });
    expect(linkRows.map((r) => `${r.type} ${r.from} ${r.to}`).sort()).toEqual(linksAmong(DISTRICT_2024, "2024-03-01"));
    expect(nodeRows.find((r) => r.id === "rs-c1")).toMatchObject({ type: "Community", aliases: '阳光; Sunshine, "old"', sector: "" });
    expect(nodeRows.find((r) => r.id === "rs-src-1")!.uri).toBe("https://example.org/rs-src-1?a=1&b=<2>");
  });

  it("one command: npm run export writes the file NetworkX reads", async () => {
    const file = path.join(tmp, "cli.graphml");
    // The test database, with the test credentials where they differ (as test/support/database.ts reads them).
    const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: process.env.NEO4J_TEST_URI };
    if (process.env.NEO4J_TEST_USER) env.NEO4J_USER = process.env.NEO4J_TEST_USER;
    if (process.env.NEO4J_TEST_PASSWORD) env.NEO4J_PASSWORD = process.env.NEO4J_TEST_PASSWORD;
    const tsx = path.join(__dirname, "..", "..", "node_modules", ".bin", "tsx");
    const cli = path.join(__dirname, "..", "..", "src", "cli", "export.ts");
    const { stderr } = await promisify(execFile)(tsx, [cli, "--format", "graphml", "--scope", g.id("rs-district"), "--as-of", "2024-03", file], { env });
    expect(stderr).toMatch(new RegExp(`Exported ${DISTRICT_2024.length} nodes`));
    expect(Object.keys(readWithNetworkX(file, "graphml").nodes).map(local).sort()).toEqual([...DISTRICT_2024].sort());
  }, 120_000);

  it("the command line takes --format, --scope and --as-of, and refuses what it cannot do", () => {
    expect(parseExportArgs(["out.ndjson"])).toEqual({ format: "ndjson", target: "out.ndjson", options: { scopeId: undefined, asOf: undefined } });
    expect(parseExportArgs(["-"]).target).toBe("-");
    expect(parseExportArgs(["--format", "gexf", "--scope", "area-gx", "--as-of", "2023-09", "f.gexf"])).toEqual({
      format: "gexf",
      target: "f.gexf",
      options: { scopeId: "area-gx", asOf: "2023-09-01" },
    });
    expect(() => parseExportArgs(["--format", "pajek", "f"])).toThrow(/--format must be one of ndjson, graphml, gexf, csv/);
    expect(() => parseExportArgs(["--as-of", "2023-13", "f"])).toThrow(/--as-of must be a real date/);
    expect(() => parseExportArgs(["--format", "csv", "-"])).toThrow(/give a folder/);
    expect(() => parseExportArgs([])).toThrow(/usage/);
  });

  describe("over HTTP (GET /export)", () => {
    let base: string;
    let stop: () => Promise<void>;
    beforeAll(async () => {
      const server = await testServer(g.driver, { LOG_LEVEL: "silent" });
      base = server.base;
      stop = server.stop;
    });
    afterAll(() => stop());

    it("serves the same file as the command line, as a download", async () => {
      const response = await fetch(`${base}/export?format=graphml&scope=${g.id("rs-district")}&asOf=2024-03`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/graphml+xml; charset=utf-8");
      expect(response.headers.get("content-disposition")).toBe(`attachment; filename="partygraph-${g.id("rs-district")}-2024-03.graphml"`);
      const sink = new PassThrough();
      const chunks: Buffer[] = [];
      sink.on("data", (c: Buffer) => chunks.push(c));
      await exportTo(g.driver, "graphml", sink, scoped("2024-03"));
      expect(await response.text()).toBe(Buffer.concat(chunks).toString("utf8"));
    });

    it("serves one CSV table per request", async () => {
      const response = await fetch(`${base}/export?format=csv&table=links&scope=${g.id("rs-alliance")}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      const [header, ...rows] = (await response.text()).trim().split("\r\n");
      expect(header).toBe("from,to,type,since,until,role,sources");
      // No date: every member who ever was, the school included.
      expect(rows.filter((r) => r.includes(",MEMBER_OF,"))).toHaveLength(4);
    });

    type Refusal = { errors: { message: string; extensions: { code: string } }[] };
    it("refuses a bad request with a status and a JSON error, before any file", async () => {
      const cases: [string, number, string][] = [
        ["format=pajek", 400, "BAD_USER_INPUT"],
        ["asOf=2023-02-30", 400, "BAD_USER_INPUT"],
        ["scope=%27%20OR%201%3D1", 400, "BAD_USER_INPUT"],
        [`scope=${g.id("nothing-here")}`, 404, "NOT_FOUND"],
        [`scope=${g.id("rs-bank")}`, 400, "BAD_USER_INPUT"],
        ["format=csv&table=both", 400, "BAD_USER_INPUT"],
      ];
      const forged = await fetch(`${base}/export?scope=${g.id("rs-alliance")}`, { headers: { authorization: "Bearer not.a.token" } });
      expect(forged.status).toBe(401);
      expect(((await forged.json()) as Refusal).errors[0].extensions.code).toBe("UNAUTHENTICATED");
      for (const [query, status, code] of cases) {
        const response = await fetch(`${base}/export?${query}`);
        expect({ query, status: response.status }).toEqual({ query, status });
        expect(response.headers.get("content-disposition")).toBeNull();
        // The refusal every route beside /graphql answers with (http/refusals.ts).
        const body = (await response.json()) as Refusal;
        expect(body.errors[0].extensions.code).toBe(code);
        expect(body.errors[0].message).toMatch(/\w/);
      }
    });
  });
});
