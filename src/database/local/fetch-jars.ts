/**
 * Fetches Neo4j Community's jars from Maven Central once, into .neo4j/lib.
 *
 * These machines have Java and Maven Central but no Docker and no other download site, so the
 * server comes as the Maven artifact org.neo4j:neo4j, at the one patch neo4j/pom.xml pins. Maven
 * runs without -q so its per-file transfer lines can be counted into a progress line: on an empty
 * Maven cache it fetches 851 files; a newcomer must see them arrive, not a silent minute.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../../paths";
import { LIB_DIR } from "./instances";
import { LauncherError, WAY_AROUND } from "./launcher-error";
import { describeTally, tallyLines, TransferTally } from "./maven-transfers";
import { statusLine } from "./status-line";

const POM = path.join(ROOT, "neo4j", "pom.xml");
const LIB_COMPLETE = path.join(LIB_DIR, ".complete");
/** Kept of Maven's output for the error message: its ERROR lines come last. */
const KEPT_LINES = 200;

type Log = (line: string) => void;

export function requireTool(command: string, args: string[], what: string): string {
  const probe = spawnSync(command, args, { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    throw new LauncherError(`${what} was not found (\`${command} ${args.join(" ")}\` failed): install it, ${WAY_AROUND}.`);
  }
  return `${probe.stdout}${probe.stderr}`;
}

/** The Neo4j version neo4j/pom.xml pins, for the messages. */
export function pinnedVersion(pom = fs.readFileSync(POM, "utf8")): string {
  return /<artifactId>neo4j<\/artifactId>\s*<version>([^<]+)<\/version>/.exec(pom)?.[1] ?? "5.26";
}

/**
 * Maven's local repository: MAVEN_REPO_LOCAL when set (a fresh folder measures a first start on
 * a new machine without emptying ~/.m2), else Maven's own default.
 */
function repoLocalArgs(env: NodeJS.ProcessEnv): string[] {
  return env.MAVEN_REPO_LOCAL ? [`-Dmaven.repo.local=${path.resolve(env.MAVEN_REPO_LOCAL)}`] : [];
}

/** Fetches Neo4j's jars once; later calls see .neo4j/lib/.complete and return at once. */
export async function ensureNeo4jJars(log: Log, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (fs.existsSync(LIB_COMPLETE)) return;
  log(`Fetching Neo4j Community ${pinnedVersion()} from Maven Central, once (on an empty Maven cache 851 files, 138 MB)...`);
  const javaVersion = requireTool("java", ["-version"], "Java 17+");
  const major = Number(/version "(\d+)/.exec(javaVersion)?.[1] ?? "0");
  if (major < 17) throw new LauncherError(`Neo4j 5 needs Java 17 or newer, found Java ${major}: install it, ${WAY_AROUND}.`);
  requireTool("mvn", ["-v"], "Maven");
  const staging = `${LIB_DIR}.partial`;
  fs.rmSync(staging, { recursive: true, force: true });
  const started = Date.now();
  const tally: TransferTally = { files: 0, bytes: 0 };
  const status = statusLine(() => describeTally(tally, Date.now() - started), log);
  let result: { code: number; tail: string[] };
  try {
    result = await runMaven(
      ["-B", "-Dstyle.color=never", ...repoLocalArgs(env), "-f", POM, "dependency:copy-dependencies", "-DincludeScope=runtime", `-DoutputDirectory=${staging}`],
      (lines) => tallyLines(tally, lines),
    );
  } finally {
    status.stop();
  }
  if (result.code !== 0) {
    const firstError = result.tail.find((l) => l.includes("ERROR"))?.trim() ?? "";
    throw new LauncherError(
      `Could not fetch Neo4j from Maven Central (${firstError.slice(0, 300) || `mvn exited with ${result.code}`}): check the network, ${WAY_AROUND}.`,
    );
  }
  fs.rmSync(LIB_DIR, { recursive: true, force: true });
  fs.renameSync(staging, LIB_DIR);
  const jars = fs.readdirSync(LIB_DIR).filter((f) => f.endsWith(".jar"));
  const version = jars.find((f) => /^neo4j-5\.\d+\.\d+\.jar$/.test(f)) ?? "neo4j";
  fs.writeFileSync(LIB_COMPLETE, `${version}\n`);
  log(`  fetched ${version} and ${jars.length - 1} more jars (downloaded ${describeTally(tally, Date.now() - started)}).`);
}

/** Runs mvn, handing each batch of whole output lines to `onLines` and keeping the last ones for errors. */
function runMaven(args: string[], onLines: (lines: string[]) => void): Promise<{ code: number; tail: string[] }> {
  return new Promise((resolve) => {
    const child = spawn("mvn", args, { stdio: ["ignore", "pipe", "pipe"] });
    const tail: string[] = [];
    const reader = () => {
      let partial = "";
      return (chunk: Buffer) => {
        const lines = (partial + chunk.toString("utf8")).split("\n");
        partial = lines.pop() ?? "";
        onLines(lines);
        tail.push(...lines);
        if (tail.length > KEPT_LINES) tail.splice(0, tail.length - KEPT_LINES);
      };
    };
    child.stdout.on("data", reader());
    child.stderr.on("data", reader());
    child.on("error", (e) => resolve({ code: -1, tail: [String(e)] }));
    child.on("close", (code) => resolve({ code: code ?? -1, tail }));
  });
}
