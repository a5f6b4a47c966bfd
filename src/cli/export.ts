/**
 * `npm run export -- [--format ndjson|graphml|gexf|csv] [--scope ID] [--as-of DATE] FILE`
 * (contract 2 and 4.5). FILE `-` is standard output; for csv, FILE is a folder that receives
 * nodes.csv and links.csv. Without options it writes the whole graph as sorted NDJSON, as before.
 */
import fs from "node:fs";
import path from "node:path";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { loadConfig } from "../config";
import { connect } from "../database/connect";
import { exportCsv, exportTo } from "../interchange/formats";
import { parseExportArgs } from "./export-args";
import { log, runCli } from "./run";

async function close(out: Writable): Promise<void> {
  out.end();
  await finished(out);
}

/** Files the export writes, removed again if it fails: a refused scope leaves no empty file behind. */
function createFiles(paths: string[]): { streams: fs.WriteStream[]; discard(): Promise<void> } {
  const streams = paths.map((p) => fs.createWriteStream(p));
  return {
    streams,
    async discard() {
      await Promise.all(streams.map((s) => close(s).catch(() => undefined)));
      for (const p of paths) fs.rmSync(p, { force: true });
    },
  };
}

runCli(async () => {
  const { format, target, options } = parseExportArgs(process.argv.slice(2));
  const { driver } = await connect(loadConfig(), log);
  try {
    const started = Date.now();
    let counts;
    if (target === "-" && format !== "csv") {
      counts = await exportTo(driver, format, process.stdout, options);
    } else {
      if (format === "csv") fs.mkdirSync(target, { recursive: true });
      const files = createFiles(format === "csv" ? [path.join(target, "nodes.csv"), path.join(target, "links.csv")] : [target]);
      try {
        const [first, second] = files.streams;
        counts = format === "csv" ? await exportCsv(driver, { nodes: first, links: second }, options) : await exportTo(driver, format, first, options);
        await Promise.all(files.streams.map(close));
      } catch (error) {
        await files.discard();
        throw error;
      }
    }
    log(`Exported ${counts.nodes} nodes and ${counts.links} links in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await driver.close();
  }
});
