/**
 * `npm run import -- [--atomic] FILE...` (`-` for stdin): validate everything, then write, or refuse
 * the whole input. --atomic writes any size in one transaction (Neo4j needs the heap for it).
 *
 * `npm run import -- --bulk FILE.ndjson...`: the whole graph into an EMPTY local database with
 * neo4j-admin's bulk importer (checked first as above; refused on a non-empty or remote database).
 * `npm run import -- --bulk-csv DIR FILE.ndjson...`: only check and write neo4j-admin's CSV files,
 * for a server this machine does not run; prints the command to run there.
 *
 * `npm run import -- FILE.xlsx|FILE.csv --template pairings|members|needs|resources
 *  [--create-missing --area AREA_ID] [--by NAME] [--json]`: a spreadsheet register (contract 4.3),
 * refused whole with every bad row listed, or written under the same rules.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { loadConfig } from "../config";
import { connect } from "../database/connect";
import { ensureSchema } from "../database/indexes";
import { DEV_INSTANCE } from "../database/local/launcher";
import { bulkImportLocal, checkAndWriteCsv, remoteRefusal } from "../interchange/bulk/bulk-import";
import { adminImportArguments } from "../interchange/bulk/csv";
import { ATOMIC_LIMIT, importFiles, ndjsonInput } from "../interchange/import";
import { importSpreadsheet } from "../interchange/spreadsheet/import-sheet";
import { describeProblem } from "../interchange/spreadsheet/problems";
import { isTemplateName, TEMPLATE_NAMES } from "../interchange/spreadsheet/templates";
import { readArgs, usageError } from "./args";
import { endProgress, terminalProgress } from "./progress";
import { log, runCli } from "./run";
import { describeSummary } from "./summary";

const USAGE = `usage: npm run import -- [--atomic] FILE.ndjson... (- for standard input)
       npm run import -- --bulk FILE.ndjson...       (an empty local database, via neo4j-admin)
       npm run import -- --bulk-csv DIR FILE.ndjson... (neo4j-admin's CSV files, for another server)
       npm run import -- FILE.xlsx|FILE.csv --template ${TEMPLATE_NAMES.join("|")} [--create-missing --area AREA_ID] [--by NAME] [--json]`;

/** Standard input is spooled to a temporary file, because the import reads its input more than once. */
async function spoolStdin(): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "partygraph-import-")), "stdin.ndjson");
  await pipeline(process.stdin, fs.createWriteStream(file));
  return file;
}

const isSheet = (file: string): boolean => /\.(xlsx|csv|tsv|txt)$/i.test(file);

