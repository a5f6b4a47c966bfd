/** `npm run export -- FILE` (`-` for stdout): the whole graph as sorted NDJSON. */
import fs from "node:fs";
import { finished } from "node:stream/promises";
import { loadConfig } from "../config";
import { connect } from "../database/connect";
import { exportGraph } from "../interchange/export";
import { log, runCli } from "./run";

runCli(async () => {
  const [target] = process.argv.slice(2);
  if (!target) throw new Error("usage: npm run export -- FILE (- for standard output)");
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
