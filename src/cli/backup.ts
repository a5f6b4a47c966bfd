/**
 * `npm run backup -- FILE` and `npm run restore -- FILE` (`--test` for the test instance): a dump of
 * the local Neo4j, and loading one back. The instance is stopped and started again around it.
 */
import { loadConfig } from "../config";
import { backupLocal, restoreLocal } from "../database/local/backup";
import { DEV_INSTANCE, TEST_INSTANCE } from "../database/local/launcher";
import { log, runCli } from "./run";

runCli(async () => {
  const args = process.argv.slice(2);
  const [command] = args;
  const file = args.slice(1).find((a) => !a.startsWith("--"));
  if ((command !== "backup" && command !== "restore") || !file) throw new Error("usage: npm run backup -- FILE | npm run restore -- FILE  [--test]");
  const config = loadConfig();
  if (config.neo4j.uri) throw new Error(`NEO4J_URI is set (${config.neo4j.uri}): back that database up with its own tools (neo4j-admin database dump, or Aura's snapshots).`);
  const instance = args.includes("--test") ? TEST_INSTANCE : DEV_INSTANCE;
  if (command === "backup") {
    await backupLocal(instance, file, config.neo4j.password, log);
    log(`Backed up Neo4j (${instance.name}) to ${file}.`);
  } else {
    await restoreLocal(instance, file, config.neo4j.password, log);
    log(`Restored Neo4j (${instance.name}) from ${file}.`);
  }
});
