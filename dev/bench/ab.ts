/**
 * `npm run bench:ab -- --base REV [--only NAME,...] [--rounds N] [--samples N] [--keep]`
 *
 * What a change does to the API's answers end to end, against another commit, at the same moment: the
 * server of REV (a git worktree sharing this checkout's node_modules) and this checkout's, each in its
 * own process over the bench's Neo4j and the city loaded there (`npm run bench -- --keep` first), are
 * asked each case's GraphQL request in alternation, ABBA so that neither always goes first. Prints each
 * round's p50 for both and the change, and refuses a case whose two answers differ in a byte.
 *
 * Why not two bench runs: between them the machine drifts more than most changes move a case (the
 * district's tree at 1.24-1.30 of its floor in runs of the same code); side by side, it cannot.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../../src/config";
import { createDriver } from "../../src/database/driver";
import { startLocalNeo4j, stopLocalNeo4j } from "../../src/database/local/launcher";
import { ROOT } from "../../src/paths";
import { readArgs, usageError } from "../../src/cli/args";
import { log, runCli } from "../../src/cli/run";
import { pickArguments } from "./arguments";
import { benchCases } from "./cases";
import { BENCH_INSTANCE, closeClient, graphqlRequest, ServerProcess } from "./processes";

const USAGE = "usage: npm run bench:ab -- --base REV [--only NAME,...] [--rounds N] [--samples N] [--keep]";
const WARMUP = 30;

const git = (...args: string[]): string => execFileSync("git", args, { cwd: ROOT, encoding: "utf8" }).trim();

function options(argv: string[]): { base: string; only: string[]; rounds: number; samples: number; keep: boolean } {
  const { values } = readArgs(
    USAGE,
    {
      options: {
        base: { type: "string" },
        only: { type: "string" },
        rounds: { type: "string", default: "3" },
        samples: { type: "string", default: "100" },
        keep: { type: "boolean", default: false },
      },
    },
    argv,
  );
  const rounds = Number(values.rounds);
  const samples = Number(values.samples);
  if (!values.base) throw usageError(USAGE, "--base is required: the commit to compare this checkout with.");
  if (!(Number.isInteger(rounds) && rounds > 0) || !(Number.isInteger(samples) && samples > 1)) throw usageError(USAGE, "--rounds and --samples must be positive integers.");
  return { base: values.base, only: values.only?.split(",").map((n) => n.trim()).filter(Boolean) ?? [], rounds, samples, keep: values.keep };
}

/** REV checked out beside this checkout, with its node_modules: dependencies are this checkout's. */
function worktreeOf(rev: string): { dir: string; remove(): void } {
  const commit = git("rev-parse", "--verify", `${rev}^{commit}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "partygraph-ab-"));
  git("worktree", "add", "--detach", dir, commit);
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  if (git("diff", "--name-only", commit, "--", "package-lock.json")) log(`Note: package-lock.json differs from ${rev}'s; both servers run on this checkout's node_modules.`);
  return {
    dir,
    remove: () => {
      git("worktree", "remove", "--force", dir);
    },
  };
}

const p50 = (samples: number[]): number => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
/** A change with its sign: +0.12, -3.4. */
const signed = (n: number, digits: number): string => `${n >= 0 ? "+" : ""}${n.toFixed(digits)}`;

async function timed(url: string, body: string): Promise<number> {
  const started = process.hrtime.bigint();
  await graphqlRequest(url, body);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

runCli(async () => {
  const { base, only, rounds, samples, keep } = options(process.argv.slice(2));
  const config = loadConfig();
  const { uri, startedNow } = await startLocalNeo4j(BENCH_INSTANCE, config.neo4j.password, log);
  const driver = createDriver({ uri, user: config.neo4j.user, password: config.neo4j.password });
  const tree = worktreeOf(base);
  const servers: ServerProcess[] = [];
  try {
    const script = path.join(tree.dir, "dev", "bench", "server-process.ts");
    if (!fs.existsSync(script)) throw new Error(`${base} has no dev/bench/server-process.ts to start its server with.`);
    const { records } = await driver.executeQuery("MATCH (d:Area {level: 'district'}) RETURN count(d) > 0 AS loaded");
    if (!records[0].get("loaded")) throw new Error("The bench's Neo4j holds no city: load one first (npm run bench -- --size 1m --keep).");
    const args = await pickArguments(driver);
    const cases = benchCases(args).filter((c) => !only.length || only.some((name) => c.name.includes(name)));
    if (!cases.length) throw usageError(USAGE, `no case matches --only ${only.join(",")}.`);
    const before = await ServerProcess.start(uri, script);
    servers.push(before);
    const after = await ServerProcess.start(uri);
    servers.push(after);
    log(`${base} (${git("rev-parse", "--short", base)}) against this checkout (${git("rev-parse", "--short", "HEAD")}${git("status", "--porcelain", "--untracked-files=no") ? ", with uncommitted changes" : ""}): ${rounds} rounds of ${samples} requests each side.`);
    for (const c of cases) {
      const body = JSON.stringify({ query: c.graphql.query, variables: c.graphql.variables });
      const [a, b] = await Promise.all([graphqlRequest(before.url, body), graphqlRequest(after.url, body)]);
      if (a.text !== b.text) {
        log(`${c.name}: the two answers differ (${a.text.length} and ${b.text.length} characters); not timed.`);
        continue;
      }
      for (let i = 0; i < WARMUP; i++) await Promise.all([timed(before.url, body), timed(after.url, body)]);
      const changes: number[] = [];
      for (let round = 1; round <= rounds; round++) {
        const x: number[] = [];
        const y: number[] = [];
        for (let i = 0; i < samples; i++) {
          if (i % 2 === 0) {
            x.push(await timed(before.url, body));
            y.push(await timed(after.url, body));
          } else {
            y.push(await timed(after.url, body));
            x.push(await timed(before.url, body));
          }
        }
        const change = p50(y) - p50(x);
        changes.push(change / p50(x));
        log(`${c.name}, round ${round}: ${base} ${p50(x).toFixed(2)} ms, this checkout ${p50(y).toFixed(2)} ms (${signed(change, 2)} ms, ${signed((100 * change) / p50(x), 1)}%)`);
      }
      const verdict = changes.every((m) => m < 0) ? "faster in every round" : changes.every((m) => m > 0) ? "slower in every round" : "no consistent change";
      log(`${c.name}: ${changes.map((m) => `${signed(100 * m, 1)}%`).join(", ")}; ${verdict}.`);
    }
  } finally {
    closeClient();
    await Promise.all(servers.map((s) => s.stop()));
    tree.remove();
    await driver.close();
    if (startedNow && !keep) await stopLocalNeo4j(BENCH_INSTANCE, log);
  }
});
