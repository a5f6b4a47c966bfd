/**
 * `npm run synth -- --communities N [--out FILE] [--seed S] [--wide-street N]` or `--size 10k|100k|1m|10m`:
 * a synthetic city in the interchange format, for benchmarks and scale tests (--wide-street adds a
 * street of N communities to the first district, as the bench's city has). Same arguments, same bytes.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { finished } from "node:stream/promises";
import { generateCity, SIZES } from "./city";
import { readArgs, usageError } from "../../src/cli/args";
import { log, runCli } from "../../src/cli/run";

const USAGE = "usage: npm run synth -- (--communities N | --size 10k|100k|1m|10m) [--out FILE (- for stdout)] [--seed S] [--wide-street N]";

runCli(async () => {
  const { values } = readArgs(USAGE, {
    options: { communities: { type: "string" }, size: { type: "string" }, out: { type: "string" }, seed: { type: "string", default: "1" }, "wide-street": { type: "string", default: "0" } },
  });
  const { size, seed } = values;
  if (size !== undefined && SIZES[size] === undefined) throw usageError(USAGE, `--size must be one of ${Object.keys(SIZES).join(", ")}, got "${size}".`);
  const communities = Number(values.communities ?? (size ? SIZES[size] : NaN));
  if (!Number.isInteger(communities) || communities < 1) throw usageError(USAGE, values.communities ? `--communities must be a positive integer, got "${values.communities}".` : undefined);
  const wideStreet = Number(values["wide-street"]);
  if (!Number.isInteger(wideStreet) || wideStreet < 0) throw usageError(USAGE, `--wide-street must be a whole number, got "${values["wide-street"]}".`);
  const target = values.out ?? path.join(os.tmpdir(), `partygraph-city-${communities}-seed${seed}.ndjson`);

  const out = target === "-" ? process.stdout : fs.createWriteStream(target);
  const started = Date.now();
  const counts = await generateCity({ communities, seed, wideStreet }, out);
  if (out !== process.stdout) {
    out.end();
    await finished(out);
  }
  log(
    `Wrote ${counts.nodes} nodes and ${counts.links} links (${counts.communities} communities in ${counts.streets} streets, ` +
      `${counts.districts} districts; seed ${seed}) to ${target} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
});
