/**
 * `npm run split -- FROM --into ID1:NAME1,ID2:NAME2 --date D [--move LINKED=ID1 ...]`: splits node FROM
 * into new organizations on date D (graph/split.ts), recorded in history as the operator's.
 */
import os from "node:os";
import { loadConfig } from "../config";
import { connect } from "../database/connect";
import { ensureSchema } from "../database/indexes";
import { LinkRef, SplitMove, SplitPart, splitNode } from "../graph/split";
import { readArgs, usageError } from "./args";
import { log, runCli } from "./run";

const USAGE = `usage: npm run split -- FROM_ID --into ID1:NAME1,ID2:NAME2 --date YYYY[-MM[-DD]] [--move LINKED_ID[,LINKED_ID]=ID1[,ID2] ...]
  --into   the new organizations, ID:NAME, comma-separated or one --into each (an id may hold ":"; the last one ends it)
  --date   the day the new ones start; FROM's links in force then end on it
  --move   carry FROM's link(s) with each LINKED_ID (a pairing, a child, a leader, an alliance, a member) to the new ID(s);
           FROM's parents go to every new organization; links not moved end on FROM and are listed`;

/** `ID:NAME` pairs; the name follows the last colon, since ids may hold colons and names seldom do. */
function parseParts(values: readonly string[]): SplitPart[] {
  return values
    .flatMap((value) => value.split(","))
    .filter((item) => item.trim())
    .map((item) => {
      const colon = item.lastIndexOf(":");
      if (colon <= 0) throw usageError(USAGE, `--into "${item}" is not ID:NAME.`);
      return { id: item.slice(0, colon).trim(), name: item.slice(colon + 1).trim() };
    });
}

/** `LINKED1,LINKED2=ID1,ID2` as one move per linked id and new id (ids hold neither "," nor "="). */
function parseMoves(values: readonly string[]): SplitMove[] {
  const ids = (list: string) => list.split(",").map((id) => id.trim()).filter(Boolean);
  return values.flatMap((value) => {
    const [linked, targets, ...rest] = value.split("=");
    if (!linked?.trim() || !targets?.trim() || rest.length) throw usageError(USAGE, `--move "${value}" is not LINKED_ID=NEW_ID.`);
    return ids(linked).flatMap((from) => ids(targets).map((to) => ({ linked: from, to })));
  });
}

const list = (links: LinkRef[]): string => links.map(({ link, from, to }) => `\n  ${from} -${link}-> ${to}`).join("");

runCli(async () => {
  const { values, positionals } = readArgs(USAGE, {
    allowPositionals: true,
    options: { into: { type: "string", multiple: true }, date: { type: "string" }, move: { type: "string", multiple: true } },
  });
  const [fromId, ...stray] = positionals;
  if (!fromId || stray.length) throw usageError(USAGE, fromId ? `Unexpected ${stray.join(" ")}.` : "FROM_ID is missing.");
  if (!values.into?.length || !values.date) throw usageError(USAGE, !values.date ? "--date is missing." : "--into is missing.");
  const request = { fromId, date: values.date, into: parseParts(values.into), moves: parseMoves(values.move ?? []) };

  const { driver } = await connect(loadConfig(), log);
  try {
    await ensureSchema(driver);
    const summary = await splitNode(driver, request, `operator ${os.userInfo().username}`);
    log(`Split "${fromId}" into ${request.into.map((p) => `"${p.id}"`).join(", ")} on ${request.date}: ${summary.changes} nodes and links changed, recorded in history.`);
    if (summary.carried.length) log(`Carried to the new organizations, from ${request.date}:${list(summary.carried)}`);
    if (summary.ended.length) log(`Ended on "${fromId}" and moved nowhere (name them with --move to carry them):${list(summary.ended)}`);
    if (summary.endedPairings.length) log(`Pairings that ended with it: ${summary.endedPairings.join(", ")}`);
  } finally {
    await driver.close();
  }
});
