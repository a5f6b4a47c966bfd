/**
 * `npm run schema:print`: writes the schema the server serves to schema/api.graphql, the file
 * codegen reads and reviewers diff. With --check it writes nothing and fails when the file is stale.
 */
import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "../config";
import { ROOT } from "../paths";
import { API_SCHEMA_FILE, printApiSchema } from "../graphql/schema";
import { readArgs } from "./args";
import { log, runCli } from "./run";

runCli(async () => {
  const { values } = readArgs("usage: tsx src/cli/print-schema.ts [--check]", { options: { check: { type: "boolean", default: false } } });
  const printed = await printApiSchema(loadConfig());
  const relative = path.relative(ROOT, API_SCHEMA_FILE);
  const current = fs.existsSync(API_SCHEMA_FILE) ? fs.readFileSync(API_SCHEMA_FILE, "utf8") : "";
  if (values.check) {
    if (current !== printed) throw new Error(`${relative} is not the schema the server serves: run \`npm run codegen\` and commit the result.`);
    log(`${relative} is up to date.`);
    return;
  }
  if (current === printed) return log(`${relative} is up to date.`);
  fs.writeFileSync(API_SCHEMA_FILE, printed);
  log(`Wrote ${relative}.`);
});
