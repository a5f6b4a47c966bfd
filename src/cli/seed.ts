/** `npm run seed`: load the curated seed graph; running it again changes nothing. */
import { loadConfig } from "../config";
import { connect } from "../database/connect";
import { ensureSchema } from "../database/indexes";
import { loadSeeds } from "../interchange/seed";
import { endProgress, terminalProgress } from "./progress";
import { log, runCli } from "./run";
import { describeSummary } from "./summary";

runCli(async () => {
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
