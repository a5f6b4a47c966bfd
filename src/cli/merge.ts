/** `npm run merge -- FROM INTO`: merges node FROM into node INTO (graph/merge.ts), recorded in history as the operator's. */
import os from "node:os";
import { loadConfig } from "../config";
import { connect } from "../database/connect";
import { ensureSchema } from "../database/indexes";
import { mergeNodes } from "../graph/merge";
import { log, runCli } from "./run";

runCli(async () => {
  const [fromId, intoId] = process.argv.slice(2);
  if (!fromId || !intoId) throw new Error("usage: npm run merge -- FROM_ID INTO_ID");
  const { driver } = await connect(loadConfig(), log);
  try {
    await ensureSchema(driver);
    const { changes } = await mergeNodes(driver, fromId, intoId, `operator ${os.userInfo().username}`);
    log(`Merged "${fromId}" into "${intoId}": ${changes} nodes and links changed, recorded in history.`);
  } finally {
    await driver.close();
  }
});
