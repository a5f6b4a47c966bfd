/** The export command line (src/cli/export.ts), parsed and checked apart from running it, so it can be tested. */
import { parseArgs } from "node:util";
import { firstDay, isPartialDate } from "../graph/dates";
import { ID_PATTERN } from "../graph/model";
import { EXPORT_FORMATS, ExportFormat, isExportFormat } from "../interchange/formats";
import type { SliceOptions } from "../interchange/graph-slice";

const USAGE = `usage: npm run export -- [--format ${EXPORT_FORMATS.join("|")}] [--scope AREA-OR-ALLIANCE-ID] [--as-of YYYY[-MM[-DD]]] FILE
  FILE "-" writes to standard output; with --format csv, FILE is a folder for nodes.csv and links.csv.`;

/** The command line, checked: every mistake is refused before the database is touched. */
export function parseExportArgs(argv: string[]): { format: ExportFormat; target: string; options: SliceOptions } {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { format: { type: "string", default: "ndjson" }, scope: { type: "string" }, "as-of": { type: "string" } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) throw new Error(USAGE);
  const [target] = positionals;
  const { format, scope } = values;
  const asOf = values["as-of"];
  if (!isExportFormat(format)) throw new Error(`--format must be one of ${EXPORT_FORMATS.join(", ")}; got "${format}".\n${USAGE}`);
  if (scope !== undefined && !ID_PATTERN.test(scope)) throw new Error(`--scope is not a well-formed id: "${scope}".`);
  if (asOf !== undefined && !isPartialDate(asOf)) throw new Error(`--as-of must be a real date as YYYY, YYYY-MM or YYYY-MM-DD; got "${asOf}".`);
  if (format === "csv" && target === "-") throw new Error("--format csv writes two files: give a folder, not -.");
  return { format, target, options: { scopeId: scope, asOf: asOf === undefined ? undefined : firstDay(asOf) } };
}

