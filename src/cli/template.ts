/** `npm run template -- NAME FILE.xlsx`: an empty register to fill in and import (contract 4.3). */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { writeTemplate } from "../interchange/spreadsheet/write-template";
import { isTemplateName, TEMPLATE_NAMES } from "../interchange/spreadsheet/templates";
import { log, runCli } from "./run";

runCli(async () => {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  const [name, file] = positionals;
  if (!isTemplateName(name) || !file || positionals.length !== 2) throw new Error(`usage: npm run template -- ${TEMPLATE_NAMES.join("|")} FILE.xlsx`);
  fs.writeFileSync(file, await writeTemplate(name));
  log(`Wrote the ${name} template to ${file}.`);
});
