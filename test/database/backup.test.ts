/**
 * `npm run backup` and `npm run restore` (database/local/backup.ts): a backup, a wiped database and a
 * restore give back the graph byte for byte in the export. The real neo4j-admin dump and load stop and
 * start their instance, so this runs on a Neo4j of its own (the test port + 400; the outage, restart and
 * bulk-import tests use +100, +200 and +300), never the shared test instance.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import type { Driver } from "neo4j-driver";
import { loadConfig } from "../../src/config";
import { createDriver } from "../../src/database/driver";
import { ensureSchema } from "../../src/database/indexes";
import { backupLocal, restoreLocal } from "../../src/database/local/backup";
import { homeOf } from "../../src/database/local/instances";
import { boltUri, startLocalNeo4j, stopLocalNeo4j, testInstance } from "../../src/database/local/launcher";
import { exportGraph } from "../../src/interchange/export";
import { importFiles } from "../../src/interchange/import";

const instance = { ...testInstance((Number(process.env.NEO4J_TEST_BOLT_PORT) || 7688) + 400), heap: "512m", pageCache: "128m" };
const { user, password } = loadConfig().neo4j;
const quiet = (): void => undefined;

async function exportText(driver: Driver): Promise<string> {
  let text = "";
  const sink = new Writable({
    write(chunk, _encoding, done) {
      text += chunk;
      done();
    },
  });
  await exportGraph(driver, sink);
  return text;
}

describe("backup and restore (neo4j-admin dump and load)", () => {
  let driver: Driver | undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-test-"));
  const connect = (): Driver => (driver = createDriver({ uri: boltUri(instance), user, password }));

  beforeAll(async () => {
    await startLocalNeo4j(instance, password, quiet);
    await ensureSchema(connect());
  }, 180_000);

  afterAll(async () => {
    await driver?.close();
    await stopLocalNeo4j(instance, quiet);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it("backup, wipe, restore gives a byte-identical export", async () => {
    // This instance is the test's own: emptying it touches no one else's data.
    await driver!.executeQuery("MATCH (n) DETACH DELETE n");
    await importFiles(driver!, [path.join(__dirname, "../fixtures/operations.ndjson")]);
    const original = await exportText(driver!);
    expect(original.split("\n").length).toBeGreaterThan(20);
    await driver!.close();

    // Each stop and start of Neo4j costs 15-25 s here, so the instance is stopped once: the backup and
    // the restore then run offline as they are (backup.ts starts again only what was running).
    await stopLocalNeo4j(instance, quiet);
    const file = path.join(dir, "graph.dump");
    await backupLocal(instance, file, password, quiet);
    expect(fs.statSync(file).size).toBeGreaterThan(0);

    // The wipe a broken disk makes: the database's store and transaction logs are gone.
    const data = path.join(homeOf(instance), "data");
    for (const folder of ["databases", "transactions"]) fs.rmSync(path.join(data, folder, "neo4j"), { recursive: true, force: true });

    await restoreLocal(instance, file, password, quiet);
    await startLocalNeo4j(instance, password, quiet);
    expect(await exportText(connect())).toBe(original);
    // The schema came back with the store: a second node with a taken id is refused.
    const { id } = JSON.parse(original.split("\n")[0]) as { id: string };
    await expect(driver!.executeQuery("CREATE (:Area:Entity {id: $id, name: 'x'})", { id })).rejects.toThrow(/already exists/);
  }, 300_000);
});
