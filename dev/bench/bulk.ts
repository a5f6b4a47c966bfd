/**
 * `npm run bench:bulk -- [--size 10k|100k|1m|10m] [--seed S] [--port P] [--ordinary]`: loads the
 * synthetic city into an empty store with `npm run import -- --bulk`'s code and prints records/s and
 * where the time went; --ordinary then loads the same file into a fresh store with the ordinary
 * import, for the ratio. Its own Neo4j (.neo4j/bench-bulk, port 7988 by default, the bench's memory),
 * wiped before each load: never the dev, test or bench instance.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { finished } from "node:stream/promises";
import { parseArgs } from "node:util";
import { loadConfig } from "../../src/config";
import { createDriver } from "../../src/database/driver";
import { ensureSchema } from "../../src/database/indexes";
import { boltUri, LocalInstance, startLocalNeo4j, stopLocalNeo4j, testInstance } from "../../src/database/local/launcher";
import { ROOT } from "../../src/paths";
import { bulkImportLocal } from "../../src/interchange/bulk/bulk-import";
import { importFiles, ndjsonInput } from "../../src/interchange/import";
import { log, runCli } from "../../src/cli/run";
import { generateCity, SIZES } from "../synth/city";

runCli(async () => {
  const { values } = parseArgs({
    options: { size: { type: "string", default: "100k" }, seed: { type: "string", default: "1" }, port: { type: "string", default: "7988" }, ordinary: { type: "boolean", default: false } },
  });
  const communities = SIZES[values.size!];
  if (communities === undefined) throw new Error(`--size must be one of ${Object.keys(SIZES).join(", ")}`);
  const instance: LocalInstance = { ...testInstance(Number(values.port)), name: "bench-bulk", heap: "4g", pageCache: "4g" };
  const { user, password, database } = loadConfig().neo4j;

  const file = path.join(os.tmpdir(), `partygraph-bench-city-${communities}-seed${values.seed}.ndjson`);
  const out = fs.createWriteStream(file);
  const counts = await generateCity({ communities, seed: values.seed! }, out);
  out.end();
  await finished(out);
  const records = counts.nodes + counts.links;
  log(`${values.size}: ${counts.nodes} nodes, ${counts.links} links in ${file}`);

  // A new, empty store: this instance is the script's own.
  const fresh = async (): Promise<void> => {
    await stopLocalNeo4j(instance, log);
    fs.rmSync(path.join(ROOT, ".neo4j", instance.name, "data"), { recursive: true, force: true });
    await startLocalNeo4j(instance, password, log);
  };

  await fresh();
  const bulk = await bulkImportLocal(ndjsonInput([file]), { instance, user, password, database, log });
  const p = bulk.phases;
  const lines = [
    `| import | records | seconds | records/s | phases |`,
    `|---|---|---|---|---|`,
    `| --bulk | ${records} | ${bulk.seconds.toFixed(1)} | **${Math.round(records / bulk.seconds).toLocaleString("en")}** | reaching it ${p.connect.toFixed(1)} s, checking and CSV ${p.checkAndCsv.toFixed(1)} s, neo4j-admin ${p.admin.toFixed(1)} s, the server's start (it stops during the check) ${(bulk.seconds - p.connect - p.checkAndCsv - p.admin - p.schema).toFixed(1)} s, indexes ${p.schema.toFixed(1)} s; neo4j-admin says "${bulk.adminDone ?? "?"}" |`,
  ];
  if (values.ordinary) {
    await fresh();
    const driver = createDriver({ uri: boltUri(instance), user, password, database });
    try {
      await ensureSchema(driver);
      const started = Date.now();
      await importFiles(driver, [file]);
      const s = (Date.now() - started) / 1000;
      lines.push(`| ordinary | ${records} | ${s.toFixed(1)} | ${Math.round(records / s).toLocaleString("en")} | |`);
    } finally {
      await driver.close();
    }
  }
  await stopLocalNeo4j(instance, log);
  console.log(`\n${new Date().toISOString()}, ${values.size}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}\n\n${lines.join("\n")}`);
});
