/**
 * `npm run extract -- ARTICLE.txt --out DRAFT.ndjson [--prefix P] [--date D] [--publication NAME] [--graph]`
 * (contract 4.8): an article to a draft for a person to review and then import. It never writes to
 * the database; with --graph it reads the names already there (NEO4J_URI) so the draft reuses their ids.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../config";
import { createDriver } from "../database/driver";
import { isPartialDate } from "../graph/dates";
import { ID_PATTERN } from "../graph/model";
import { Draft, draftText, extractDraft } from "../extract/draft";
import { draftWithGraph } from "../extract/with-graph";
import { log, runCli } from "./run";

const USAGE = "usage: npm run extract -- ARTICLE.txt --out DRAFT.ndjson [--prefix P] [--date YYYY[-MM[-DD]]] [--publication NAME] [--graph]";

/** Default prefix from the file name: 000_22e0f914f7e229d3.txt gives "x-000-22e0f914-". */
export function defaultPrefix(file: string): string {
  const base = path.basename(file).replace(/\.[^.]*$/, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 16);
  return `x-${base || "article"}-`;
}

runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: "string" },
      prefix: { type: "string" },
      date: { type: "string" },
      publication: { type: "string" },
      graph: { type: "boolean", default: false },
    },
  });
  if (positionals.length !== 1 || !values.out) throw new Error(USAGE);
  const [file] = positionals;
  if (!fs.existsSync(file)) throw new Error(`${file}: no such file`);
  const prefix = values.prefix ?? defaultPrefix(file);
  if (!ID_PATTERN.test(`${prefix}source`)) throw new Error(`--prefix "${prefix}": ids are letters, digits and . _ : - (and start with a letter or digit)`);
  if (values.date !== undefined && !isPartialDate(values.date)) throw new Error(`--date "${values.date}": give YYYY, YYYY-MM or YYYY-MM-DD`);
  const article = fs.readFileSync(file, "utf8");
  const options = { prefix, date: values.date, publication: values.publication };
  let draft: Draft;
  if (values.graph) {
    const { neo4j } = loadConfig();
    if (!neo4j.uri) throw new Error("--graph reads the names in the graph at NEO4J_URI: set it");
    const driver = createDriver({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
    try {
      draft = await draftWithGraph(driver, article, options);
    } finally {
      await driver.close();
    }
  } else draft = extractDraft(article, options);
  const text = draftText(draft);
  if (values.out === "-") process.stdout.write(text);
  else fs.writeFileSync(values.out, text);
  const count = (t: string) => draft.lines.filter((l) => l.record.type === t).length;
  log(`${values.out}: ${draft.lines.length} records (${count("Result")} figures, ${count("Pairing")} pairings), ${draft.notes.length} names reused from the graph. Review it, then: npm run import -- ${values.out}`);
});
