/**
 * `npm run bench [-- --size 10k|100k|1m|10m] [--seed S] [--load-seconds N] [--reuse] [--bulk] [--no-export] [--keep] [--only NAME,...]`
 *
 * Side by side, in one run: each contract operation and a four-level generated query asked over HTTP
 * (the real server, in its own process, over a driver that counts queries) and as hand-written
 * Cypher over the driver. Loads a synthetic city into a dedicated Neo4j (port 7988, its own data,
 * never the dev or test instance) and reports import and export throughput, p50/p95 for both sides
 * and their ratio, round trips per request, 32-client throughput and errors, and the server's RSS.
 * Writes dev/bench/results.json (one entry per size, so sizes can be compared) and prints Markdown.
 *
 * --reuse keeps the graph already loaded when it has the expected node count (no import figures);
 * --bulk loads a new store with `npm run import -- --bulk`'s code instead (a 10M city in minutes, not
 * hours); --no-export skips the export's timing (a 10M city's 27M records take four to six minutes);
 * --keep leaves the bench Neo4j running afterwards (it is stopped otherwise, if this run started it);
 * --only NAME,... runs the cases whose name contains one of the NAMEs, and prints them without writing results.json.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import autocannon from "autocannon";
import type { Driver } from "neo4j-driver";
import { loadConfig } from "../../src/config";
import { createDriver } from "../../src/database/driver";
import { ensureSchema } from "../../src/database/indexes";
import { readQuery } from "../../src/database/query";
import { startLocalNeo4j, stopLocalNeo4j } from "../../src/database/local/launcher";
import { exportGraph } from "../../src/interchange/export";
import { importFiles, ndjsonInput } from "../../src/interchange/import";
import { bulkImportLocal } from "../../src/interchange/bulk/bulk-import";
import { ROOT } from "../../src/paths";
import { generateCity, SIZES } from "../synth/city";
import { readArgs, usageError } from "../../src/cli/args";
import { log, runCli } from "../../src/cli/run";
import { BenchArguments, BenchCase, benchCases } from "./cases";
import { pickArguments } from "./arguments";
import { BENCH_INSTANCE, closeClient, graphqlRequest, post, RelayProcess, ServerProcess } from "./processes";

const RESULTS_FILE = path.join(__dirname, "results.json");
const CONNECTIONS = 32;
/** Communities of the one wide street the bench's city has (synth's wideStreet), for the wide cases. */
const WIDE_STREET = 500;
const WARMUP = 5;
/** Each side of each case runs until this many samples or this many seconds, whichever comes first. */
const MAX_SAMPLES = 200;
const MIN_SAMPLES = 20;
const MAX_SECONDS_PER_CASE = 20;
/** The longest wait for the queries a load phase left running (settle). */
const SETTLE_SECONDS = 120;

interface Latency {
  p50: number;
  p95: number;
  samples: number;
}

interface CaseResult {
  name: string;
  operation: string;
  args: string;
  targetRatio: number;
  /** `sameOrder`: where the contract orders the answer, whether both sides list the same ids in the same order. */
  shape: { graphql: number[]; cypher: number[]; same: boolean; sameOrder?: boolean };
  graphql?: Latency;
  cypher?: Latency;
  /** The same bytes as the GraphQL answer, from a server that does nothing else. */
  relay?: Latency;
  /** GraphQL p50 ÷ Cypher p50. */
  ratio?: number;
  /** GraphQL p50 ÷ (Cypher p50 + relay p50): the figure the targets are set on. */
  floorRatio?: number;
  /** Bytes of the GraphQL answer (and so of the relay's). */
  bytes?: number;
  /** Network round trips to the database per request (a COMMIT counts), and the statements run. */
  roundTrips?: { min: number; max: number; statements: number };
  load?: { connections: number; seconds: number; requestsPerSecond: number; p50: number; p99: number; errors: number; non2xx: number; mismatches: number; timeouts: number };
  error?: string;
}

interface RunResult {
  size: string;
  seed: string;
  communities: number;
  nodes: number;
  links: number;
  when: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; neo4j: string; heap: string; pageCache: string };
  generate: { seconds: number };
  import?: { records: number; seconds: number; recordsPerSecond: number; bulk?: boolean };
  export?: { records: number; seconds: number; recordsPerSecond: number; bytes: number };
  server: { rssIdleMb: number; rssPeakMb: number; rssAfterMb: number };
  arguments: BenchArguments;
  cases: CaseResult[];
}

const USAGE = `usage: npm run bench -- [--size ${Object.keys(SIZES).join("|")}] [--seed S] [--load-seconds N] [--reuse] [--bulk] [--no-export] [--keep] [--only NAME,...]`;

