/** `npm run seed`: load the curated seed graph; running it again changes nothing. */
import { loadConfig } from "../config";
import { connect } from "../database/connect";
import { ensureSchema } from "../database/indexes";
import { loadSeeds } from "../interchange/seed";
import { readArgs } from "./args";
import { endProgress, terminalProgress } from "./progress";
import { log, runCli } from "./run";
import { describeSummary } from "./summary";

runCli(async () => {
  // No arguments; `--help` must not seed, and a stray one is refused rather than ignored.
  readArgs("usage: npm run seed", { options: {} });
  const { driver } = await connect(loadConfig(), log);
  try {
    await ensureSchema(driver);
    const summary = await loadSeeds(driver, terminalProgress());
    endProgress();
    log(describeSummary(summary));
  } finally {
    await driver.close();
  }
});
