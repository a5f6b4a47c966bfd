/** `npm run export -- FILE` (`-` for stdout): the whole graph as sorted NDJSON. */
import fs from "node:fs";
import { finished } from "node:stream/promises";
import { loadConfig } from "../config";
import { connect } from "../database/connect";
import { exportGraph } from "../interchange/export";
import { readArgs, usageError } from "./args";
import { log, runCli } from "./run";

const USAGE = "usage: npm run export -- FILE (- for standard output)";

runCli(async () => {
  const { positionals } = readArgs(USAGE, { options: {}, allowPositionals: true });
  if (positionals.length !== 1) throw usageError(USAGE, positionals.length ? `One file, not ${positionals.length}.` : undefined);
  const [target] = positionals;
  const { driver } = await connect(loadConfig(), log);
  try {
    const out = target === "-" ? process.stdout : fs.createWriteStream(target);
    const started = Date.now();
    const counts = await exportGraph(driver, out);
    if (out !== process.stdout) {
      out.end();
      await finished(out);
    }
    log(`Exported ${counts.nodes} nodes and ${counts.links} links in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await driver.close();
  }
});
