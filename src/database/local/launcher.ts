/**
 * Runs the project's own Neo4j Community server when NEO4J_URI is not set: fetches its jars once
 * (fetch-jars.ts), then starts and stops each instance (instances.ts) as a plain JVM process.
 * The rest of the code imports the launcher from here.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import neo4j from "neo4j-driver";
import { ROOT } from "../../paths";
import { isSecurityError } from "../driver-errors";
import { ensureNeo4jJars } from "./fetch-jars";
import { boltUri, homeOf, LIB_DIR, LocalInstance } from "./instances";
import { LauncherError, WAY_AROUND } from "./launcher-error";
import { statusLine } from "./status-line";

export { ensureNeo4jJars } from "./fetch-jars";
export { boltUri, DEMO_INSTANCE, DEV_INSTANCE, TEST_INSTANCE, testInstance } from "./instances";
export type { LocalInstance } from "./instances";
export { LauncherError } from "./launcher-error";

const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;

type Log = (line: string) => void;

function run(command: string, args: string[], env?: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", (e) => resolve({ code: -1, output: String(e) }));
    child.on("close", (code) => resolve({ code: code ?? -1, output }));
  });
}

function writeConfig(instance: LocalInstance): string {
  const home = homeOf(instance);
  const conf = path.join(home, "conf");
  for (const dir of ["conf", "data", "logs", "run", "import", "plugins"]) fs.mkdirSync(path.join(home, dir), { recursive: true });
  const lines = [
    "# Written by src/database/local/launcher.ts on every start: edit that file, not this one.",
    "dbms.usage_report.enabled=false",
    "dbms.security.auth_enabled=true",
    `server.default_listen_address=127.0.0.1`,
    `server.bolt.listen_address=127.0.0.1:${instance.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${instance.boltPort}`,
    `server.http.listen_address=127.0.0.1:${instance.httpPort}`,
    `server.http.advertised_address=127.0.0.1:${instance.httpPort}`,
    "server.https.enabled=false",
    `server.directories.data=${path.join(home, "data")}`,
    `server.directories.logs=${path.join(home, "logs")}`,
    `server.directories.run=${path.join(home, "run")}`,
    `server.directories.import=${path.join(home, "import")}`,
    `server.directories.plugins=${path.join(home, "plugins")}`,
    `server.memory.pagecache.size=${instance.pageCache}`,
    "db.transaction.timeout=60s",
    // Neo4j keeps two days of transaction logs by default: 30 GB after an evening of 100,000-row
    // imports on a test instance. Community has no online backup to read them; recovery needs
    // only those since the last checkpoint.
    "db.tx_log.rotation.retention_policy=1G size",
    "",
  ];
  fs.writeFileSync(path.join(conf, "neo4j.conf"), lines.join("\n"));
  return conf;
}

/**
 * Runs `neo4j-admin ARGS` against the instance's home and configuration, as the neo4j-admin script
 * would; commands that change a store (an import) need the instance stopped.
 */
export async function runNeo4jAdmin(instance: LocalInstance, args: string[], javaOptions: string[] = []): Promise<{ code: number; output: string }> {
  await ensureNeo4jJars(() => undefined);
  const env = { NEO4J_HOME: homeOf(instance), NEO4J_CONF: writeConfig(instance) };
  return run("java", [...javaOptions, "-cp", `${LIB_DIR}/*`, "org.neo4j.server.startup.Neo4jAdminCommand", ...args], env);
}

function pidFile(instance: LocalInstance): string {
  return path.join(homeOf(instance), "run", "partygraph-neo4j.pid");
}

/** The pid of this instance's JVM when it runs, checked against /proc so a recycled pid is not mistaken for it. */
export function runningPid(instance: LocalInstance): number | undefined {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(pidFile(instance), "utf8").trim());
  } catch {
    return undefined;
  }
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return cmdline.includes("CommunityEntryPoint") && cmdline.includes(homeOf(instance)) ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

function tail(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, "utf8").trim().split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/**
 * The message of the last line written to a log since `from` (its size before this start), without
 * time stamp and level, cut to fit a status line.
 */
function lastLogMessage(file: string, from: number): string {
  let written = "";
  try {
    written = fs.readFileSync(file).subarray(from).toString("utf8").trim();
  } catch {
    return "";
  }
  const line = written.split("\n").pop() ?? "";
  return line ? `(${line.replace(/^\S+ \S+ +[A-Z]+ +/, "").slice(0, 60)})` : "";
}

/**
 * Runs `neo4j-admin` (Neo4jAdminCommand from the same jars) against the instance's home and config,
 * e.g. `database dump`; resolves with its exit code and output.
 */
export async function neo4jAdmin(instance: LocalInstance, args: string[]): Promise<{ code: number; output: string }> {
  const conf = writeConfig(instance);
  return run("java", ["-cp", `${LIB_DIR}/*`, "org.neo4j.server.startup.Neo4jAdminCommand", ...args], { NEO4J_HOME: homeOf(instance), NEO4J_CONF: conf });
}

/**
 * Starts the instance unless it already runs, and waits until Bolt accepts the password.
 * Returns whether this call started it, so a caller that started it can stop it.
 */
