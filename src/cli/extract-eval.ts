/**
 * `npm run extract:eval [-- --seeds DIR --articles DIR --verbose]`: the extractor on the five seed articles,
 * scored against seeds/*.ndjson as they are now (see src/extract/eval.ts). Reads files only.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ROOT } from "../paths";
import { evaluate, table } from "../extract/eval";
import { runCli } from "./run";

/** The shared articles sit beside the checkout: ../shared/seeds from the main one, ../../shared/seeds from a worktree. */
function defaultArticles(): string {
  const candidates = [path.resolve(ROOT, "../shared/seeds"), path.resolve(ROOT, "../../shared/seeds")];
  return candidates.find((d) => fs.existsSync(d)) ?? candidates[0];
}

runCli(async () => {
  const { values } = parseArgs({ options: { seeds: { type: "string" }, articles: { type: "string" }, verbose: { type: "boolean", default: false } } });
  const seeds = values.seeds ?? path.join(ROOT, "seeds");
  const articles = values.articles ?? process.env.PARTYGRAPH_ARTICLES ?? defaultArticles();
  if (!fs.existsSync(articles)) throw new Error(`${articles}: no articles there (give --articles DIR)`);
  const scores = evaluate(seeds, articles);
  console.log(table(scores));
  // --verbose: the figures behind the gaps, so that a rule is chosen for what they are
  if (values.verbose) for (const s of scores) for (const d of s.details) console.log(`${s.article} ${d}`);
});
