/**
 * Runs the project's own Neo4j Community server when NEO4J_URI is not set.
 *
 * These machines have Java and Maven Central but no Docker and no other download site, so the
 * server comes as Maven jars (neo4j/pom.xml, fetched once into .neo4j/lib) and is started as a
 * plain JVM process. Each instance (dev for `npm start`, test for `npm test`) has its own home,
 * ports and data under .neo4j/<name>, so the tests never touch the data `npm start` serves.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import neo4j from "neo4j-driver";
import { ROOT } from "../../paths";

export interface LocalInstance {
  name: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
}

// Sized for a 2-core, 24 GB machine that also runs Node, the test instance and a browser.
export const DEV_INSTANCE: LocalInstance = { name: "dev", boltPort: 7687, httpPort: 7474, heap: "2g", pageCache: "2g" };
export const TEST_INSTANCE: LocalInstance = testInstance(Number(process.env.NEO4J_TEST_BOLT_PORT) || 7688);

/** The test instance; another bolt port gives a separate one, so two test runs can go side by side. */
export function testInstance(boltPort: number): LocalInstance {
  const name = boltPort === 7688 ? "test" : `test-${boltPort}`;
  return { name, boltPort, httpPort: boltPort + 10000, heap: "1g", pageCache: "512m" };
}

const NEO4J_DIR = path.join(ROOT, ".neo4j");
const LIB_DIR = path.join(NEO4J_DIR, "lib");
const LIB_COMPLETE = path.join(LIB_DIR, ".complete");
const POM = path.join(ROOT, "neo4j", "pom.xml");
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;

/** A fault the user can act on; its message is one line that names the cause. */
export class LauncherError extends Error {}

const WAY_AROUND = "or set NEO4J_URI to use a Neo4j 5 you already run";

type Log = (line: string) => void;

function homeOf(instance: LocalInstance): string {
  return path.join(NEO4J_DIR, instance.name);
}

function requireTool(command: string, args: string[], what: string): string {
  const probe = spawnSync(command, args, { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    throw new LauncherError(`${what} was not found (\`${command} ${args.join(" ")}\` failed): install it, ${WAY_AROUND}.`);
  }
  return `${probe.stdout}${probe.stderr}`;
}

/** Fetches Neo4j's jars from Maven Central once; later calls reuse them. */
export async function ensureNeo4jJars(log: Log): Promise<void> {
  if (fs.existsSync(LIB_COMPLETE)) return;
  const javaVersion = requireTool("java", ["-version"], "Java 17+");
  const major = Number(/version "(\d+)/.exec(javaVersion)?.[1] ?? "0");
  if (major < 17) throw new LauncherError(`Neo4j 5 needs Java 17 or newer, found Java ${major}: install it, ${WAY_AROUND}.`);
  requireTool("mvn", ["-v"], "Maven");

  log("Fetching Neo4j Community 5.26 from Maven Central (once, about 130 MB)...");
  const staging = `${LIB_DIR}.partial`;
  fs.rmSync(staging, { recursive: true, force: true });
  const started = Date.now();
  const result = await run("mvn", [
    "-B", "-q", "-f", POM, "dependency:copy-dependencies",
    "-DincludeScope=runtime", `-DoutputDirectory=${staging}`,
  ]);
  if (result.code !== 0) {
    const lastError = result.output.split("\n").filter((l) => l.includes("ERROR")).slice(0, 1).join(" ").trim();
    throw new LauncherError(
      `Could not fetch Neo4j from Maven Central (${lastError.slice(0, 300) || `mvn exited with ${result.code}`}): check the network, ${WAY_AROUND}.`,
    );
  }
  fs.rmSync(LIB_DIR, { recursive: true, force: true });
  fs.renameSync(staging, LIB_DIR);
  const version = fs.readdirSync(LIB_DIR).find((f) => /^neo4j-5\.\d+\.\d+\.jar$/.test(f)) ?? "neo4j";
  fs.writeFileSync(LIB_COMPLETE, `${version}\n`);
  log(`Fetched ${version} in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

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

/** neo4j:// (routing), as a cluster is addressed: a single Community server answers it with itself as its routing table. */
export function boltUri(instance: LocalInstance): string {
  return `neo4j://127.0.0.1:${instance.boltPort}`;
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
    const result = await runNeo4jAdmin(instance, ["dbms", "set-initial-password", password]);
    if (result.code !== 0) throw new LauncherError(`Could not set the Neo4j password (${result.output.trim().split("\n").pop()}).`);
  }

  log(`Starting Neo4j (${instance.name}) on ${uri}...`);
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

  await waitForBolt(instance, password, () => {
    if (exited === undefined) return undefined;
    const reason = tail(path.join(home, "logs", "neo4j.log"), 5) || tail(consoleLog, 5);
    return `Neo4j (${instance.name}) exited with code ${exited} while starting:\n${reason}`;
  });
  return { uri, startedNow: true };
}

async function waitForBolt(instance: LocalInstance, password: string, died: (() => string | undefined) | undefined): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  const driver = neo4j.driver(boltUri(instance), neo4j.auth.basic("neo4j", password), { connectionTimeout: 2000, logging: undefined });
  try {
    for (;;) {
      try {
        await driver.verifyAuthentication();
        return;
      } catch (error) {
        const code = (error as { code?: string }).code ?? "";
        if (code.startsWith("Neo.ClientError.Security")) {
          throw new LauncherError(
            `Neo4j (${instance.name}) refused the password in NEO4J_PASSWORD. The local password is set at its first start: put that one back in .env, or delete ${path.relative(ROOT, homeOf(instance))}/data to start afresh (its data is lost).`,
          );
        }
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
