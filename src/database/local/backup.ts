/**
 * Backups of the project's own Neo4j (the local instance `npm start` runs): `neo4j-admin database
 * dump` into one file and `database load` back from it. Neo4j Community dumps and loads only a
 * database that is offline, so a running instance is stopped first and started again afterwards.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { LauncherError, LocalInstance, neo4jAdmin, runningPid, startLocalNeo4j, stopLocalNeo4j } from "./launcher";

type Log = (line: string) => void;

/** The database the project uses (config.ts NEO4J_DATABASE defaults to it; Community has only this one). */
const DATABASE = "neo4j";

/** Stops the instance if it runs, does `work`, and starts it again if it was running, even when `work` fails. */
async function offline<T>(instance: LocalInstance, password: string, log: Log, work: () => Promise<T>): Promise<T> {
  const wasRunning = runningPid(instance) !== undefined;
  if (wasRunning) {
    log(`Stopping Neo4j (${instance.name}): Community dumps and loads only an offline database.`);
    await stopLocalNeo4j(instance, log);
  }
  try {
    return await work();
  } finally {
    if (wasRunning) await startLocalNeo4j(instance, password, log);
  }
}

/** Writes the whole database to `file` (a neo4j-admin dump), replacing what was there only once the dump succeeded. */
export async function backupLocal(instance: LocalInstance, file: string, password: string, log: Log): Promise<void> {
  const target = path.resolve(file);
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), "partygraph-backup-"));
  try {
    await offline(instance, password, log, async () => {
      const { code, output } = await neo4jAdmin(instance, ["database", "dump", DATABASE, `--to-path=${staging}`, "--overwrite-destination=true"]);
      if (code !== 0) throw new LauncherError(`neo4j-admin database dump failed: ${output.trim().split("\n").pop()}`);
    });
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.join(staging, `${DATABASE}.dump`), target);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** Replaces the whole database with the dump in `file`: everything written since that backup is lost. */
export async function restoreLocal(instance: LocalInstance, file: string, password: string, log: Log): Promise<void> {
  const source = path.resolve(file);
  if (!fs.existsSync(source)) throw new LauncherError(`No backup at ${source}.`);
  // neo4j-admin loads `<database>.dump` from a folder, so the file is staged under that name.
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), "partygraph-restore-"));
  try {
    fs.copyFileSync(source, path.join(staging, `${DATABASE}.dump`));
    await offline(instance, password, log, async () => {
      const { code, output } = await neo4jAdmin(instance, ["database", "load", DATABASE, `--from-path=${staging}`, "--overwrite-destination=true"]);
      if (code !== 0) throw new LauncherError(`neo4j-admin database load failed: ${output.trim().split("\n").pop()}`);
    });
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
