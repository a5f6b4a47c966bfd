/**
 * Replaces a local instance's database with neo4j-admin's bulk importer (`database import full`),
 * which writes the store files directly: far faster than transactions, but only into a stopped
 * server and only as a whole new database. The instance is stopped, imported into and started again.
 */
import fs from "node:fs";
import { LauncherError, LocalInstance, runningPid, runNeo4jAdmin, startLocalNeo4j, stopLocalNeo4j } from "./launcher";

type Log = (line: string) => void;

export interface AdminImportReport {
  seconds: number;
  /** neo4j-admin's own summary (its last lines), for the log. */
  output: string;
}

/**
 * Waits until the process has let go of its files. Its command line empties as it starts to exit
 * (which is all stopLocalNeo4j waits for), before its store lock is released; neo4j-admin started
 * in between finds "the database is in use".
 */
async function waitGone(pid: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    let state: string;
    try {
      state = fs.readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /, "")[0];
    } catch {
      return;
    }
    if (state === "Z" || Date.now() > deadline) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Stops the instance and waits until its files are free for neo4j-admin. */
export async function stopForAdmin(instance: LocalInstance, log: Log): Promise<void> {
  const pid = runningPid(instance);
  await stopLocalNeo4j(instance, log);
  if (pid !== undefined) await waitGone(pid);
}

/**
 * Runs `neo4j-admin ARGS` (an `import full` with --overwrite-destination) on the instance, stopping
 * it first if it runs, then starts it again, also when the import failed, so the caller is never
 * left without a server.
 */
export async function adminImportFull(instance: LocalInstance, password: string, args: string[], log: Log): Promise<AdminImportReport> {
  await stopForAdmin(instance, log);
  log(`Running neo4j-admin database import full (${instance.name})...`);
  const started = Date.now();
  // The importer sizes its caches from the heap; give it the server's, which is free while it is down.
  const result = await runNeo4jAdmin(instance, args, [`-Xmx${instance.heap}`]);
  const seconds = (Date.now() - started) / 1000;
  await startLocalNeo4j(instance, password, log);
  const output = result.output.trim().split("\n").slice(-12).join("\n");
  if (result.code !== 0) throw new LauncherError(`neo4j-admin database import failed (exit ${result.code}):\n${output}`);
  return { seconds, output };
}
