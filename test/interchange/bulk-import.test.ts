/**
 * `npm run import -- --bulk`: neo4j-admin's bulk importer must build the same graph the ordinary
 * import writes (the export of each is byte-identical), and must refuse a database that holds
 * anything, since it replaces the whole store. It overwrites its database, so it runs on a Neo4j
 * instance of its own, never the shared test instance.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import type { Driver } from "neo4j-driver";
import { loadConfig } from "../../src/config";
import { createDriver } from "../../src/database/driver";
import { ensureSchema } from "../../src/database/indexes";
import { boltUri, startLocalNeo4j, stopLocalNeo4j, testInstance } from "../../src/database/local/launcher";
import { exportGraph } from "../../src/interchange/export";
import { importFiles, ImportRefused, ndjsonInput } from "../../src/interchange/import";
import { bulkImportLocal, BulkRefused } from "../../src/interchange/bulk/bulk-import";

const instance = { ...testInstance((Number(process.env.NEO4J_TEST_BOLT_PORT) || 7688) + 300), heap: "512m", pageCache: "128m" };
const { user, password } = loadConfig().neo4j;
const options = { instance, user, password, database: "neo4j", log: () => undefined };

// What a CSV field makes awkward: commas, quotes, a line break, empty strings and lists, citations
// without a locator beside ones with, floats that are whole, integers, Chinese text.
const EDGES = [
  { id: "b-src", type: "Source", name: "人民日报, \"头版\"", publication: "", date: "2024-03" },
  { id: "b-src2", type: "Source", name: "第二\n行", uri: "https://example.org/a,b" },
  { id: "b-area", type: "Area", name: "东城区", level: "district", aliases: [], sources: [{ id: "b-src" }, { id: "b-src2", locator: "para 3" }] },
  { id: "b-comm", type: "Community", name: "春晖社区", level: "community", aliases: ["春晖", "Chunhui \\ 社区"], nameEn: "Chunhui" },
  { id: "b-res", type: "Result", name: "筹集资金", value: 3, unit: "万元", sources: [{ id: "b-src" }] },
  { id: "b-res2", type: "Result", name: "覆盖", value: 0.125 },
  { id: "b-act", type: "Activity", name: "义诊", times: 9007199254740991 },
  { type: "PART_OF", from: "b-comm", to: "b-area", since: "2019", sources: [{ id: "b-src" }] },
  { type: "PRODUCED", from: "b-act", to: "b-res" },
];

async function exportText(driver: Driver): Promise<string> {
  let text = "";
  const sink = new Writable({ write(chunk, _enc, done) { text += chunk; done(); } });
  await exportGraph(driver, sink);
  return text;
}

describe("bulk import (neo4j-admin)", () => {
  let driver: Driver;
  let files: string[];

  beforeAll(async () => {
    await startLocalNeo4j(instance, password, () => undefined);
    driver = createDriver({ uri: boltUri(instance), user, password });
    await ensureSchema(driver);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bulk-test-"));
    const edges = path.join(dir, "edges.ndjson");
    fs.writeFileSync(edges, EDGES.map((r) => JSON.stringify(r)).join("\n"));
    files = [path.join(__dirname, "../fixtures/operations.ndjson"), edges];
  }, 180_000);

  afterAll(async () => {
    await driver?.close();
    await stopLocalNeo4j(instance, () => undefined);
  }, 120_000);

  it("builds the graph the ordinary import builds, byte for byte in the export", async () => {
    // This instance is the test's own: emptying it touches no one else's data.
    await driver.executeQuery("MATCH (n) DETACH DELETE n");
    await importFiles(driver, files);
    const ordinary = await exportText(driver);
    await driver.executeQuery("MATCH (n) DETACH DELETE n");

    const summary = await bulkImportLocal(ndjsonInput(files), options);
    // The server was restarted under the driver; a new one avoids its stale pool.
    await driver.close();
    driver = createDriver({ uri: boltUri(instance), user, password });
    const bulk = await exportText(driver);

    expect(summary.records).toBe(ordinary.trim().split("\n").length);
    expect(bulk).toBe(ordinary);
    // The constraints are back: a second node with a taken id is refused.
    await expect(driver.executeQuery("CREATE (:Area:Entity {id: 'b-area', name: 'x'})")).rejects.toThrow(/already exists/);
  }, 300_000);

  it("refuses a database that holds anything, and leaves it as it was", async () => {
    const before = await exportText(driver);
    expect(before).not.toBe("");
    await expect(bulkImportLocal(ndjsonInput(files), options)).rejects.toThrow(BulkRefused);
    await expect(bulkImportLocal(ndjsonInput(files), options)).rejects.toThrow(/holds \d+ nodes/);
    expect(await exportText(driver)).toBe(before);
  }, 120_000);

  it("refuses bad input as the ordinary import does, with the server up again afterwards and its database as empty as before", async () => {
    // The server stops for neo4j-admin while the input is checked; a refusal must start it again.
    await driver.executeQuery("MATCH (n) DETACH DELETE n");
    const bad = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bulk-test-")), "bad.ndjson");
    fs.writeFileSync(bad, `${JSON.stringify(EDGES[2])}\n{"type": "PART_OF", "from": "b-area", "to": "b-nowhere"}\n`);
    await expect(bulkImportLocal(ndjsonInput([bad]), options)).rejects.toThrow(ImportRefused);
    await driver.close();
    driver = createDriver({ uri: boltUri(instance), user, password });
    const { records } = await driver.executeQuery("MATCH (n) RETURN count(n) AS nodes");
    expect(Number(records[0].get("nodes"))).toBe(0);
  }, 120_000);
});
