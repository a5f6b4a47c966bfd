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

runCli(async () => {
  const { format, target, options } = parseExportArgs(process.argv.slice(2));
  const { driver } = await connect(loadConfig(), log);
  try {
    const started = Date.now();
    let counts;
    if (format === "csv") {
      fs.mkdirSync(target, { recursive: true });
      const nodes = fs.createWriteStream(path.join(target, "nodes.csv"));
      const links = fs.createWriteStream(path.join(target, "links.csv"));
      counts = await exportCsv(driver, { nodes, links }, options);
      await Promise.all([close(nodes), close(links)]);
    } else {
      const out = target === "-" ? process.stdout : fs.createWriteStream(target);
      counts = await exportTo(driver, format, out, options);
      if (out !== process.stdout) await close(out);
    }
    log(`Exported ${counts.nodes} nodes and ${counts.links} links in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await driver.close();
  }
});
