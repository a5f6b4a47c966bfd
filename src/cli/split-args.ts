/** The split command line (src/cli/split.ts), parsed apart from running it, so it can be tested. */
import type { SplitMove, SplitPart, SplitRequest } from "../graph/split";
import { readArgs, usageError } from "./args";

export const SPLIT_USAGE = `usage: npm run split -- FROM_ID --into ID1:NAME1,ID2:NAME2 --date YYYY[-MM[-DD]] [--move LINKED_ID[,LINKED_ID]=ID1[,ID2] ...]
  --into   the new organizations, ID:NAME, comma-separated or one --into each (an id may hold ":"; the last one ends it)
  --date   the day the new ones start; FROM's links in force then end on it
  --move   carry FROM's link(s) with each LINKED_ID (a pairing, a child, a leader, an alliance, a member) to the new ID(s);
           FROM's parents go to every new organization; links not moved end on FROM and are listed`;

/** `ID:NAME` pairs; the name follows the last colon, since ids may hold colons and names seldom do. */
export function parseParts(values: readonly string[]): SplitPart[] {
  return values
    .flatMap((value) => value.split(","))
    .filter((item) => item.trim())
    .map((item) => {
      const colon = item.lastIndexOf(":");
      if (colon <= 0) throw usageError(SPLIT_USAGE, `--into "${item}" is not ID:NAME.`);
      return { id: item.slice(0, colon).trim(), name: item.slice(colon + 1).trim() };
    });
}

/** `LINKED1,LINKED2=ID1,ID2` as one move per linked id and new id (ids hold neither "," nor "="). */
export function parseMoves(values: readonly string[]): SplitMove[] {
  const ids = (list: string) => list.split(",").map((id) => id.trim()).filter(Boolean);
  return values.flatMap((value) => {
    const [linked, targets, ...rest] = value.split("=");
    if (!linked?.trim() || !targets?.trim() || rest.length) throw usageError(SPLIT_USAGE, `--move "${value}" is not LINKED_ID=NEW_ID.`);
    return ids(linked).flatMap((from) => ids(targets).map((to) => ({ linked: from, to })));
  });
}

/** The command line as a split request; a mistake is refused before the database is touched. */
export function parseSplitArgs(argv: string[]): SplitRequest {
  const { values, positionals } = readArgs(
    SPLIT_USAGE,
    { allowPositionals: true, options: { into: { type: "string", multiple: true }, date: { type: "string" }, move: { type: "string", multiple: true } } },
    argv,
  );
  const [fromId, ...stray] = positionals;
  if (!fromId || stray.length) throw usageError(SPLIT_USAGE, fromId ? `Unexpected ${stray.join(" ")}.` : "FROM_ID is missing.");
  if (!values.into?.length || !values.date) throw usageError(SPLIT_USAGE, !values.date ? "--date is missing." : "--into is missing.");
  return { fromId, date: values.date, into: parseParts(values.into), moves: parseMoves(values.move ?? []) };
}