runCli(async () => {
  const { values, positionals } = readArgs(USAGE, {
    allowPositionals: true,
    options: {
      atomic: { type: "boolean", default: false },
      bulk: { type: "boolean", default: false },
      "bulk-csv": { type: "string" },
      template: { type: "string" },
      "create-missing": { type: "boolean", default: false },
      area: { type: "string" },
      by: { type: "string" },
      json: { type: "boolean", default: false },
    },
  });
  if (positionals.length === 0) throw usageError(USAGE);
  const sheet = values.template !== undefined || positionals.some(isSheet);
  if (sheet) {
    if (positionals.length !== 1) throw usageError(USAGE, "A spreadsheet is imported on its own, one file at a time.");
    if (!isTemplateName(values.template)) throw usageError(USAGE, `--template must be one of ${TEMPLATE_NAMES.join(", ")}.`);
  } else if (values["create-missing"] || values.area) throw usageError(USAGE, "--create-missing and --area are for spreadsheets.");

  const bulkCsv = values["bulk-csv"];
  if ((values.bulk || bulkCsv !== undefined) && (sheet || values.atomic)) throw new Error(`--bulk and --bulk-csv take NDJSON files only, without --atomic\n${USAGE}`);
  if (values.bulk && bulkCsv !== undefined) throw new Error(`--bulk or --bulk-csv, not both\n${USAGE}`);
  const config = loadConfig();
  if (values.bulk && config.neo4j.uri) throw new Error(remoteRefusal(config.neo4j.uri));

  const files = await Promise.all(positionals.map((a) => (a === "-" ? spoolStdin() : Promise.resolve(a))));
  for (const f of files) if (!fs.existsSync(f)) throw new Error(`${f}: no such file`);
  if (values.bulk) {
    const { user, password, database } = config.neo4j;
    const s = await bulkImportLocal(ndjsonInput(files), { instance: DEV_INSTANCE, user, password, database, progress: terminalProgress(), log });
    endProgress();
    const p = s.phases;
    log(
      `Bulk-imported ${s.nodes.toLocaleString("en")} nodes and ${s.links.toLocaleString("en")} links in ${s.seconds.toFixed(1)} s ` +
        `(${Math.round(s.records / Math.max(s.seconds, 0.001)).toLocaleString("en")} records/s; checking and CSV ${p.checkAndCsv.toFixed(1)} s, ` +
        `neo4j-admin ${p.admin.toFixed(1)} s, indexes ${p.schema.toFixed(1)} s).`,
    );
    return;
  }
  const { driver } = await connect(config, log);
  if (bulkCsv !== undefined) {
    try {
      // Checked against the database NEO4J_URI names: on the empty target every reference must be in the files.
      const { csv } = await checkAndWriteCsv(driver, ndjsonInput(files), path.resolve(bulkCsv), { progress: terminalProgress() });
      endProgress();
      log(`Wrote ${csv.records.toLocaleString("en")} records as CSV in ${csv.dir}. Copy them to the same paths on the database's server and run there, with the database stopped:`);
      const quoteArg = (a: string): string => `'${a.replace(/'/g, "'\\''")}'`;
      console.log(`neo4j-admin ${adminImportArguments(csv, config.neo4j.database).map((a) => (a.includes("\u001f") ? "--array-delimiter=$'\\x1f'" : quoteArg(a))).join(" ")}`);
      if (csv.fixUps.length) {
        log(`${csv.fixUps.length} records hold an empty list or list item, which CSV cannot carry: import the same file once more without --bulk afterwards to set them (it then only updates).`);
      }
      log("Then start it: the API (`npm start`) or any `npm run import` creates the constraints and indexes on connecting.");
    } finally {
      endProgress();
      await driver.close();
    }
    return;
  }
  try {
    await ensureSchema(driver);
    const started = Date.now();
    if (sheet) {
      const report = await importSpreadsheet(driver, fs.readFileSync(files[0]), {
        template: values.template as (typeof TEMPLATE_NAMES)[number],
        fileName: positionals[0],
        importedBy: values.by ?? os.userInfo().username,
        createMissing: values["create-missing"],
        area: values.area,
        progress: terminalProgress(),
        atomicLimit: values.atomic ? Infinity : ATOMIC_LIMIT,
      });
      endProgress();
      if (values.json) console.log(JSON.stringify(report, null, 2));
      if (report.unknownColumns.length) log(`Ignored columns the ${report.template} template does not have: ${report.unknownColumns.join(", ")}`);
      if (!report.ok) {
        for (const p of report.problems) log(`${report.file}: ${describeProblem(p)}`);
        if (report.problemCount > report.problems.length) log(`... and ${report.problemCount - report.problems.length} more`);
        log(`Refused: ${report.problemCount} problem${report.problemCount === 1 ? "" : "s"}; nothing was written.`);
        process.exitCode = 1;
        return;
      }
      for (const c of report.created) log(`Created ${c.type} ${c.id} ${c.name} (row ${c.row})`);
      const seconds = (Date.now() - started) / 1000;
      log(`${report.file} (${report.format}): ${report.rows} rows as Source ${report.sourceId}. ${describeSummary(report.summary!)} ${seconds.toFixed(1)} s (${Math.round(report.rows / Math.max(seconds, 0.001))} rows/s).`);
      return;
    }
    const summary = await importFiles(driver, files, terminalProgress(), { atomicLimit: values.atomic ? Infinity : ATOMIC_LIMIT });
    endProgress();
    if (!summary.atomic) {
      log(`Over ${ATOMIC_LIMIT.toLocaleString("en")} records: written one batch per transaction (--atomic writes one transaction).`);
    }
    const seconds = (Date.now() - started) / 1000;
    log(`${describeSummary(summary)} ${seconds.toFixed(1)} s (${Math.round(summary.records / Math.max(seconds, 0.001))} records/s).`);
  } finally {
    endProgress();
    await driver.close();
  }
});
