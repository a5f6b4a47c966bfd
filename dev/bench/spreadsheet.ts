/**
 * `npm run bench:sheets -- [--rows 100000] [--format xlsx|csv] [--writers N] [--keep]`: spreadsheet import
 * throughput (issue 17 asks for at least 5,000 rows/s). Loads units and communities under a
 * run-unique id prefix, writes a pairings register of `rows` rows naming them (exceljs's streaming
 * writer), imports it the way `npm run import` does, and prints rows/s for the whole import and for
 * reading the sheet alone. Then deletes what it wrote (--keep leaves it). Runs against NEO4J_URI,
 * never under jest: point it at a database you own, e.g. a test instance
 * (NEO4J_URI=bolt://127.0.0.1:7741).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import ExcelJS from "exceljs";
import { loadConfig } from "../../src/config";
import { createDriver } from "../../src/database/driver";
import { ensureSchema } from "../../src/database/indexes";
import { importFiles, WRITERS } from "../../src/interchange/import";
import { importSpreadsheet, readSheet } from "../../src/interchange/spreadsheet/import-sheet";
import { log, runCli } from "../../src/cli/run";

const KINDS = ["双报到", "共驻共建", "帮扶", "联系", "指导"];

runCli(async () => {
  const { values } = parseArgs({ options: { rows: { type: "string", default: "100000" }, format: { type: "string", default: "xlsx" }, keep: { type: "boolean", default: false }, writers: { type: "string" } } });
  const writers = values.writers === undefined ? undefined : Number(values.writers);
  const rows = Number(values.rows);
  if (!Number.isInteger(rows) || rows < 1) throw new Error("--rows must be a positive integer");
  if (values.format !== "xlsx" && values.format !== "csv") throw new Error("--format must be xlsx or csv");
  const prefix = `bench-sheet-${crypto.randomBytes(3).toString("hex")}-`;
  const communities = Math.max(1, Math.ceil(rows / 1000));
  const units = Math.min(rows, 1000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "partygraph-bench-sheet-"));
  const { uri, user, password } = loadConfig().neo4j;
  if (!uri) throw new Error("set NEO4J_URI to a database you own, e.g. bolt://127.0.0.1:<your test port>");
  const driver = createDriver({ uri, user, password });
  try {
    await ensureSchema(driver);
    // The parties, as NDJSON: every (unit, community) pair below is distinct, so every row is a pairing.
    const parties = path.join(dir, `${prefix}parties.ndjson`);
    const lines: string[] = [];
    for (let u = 0; u < units; u += 1) lines.push(JSON.stringify({ id: `${prefix}u${u}`, type: "Unit", name: `${prefix}单位${u}` }));
    for (let c = 0; c < communities; c += 1) lines.push(JSON.stringify({ id: `${prefix}c${c}`, type: "Community", name: `${prefix}社区${c}` }));
    fs.writeFileSync(parties, lines.join("\n") + "\n");
    await importFiles(driver, [parties]);

    // The run's prefix in the file's name makes the history's actor ("import <file>") the run's own, for the clean-up.
    const file = path.join(dir, `${prefix}pairings.${values.format}`);
    const row = (i: number): string[] => [`${prefix}单位${i % units}`, `${prefix}社区${Math.floor(i / units)}`, KINDS[i % KINDS.length], `${2015 + (i % 10)}年${1 + (i % 12)}月`];
    if (values.format === "csv") {
      fs.writeFileSync(file, ["单位,社区,类型,开始", ...Array.from({ length: rows }, (_, i) => row(i).join(","))].join("\r\n") + "\r\n");
    } else {
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
      const sheet = workbook.addWorksheet("pairings");
      sheet.addRow(["单位", "社区", "类型", "开始"]).commit();
      for (let i = 0; i < rows; i += 1) sheet.addRow(row(i)).commit();
      sheet.commit();
      await workbook.commit();
    }
    const bytes = fs.readFileSync(file);
    log(`${rows.toLocaleString("en")} rows, ${(bytes.length / 1024 / 1024).toFixed(1)} MB ${values.format}; ${units} units, ${communities} communities.`);

    let started = process.hrtime.bigint();
    const sheet = await readSheet(bytes);
    const readSeconds = Number(process.hrtime.bigint() - started) / 1e9;

    started = process.hrtime.bigint();
    const cpuBefore = process.cpuUsage();
    // When each phase of the import began, for seeing where a slow run spends its time.
    const phases: Record<string, number> = {};
    const t0 = Date.now();
    const phaseCpu: Record<string, number> = {};
    const progress = (phase: string): void => {
      if (phase in phases) return;
      phases[phase] = Date.now() - t0;
      const used = process.cpuUsage(cpuBefore);
      phaseCpu[phase] = Math.round((used.user + used.system) / 1000);
    };
    const report = await importSpreadsheet(driver, bytes, { template: "pairings", fileName: path.basename(file), importedBy: "bench", idPrefix: prefix, progress, writers });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    // This process's own CPU (reading, checking, encoding): on a 2-core machine it competes with Neo4j's writers.
    const cpu = process.cpuUsage(cpuBefore);
    if (!report.ok) throw new Error(`refused: ${JSON.stringify(report.problems.slice(0, 5))}`);
    const rss = Math.round(process.memoryUsage().rss / 1024 / 1024);
    console.log(
      JSON.stringify(
        {
          rows,
          format: values.format,
          readRowsPerSecond: Math.round((sheet.rows.length - 1) / readSeconds),
          importSeconds: Number(seconds.toFixed(2)),
          rowsPerSecond: Math.round(report.rows / seconds),
          clientCpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)),
          records: report.summary!.records,
          atomic: report.summary!.atomic,
          writers: writers ?? WRITERS,
          timingsMs: report.timings,
          phaseStartsMs: phases,
          clientCpuMsAtPhaseStart: phaseCpu,
          rssMB: rss,
        },
        null,
        2,
      ),
    );
  } finally {
    if (!values.keep) {
      const session = driver.session();
      try {
        await session.run("MATCH (n:Entity) WHERE n.id STARTS WITH $prefix CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS", { prefix });
        // Its history too: left behind, a run's Change nodes (about 90 MB at 100,000 rows) slowed every later run.
        await session.run("MATCH (c:Change) WHERE c.actor STARTS WITH 'import ' + $prefix CALL (c) { DELETE c } IN TRANSACTIONS OF 100 ROWS", { prefix });
      } finally {
        await session.close();
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
    await driver.close();
  }
});
