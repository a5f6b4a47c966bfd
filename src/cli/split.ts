/**
 * `npm run split -- FROM --into ID1:NAME1,ID2:NAME2 --date D [--move LINKED=ID1 ...]`: splits node FROM
 * into new organizations on date D (graph/split.ts), recorded in history as the operator's.
 */
import os from "node:os";
import { loadConfig } from "../config";
import { connect } from "../database/connect";
import { ensureSchema } from "../database/indexes";
import { LinkRef, splitNode } from "../graph/split";
import { parseSplitArgs } from "./split-args";
import { log, runCli } from "./run";

const list = (links: LinkRef[]): string => links.map(({ link, from, to }) => `\n  ${from} -${link}-> ${to}`).join("");

runCli(async () => {
  const request = parseSplitArgs(process.argv.slice(2));
  const { fromId } = request;
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