interface BenchOptions {
  size: string;
  seed: string;
  loadSeconds: number;
  reuse: boolean;
  bulk: boolean;
  noExport: boolean;
  keep: boolean;
  only?: string[];
}

function benchOptions(argv: string[]): BenchOptions {
  const { values } = readArgs(
    USAGE,
    {
      options: {
        size: { type: "string", default: "100k" },
        seed: { type: "string", default: "1" },
        "load-seconds": { type: "string", default: "5" },
        reuse: { type: "boolean", default: false },
        bulk: { type: "boolean", default: false },
        "no-export": { type: "boolean", default: false },
        keep: { type: "boolean", default: false },
        only: { type: "string" },
      },
    },
    argv,
  );
  const loadSeconds = Number(values["load-seconds"]);
  if (SIZES[values.size] === undefined) throw usageError(USAGE, `--size must be one of ${Object.keys(SIZES).join(", ")}, got "${values.size}".`);
  if (!(loadSeconds > 0)) throw usageError(USAGE, "--load-seconds must be a positive number.");
  return {
    size: values.size,
    seed: values.seed,
    loadSeconds,
    reuse: values.reuse,
    bulk: values.bulk,
    noExport: values["no-export"],
    keep: values.keep,
    only: values.only?.split(",").map((n) => n.trim()).filter(Boolean),
  };
}

const seconds = (since: bigint): number => Number(process.hrtime.bigint() - since) / 1e9;
const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

async function countNodes(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery("MATCH (n:Entity) RETURN count(n) AS n");
  return records[0].get("n") as number;
}

/** Deletes everything, in batches, so a 1M-node graph does not need one huge transaction. */
async function wipe(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
}

/** The raw side reads the way the server's operations do (readQuery), so neither gets a faster path. */
function cypherRequest(driver: Driver, c: BenchCase): Promise<Record<string, any>[]> {
  return readQuery<Record<string, any>>(driver, c.cypher.query, c.cypher.params);
}

/** Runs one case: answers compared, then GraphQL, Cypher and the relay timed in alternation, round trips, and load. */
async function runCase(c: BenchCase, server: ServerProcess, relay: RelayProcess, driver: Driver, loadSeconds: number, rssSamples: number[]): Promise<CaseResult> {
  const body = JSON.stringify({ query: c.graphql.query, variables: c.graphql.variables });
  const result: CaseResult = { name: c.name, operation: c.operation, args: c.args, targetRatio: c.targetRatio, shape: { graphql: [], cypher: [], same: false } };
  try {
    const first = await graphqlRequest(server.url, body);
    const shapeOfGraphQL = c.shapeOfGraphQL(first.data);
    await relay.answerWith(first.text);
    result.bytes = Buffer.byteLength(first.text);
    const rows = await cypherRequest(driver, c);
    result.shape = { graphql: shapeOfGraphQL, cypher: c.shapeOfCypher(rows), same: false };
    if (c.orderOfGraphQL && c.orderOfCypher) result.shape.sameOrder = JSON.stringify(c.orderOfGraphQL(first.data)) === JSON.stringify(c.orderOfCypher(rows));
    result.shape.same = JSON.stringify(result.shape.graphql) === JSON.stringify(result.shape.cypher) && result.shape.sameOrder !== false;

    for (let i = 0; i < WARMUP; i++) {
      await graphqlRequest(server.url, body);
      await cypherRequest(driver, c);
      await post(relay.url, body);
    }
    // Round trips: a few requests alone, the server's counters read before and after each.
    const trips: number[] = [];
    let statements = 0;
    for (let i = 0; i < 3; i++) {
      const before = await server.stats();
      await graphqlRequest(server.url, body);
      const after = await server.stats();
      trips.push(after.roundTrips - before.roundTrips);
      statements = Math.max(statements, after.queries - before.queries);
    }
    result.roundTrips = { min: Math.min(...trips), max: Math.max(...trips), statements };

    // Alternating, so all three sides see the same cache and the same background load.
    const g: number[] = [];
    const y: number[] = [];
    const e: number[] = [];
    const started = process.hrtime.bigint();
    while (g.length < MAX_SAMPLES && (g.length < MIN_SAMPLES || seconds(started) < MAX_SECONDS_PER_CASE)) {
      let t = process.hrtime.bigint();
      await graphqlRequest(server.url, body);
      g.push(seconds(t) * 1000);
      t = process.hrtime.bigint();
      await cypherRequest(driver, c);
      y.push(seconds(t) * 1000);
      t = process.hrtime.bigint();
      // Parsed as the GraphQL side's answer is, so the client's own work is on both.
      JSON.parse((await post(relay.url, body)).text);
      e.push(seconds(t) * 1000);
    }
    const latency = (samples: number[]): Latency => {
      const sorted = [...samples].sort((a, b) => a - b);
      return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), samples: sorted.length };
    };
    result.graphql = latency(g);
    result.cypher = latency(y);
    result.relay = latency(e);
    result.ratio = round(result.graphql.p50 / result.cypher.p50);
    result.floorRatio = round(result.graphql.p50 / (result.cypher.p50 + result.relay.p50));

    // 32 clients, each body checked: an answer of another shape, or any GraphQL error, is a mismatch.
    const expected = JSON.stringify(shapeOfGraphQL);
    const sampler = setInterval(() => void server.stats().then((s) => rssSamples.push(s.rss)), 500);
    try {
      const load = await autocannon({
        url: server.url,
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
        connections: CONNECTIONS,
        duration: loadSeconds,
        // autocannon hands over the body as a string; its types allow a Buffer or nothing too.
        verifyBody: (body) => {
          try {
            const parsed = JSON.parse(String(body ?? "")) as { data?: Record<string, any>; errors?: unknown[] };
            return !parsed.errors && !!parsed.data && JSON.stringify(c.shapeOfGraphQL(parsed.data)) === expected;
          } catch {
            return false;
          }
        },
      });
      result.load = {
        connections: CONNECTIONS,
        seconds: loadSeconds,
        requestsPerSecond: round(load.requests.average),
        p50: load.latency.p50,
        p99: load.latency.p99,
        errors: load.errors,
        non2xx: load.non2xx,
        mismatches: load.mismatches,
        timeouts: load.timeouts,
      };
    } finally {
      clearInterval(sampler);
    }
    await settle(driver, c.name);
    // The timed connections sat idle through the load and the wait (up to SETTLE_SECONDS), which can
    // outlast the servers' keep-alive: the next case starts on a new one, not one being closed.
    closeClient();
  } catch (error) {
    result.error = (error as Error).message.split("\n")[0];
  }
  return result;
}