export async function startLocalNeo4j(instance: LocalInstance, password: string, log: Log): Promise<{ uri: string; startedNow: boolean }> {
  const uri = boltUri(instance);
  if (runningPid(instance) !== undefined) {
    await waitForBolt(instance, password, undefined);
    return { uri, startedNow: false };
  }
  await ensureNeo4jJars(log);
  for (const port of [instance.boltPort, instance.httpPort]) {
    if (!(await portIsFree(port))) {
      throw new LauncherError(`Port ${port} on 127.0.0.1 is taken by another program, so the ${instance.name} Neo4j cannot start: stop that program, ${WAY_AROUND}.`);
    }
  }
  const conf = writeConfig(instance);
  const home = homeOf(instance);
  const env = { NEO4J_HOME: home, NEO4J_CONF: conf };
  const classpath = `${LIB_DIR}/*`;

  if (!fs.existsSync(path.join(home, "data", "dbms", "auth.ini"))) {
    log(`Setting the password of the new Neo4j (${instance.name}) from NEO4J_PASSWORD...`);
    const since = Date.now();
    const elapsed = statusLine(() => `${Math.round((Date.now() - since) / 1000)} s`, log);
    const result = await runNeo4jAdmin(instance, ["dbms", "set-initial-password", password]).finally(() => elapsed.stop());
    if (result.code !== 0) throw new LauncherError(`Could not set the Neo4j password (${result.output.trim().split("\n").pop()}).`);
  }

  log(`Starting Neo4j (${instance.name}) on ${uri}...`);
  const startedAt = Date.now();
  const consoleLog = path.join(home, "logs", "console.log");
  const out = fs.openSync(consoleLog, "a");
  const child = spawn(
    "java",
    [
      `-Xms${instance.heap}`, `-Xmx${instance.heap}`,
      "-XX:+UseG1GC", "-XX:+ExitOnOutOfMemoryError", "-XX:-OmitStackTraceInFastThrow", "-XX:+DisableExplicitGC",
      "-Dfile.encoding=UTF-8", "-Djdk.nio.maxCachedBufferSize=1024", "-Dio.netty.tryReflectionSetAccessible=true",
      "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
      "-cp", classpath, "org.neo4j.server.CommunityEntryPoint", `--home-dir=${home}`, `--config-dir=${conf}`,
    ],
    { env: { ...process.env, ...env }, detached: true, stdio: ["ignore", out, out] },
  );
  fs.closeSync(out);
  let exited: number | null | undefined;
  child.on("exit", (code) => (exited = code));
  child.unref();
  fs.writeFileSync(pidFile(instance), String(child.pid));

  // Neo4j's own log says what it is at (a new database is created, recovered, started): shown with the seconds.
  const neo4jLog = path.join(home, "logs", "neo4j.log");
  const logFrom = sizeOf(neo4jLog);
  const elapsed = statusLine(() => `${Math.round((Date.now() - startedAt) / 1000)} s ${lastLogMessage(neo4jLog, logFrom)}`.trimEnd(), log);
  await waitForBolt(instance, password, () => {
    if (exited === undefined) return undefined;
    const reason = tail(path.join(home, "logs", "neo4j.log"), 5) || tail(consoleLog, 5);
    return `Neo4j (${instance.name}) exited with code ${exited} while starting:\n${reason}`;
  }).finally(() => elapsed.stop());
  log(`  Neo4j answered after ${((Date.now() - startedAt) / 1000).toFixed(1)} s.`);
  return { uri, startedNow: true };
}

async function waitForBolt(instance: LocalInstance, password: string, died: (() => string | undefined) | undefined): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  const driver = neo4j.driver(boltUri(instance), neo4j.auth.basic("neo4j", password), { connectionTimeout: 2000, logging: undefined });
  try {
    for (;;) {
      // verifyAuthentication resolves false, not throws, when the server refuses the password.
      let accepted: boolean | undefined;
      try {
        accepted = await driver.verifyAuthentication();
      } catch (error) {
        if (isSecurityError(error)) accepted = false;
      }
      if (accepted) return;
      if (accepted === false) {
        throw new LauncherError(
          `Neo4j (${instance.name}) refused the password in NEO4J_PASSWORD. The local password is set at its first start: put that one back in .env, or delete ${path.relative(ROOT, homeOf(instance))}/data to start afresh (its data is lost).`,
        );
      }
      const death = died?.();
      if (death) throw new LauncherError(death);
      if (Date.now() > deadline) {
        throw new LauncherError(`Neo4j (${instance.name}) did not answer on ${boltUri(instance)} within ${START_TIMEOUT_MS / 1000} s; see ${path.relative(ROOT, homeOf(instance))}/logs/neo4j.log.`);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    await driver.close();
  }
}

/** Stops the instance cleanly (SIGTERM lets Neo4j flush and checkpoint); kills it only if it hangs. */
export async function stopLocalNeo4j(instance: LocalInstance, log: Log): Promise<boolean> {
  const pid = runningPid(instance);
  if (pid === undefined) return false;
  log(`Stopping Neo4j (${instance.name}, pid ${pid})...`);
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (runningPid(instance) !== undefined) {
    if (Date.now() > deadline) {
      process.kill(pid, "SIGKILL");
      log(`Neo4j (${instance.name}) did not stop within ${STOP_TIMEOUT_MS / 1000} s and was killed.`);
      break;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  fs.rmSync(pidFile(instance), { force: true });
  return true;
}
