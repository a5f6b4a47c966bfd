/**
 * `npm run import -- [--atomic] FILE...` (`-` for stdin): validate everything, then write, or refuse
 * the whole input. --atomic writes any size in one transaction (Neo4j needs the heap for it).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { loadConfig } from "../config";
import { connect } from "../database/connect";
import { ensureSchema } from "../database/indexes";
import { ATOMIC_LIMIT, importFiles } from "../interchange/import";
import { readArgs, usageError } from "./args";
import { endProgress, terminalProgress } from "./progress";
import { log, runCli } from "./run";
import { describeSummary } from "./summary";

const USAGE = "usage: npm run import -- [--atomic] FILE... (- for standard input)";

/** Standard input is spooled to a temporary file, because the import reads its input more than once. */
async function spoolStdin(): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "partygraph-import-")), "stdin.ndjson");
  await pipeline(process.stdin, fs.createWriteStream(file));
  return file;
}

runCli(async () => {
  const { values, positionals } = readArgs(USAGE, { options: { atomic: { type: "boolean", default: false } }, allowPositionals: true });
  const atomic = values.atomic;
  if (positionals.length === 0) throw usageError(USAGE);
  const files = await Promise.all(positionals.map((a) => (a === "-" ? spoolStdin() : Promise.resolve(a))));
  for (const f of files) if (!fs.existsSync(f)) throw new Error(`${f}: no such file`);
  const { driver } = await connect(loadConfig(), log);
  try {
    await ensureSchema(driver);
    const started = Date.now();
    const summary = await importFiles(driver, files, terminalProgress(), { atomicLimit: atomic ? Infinity : ATOMIC_LIMIT });
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