const round = (n: number): number => Math.round(n * 100) / 100;

/**
 * Waits until Neo4j runs nothing but this check. autocannon stops at its time and leaves its last
 * requests to the server: a city-wide case's 32 left 10-25 s of queries running, and the next case
 * was timed under them (trace at 1M: 20.6 ms for its Cypher against 3-4.5 alone).
 */
async function settle(driver: Driver, after: string): Promise<void> {
  const started = process.hrtime.bigint();
  for (;;) {
    const { records } = await driver.executeQuery("SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS running");
    if (Number(records[0].get("running")) === 0) break;
    if (seconds(started) > SETTLE_SECONDS) {
      log(`  Neo4j still runs queries ${SETTLE_SECONDS} s after the load of ${after}; going on.`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const waited = seconds(started);
  if (waited >= 1) log(`  waited ${waited.toFixed(1)} s for the queries left by the load of ${after}`);
}

function verdict(c: CaseResult): string {
  if (c.error) return `error: ${c.error}`;
  const misses: string[] = [];
  if (!c.shape.same) misses.push(`answers differ (${c.shape.graphql.join("/")} vs ${c.shape.cypher.join("/")}${c.shape.sameOrder === false ? ", in another order" : ""})`);
  if (c.floorRatio !== undefined && c.floorRatio > c.targetRatio) misses.push(`over ${c.targetRatio}× the relay floor`);
  if (c.roundTrips && c.roundTrips.max !== 1) misses.push(`${c.roundTrips.max} round trips`);
  if (c.load && c.load.errors + c.load.non2xx + c.load.mismatches + c.load.timeouts > 0) misses.push("errors under load");
  return misses.length ? `miss: ${misses.join(", ")}` : "ok";
}

/** The run as Markdown: the summary lines and one row per case. */
export function markdown(run: RunResult): string {
  const lines = [
    `### ${run.size}: ${run.nodes.toLocaleString("en")} nodes, ${run.links.toLocaleString("en")} links (${run.communities} communities, seed ${run.seed})`,
    "",
    `${run.when}; ${run.machine.cpus} × ${run.machine.cpuModel}, ${run.machine.memoryGb} GB; Node ${run.machine.node}; Neo4j ${run.machine.neo4j} (heap ${run.machine.heap}, page cache ${run.machine.pageCache}).${process.env.PARTYGRAPH_OFF ? ` Speed-ups off: PARTYGRAPH_OFF=${process.env.PARTYGRAPH_OFF}.` : ""}`,
    "",
    `- Import${run.import?.bulk ? " (bulk, into a new store)" : ""}: ${run.import ? `${run.import.records.toLocaleString("en")} records in ${run.import.seconds} s = **${run.import.recordsPerSecond.toLocaleString("en")} records/s**` : "not measured (--reuse)"}`,
    `- Export: ${run.export ? `${run.export.records.toLocaleString("en")} records in ${run.export.seconds} s = **${run.export.recordsPerSecond.toLocaleString("en")} records/s**` : "not measured"}`,
    `- Server RSS: idle ${run.server.rssIdleMb} MB, peak under load **${run.server.rssPeakMb} MB**, after ${run.server.rssAfterMb} MB`,
    "",
    "| query | answer | bytes | GraphQL p50 / p95 ms | Cypher p50 / p95 ms | relay p50 ms | ÷ relay floor (target) | ÷ Cypher | round trips | 32 clients: req/s, p99 ms | errors | verdict |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const c of run.cases) {
    const errors = c.load ? c.load.errors + c.load.non2xx + c.load.mismatches + c.load.timeouts : "";
    lines.push(
      `| ${c.name} | ${c.shape.graphql.join("/")}${c.shape.same ? "" : ` ≠ ${c.shape.cypher.join("/")}`} | ${c.bytes ?? ""} | ${c.graphql ? `${c.graphql.p50} / ${c.graphql.p95}` : ""} | ${c.cypher ? `${c.cypher.p50} / ${c.cypher.p95}` : ""} | ${c.relay?.p50 ?? ""} | ${c.floorRatio ?? ""} (≤ ${c.targetRatio}) | ${c.ratio ?? ""} | ${c.roundTrips ? (c.roundTrips.min === c.roundTrips.max ? c.roundTrips.max : `${c.roundTrips.min}-${c.roundTrips.max}`) : ""} | ${c.load ? `${c.load.requestsPerSecond}, ${c.load.p99}` : ""} | ${errors} | ${verdict(c)} |`,
    );
  }
  return lines.join("\n");
}

/** How each case's GraphQL p50 grows across the sizes in results.json. */
function growth(runs: Record<string, RunResult>): string {
  const sizes = Object.keys(SIZES).filter((s) => runs[s]);
  if (sizes.length < 2) return "";
  const names = runs[sizes[0]].cases.map((c) => c.name);
  const lines = [`| query | ${sizes.map((s) => `${s} GraphQL / Cypher p50 ms`).join(" | ")} |`, `|---|${sizes.map(() => "---").join("|")}|`];
  for (const name of names) {
    const cells = sizes.map((s) => {
      const c = runs[s].cases.find((x) => x.name === name);
      return c?.graphql && c.cypher ? `${c.graphql.p50} / ${c.cypher.p50}${c.floorRatio === undefined ? "" : ` (×${c.floorRatio} floor)`}` : "";
    });
    lines.push(`| ${name} | ${cells.join(" | ")} |`);
  }
  const imports = sizes.map((s) => runs[s].import?.recordsPerSecond ?? "").join(" | ");
  lines.push(`| import records/s | ${imports} |`);
  return lines.join("\n");
}

runCli(async () => {
  const options = benchOptions(process.argv.slice(2));
  const config = loadConfig();
  const communities = SIZES[options.size];

  const { uri, startedNow } = await startLocalNeo4j(BENCH_INSTANCE, config.neo4j.password, log);
  const driver = createDriver({ uri, user: config.neo4j.user, password: config.neo4j.password });
  let server: ServerProcess | undefined;
  let relay: RelayProcess | undefined;
  try {
    await ensureSchema(driver);
    const file = path.join(os.tmpdir(), `partygraph-bench-city-${communities}-wide${WIDE_STREET}-seed${options.seed}.ndjson`);
    let started = process.hrtime.bigint();
    const out = fs.createWriteStream(file);
    const counts = await generateCity({ communities, seed: options.seed, wideStreet: WIDE_STREET }, out);
    out.end();
    await finished(out);
    const generateSeconds = round(seconds(started));
    log(`Generated ${counts.nodes} nodes and ${counts.links} links (${options.size}) in ${generateSeconds} s: ${file}`);

    let imported: RunResult["import"];
    if (options.reuse && (await countNodes(driver)) === counts.nodes) {
      log("Reusing the graph already loaded (--reuse): no import figures this run.");
    } else if (options.bulk) {
      // The bulk importer only loads an empty store: a new one, as bench:bulk makes.
      await stopLocalNeo4j(BENCH_INSTANCE, log);
      fs.rmSync(path.join(ROOT, ".neo4j", BENCH_INSTANCE.name, "data"), { recursive: true, force: true });
      log("Loading with the bulk importer (--bulk)...");
      const bulk = await bulkImportLocal(ndjsonInput([file]), { instance: BENCH_INSTANCE, user: config.neo4j.user, password: config.neo4j.password, database: config.neo4j.database, log });
      imported = { records: bulk.records, seconds: round(bulk.seconds), recordsPerSecond: Math.round(bulk.records / bulk.seconds), bulk: true };
      log(`Bulk-loaded ${bulk.records} records in ${imported.seconds} s (${imported.recordsPerSecond} records/s).`);
    } else {
      log("Emptying the bench database...");
      await wipe(driver);
      log("Importing...");
      started = process.hrtime.bigint();
      const summary = await importFiles(driver, [file]);
      const s = seconds(started);
      imported = { records: summary.records, seconds: round(s), recordsPerSecond: Math.round(summary.records / s) };
      log(`Imported ${summary.records} records in ${imported.seconds} s (${imported.recordsPerSecond} records/s).`);
    }
    await driver.executeQuery("CALL db.awaitIndexes(300)");

    let exportFigures: RunResult["export"];
    if (!options.noExport) {
      started = process.hrtime.bigint();
      let bytes = 0;
      const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => ((bytes += chunk.length), done()) });
      const exported = await exportGraph(driver, sink);
      const exportSeconds = seconds(started);
      const records = exported.nodes + exported.links;
      exportFigures = { records, seconds: round(exportSeconds), recordsPerSecond: Math.round(records / exportSeconds), bytes };
      log(`Exported ${records} records in ${round(exportSeconds)} s.`);
    }

    const args = await pickArguments(driver);
    log(`Arguments: ${JSON.stringify(args)}`);
    server = await ServerProcess.start(uri);
    relay = await RelayProcess.start();
    const idle = await server.stats();
    const rssSamples: number[] = [idle.rss];
    const cases: CaseResult[] = [];
    for (const c of benchCases(args)) {
      if (options.only && !options.only.some((name) => c.name.includes(name))) continue;
      log(`${c.name}...`);
      const result = await runCase(c, server, relay, driver, options.loadSeconds, rssSamples);
      log(
        `  ${result.error ?? `GraphQL ${result.graphql?.p50} ms, Cypher ${result.cypher?.p50} ms, relay ${result.relay?.p50} ms: ×${result.floorRatio} the relay floor, ×${result.ratio} Cypher; ${result.roundTrips?.max} round trip(s), ${result.load?.requestsPerSecond} req/s`}`,
      );
      cases.push(result);
    }
    const after = await server.stats();
    const { records: versionRows } = await driver.executeQuery("CALL dbms.components() YIELD versions RETURN versions[0] AS version");

    const run: RunResult = {
      size: options.size,
      seed: options.seed,
      communities,
      nodes: counts.nodes,
      links: counts.links,
      when: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model.trim() ?? "unknown",
        memoryGb: Math.round(os.totalmem() / 1024 ** 3),
        node: process.versions.node,
        neo4j: String(versionRows[0]?.get("version") ?? "unknown"),
        heap: BENCH_INSTANCE.heap,
        pageCache: BENCH_INSTANCE.pageCache,
      },
      generate: { seconds: generateSeconds },
      import: imported,
      export: exportFigures,
      server: { rssIdleMb: mb(idle.rss), rssPeakMb: mb(Math.max(...rssSamples, after.rss)), rssAfterMb: mb(after.rss) },
      arguments: args,
      cases,
    };
    process.stdout.write(`${markdown(run)}\n`);
    // A run of some cases (--only) is printed, but does not replace the full run kept for its size.
    if (options.only) {
      log(`Not written to ${path.relative(process.cwd(), RESULTS_FILE)}: --only ran part of the cases.`);
      return;
    }
    const previous = fs.existsSync(RESULTS_FILE) ? (JSON.parse(fs.readFileSync(RESULTS_FILE, "utf8")) as { runs?: Record<string, RunResult> }) : {};
    const runs = { ...(previous.runs ?? {}), [options.size]: run };
    fs.writeFileSync(RESULTS_FILE, `${JSON.stringify({ runs }, null, 2)}\n`);
    const table = growth(runs);
    if (table) process.stdout.write(`\n${table}\n`);
    log(`Wrote ${path.relative(process.cwd(), RESULTS_FILE)}.`);
  } finally {
    closeClient();
    await server?.stop();
    await relay?.stop();
    await driver.close();
    if (startedNow && !options.keep) await stopLocalNeo4j(BENCH_INSTANCE, log);
  }
});
