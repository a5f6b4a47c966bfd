/**
 * `npm run synth -- --communities N [--out FILE] [--seed S]` or `--size 10k|100k|1m|10m`: a synthetic
 * city in the interchange format, for benchmarks and scale tests. Same arguments, same bytes.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { finished } from "node:stream/promises";
import { generateCity, SIZES } from "./city";
import { log, runCli } from "../../src/cli/run";

const USAGE = "usage: npm run synth -- (--communities N | --size 10k|100k|1m|10m) [--out FILE (- for stdout)] [--seed S]";

/** Reads `--name value` pairs; anything else is a usage error. */
export function parseFlags(args: string[], known: readonly string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i].replace(/^--/, "");
    if (!args[i].startsWith("--") || !known.includes(name) || args[i + 1] === undefined) throw new Error(`${args[i]}? ${USAGE}`);
    flags.set(name, args[i + 1]);
  }
  return flags;
}

runCli(async () => {
  const flags = parseFlags(process.argv.slice(2), ["communities", "size", "out", "seed"]);
  const size = flags.get("size");
  if (size !== undefined && SIZES[size] === undefined) throw new Error(`--size must be one of ${Object.keys(SIZES).join(", ")}, got "${size}"`);
  const communities = Number(flags.get("communities") ?? (size ? SIZES[size] : NaN));
  if (!Number.isInteger(communities) || communities < 1) throw new Error(USAGE);
  const seed = flags.get("seed") ?? "1";
  const target = flags.get("out") ?? path.join(os.tmpdir(), `partygraph-city-${communities}-seed${seed}.ndjson`);

  const out = target === "-" ? process.stdout : fs.createWriteStream(target);
  const started = Date.now();
  const counts = await generateCity({ communities, seed }, out);
  if (out !== process.stdout) {
    out.end();
    await finished(out);
  }
  log(
    `Wrote ${counts.nodes} nodes and ${counts.links} links (${counts.communities} communities in ${counts.streets} streets, ` +
      `${counts.districts} districts; seed ${seed}) to ${target} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
});
