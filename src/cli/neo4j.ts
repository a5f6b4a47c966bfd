/** `npm run neo4j:start|stop|status`: the project's local Neo4j (dev instance; `--test` for the test one, `--demo` for npm run demo's). */
import { loadConfig } from "../config";
import { boltUri, DEMO_INSTANCE, DEV_INSTANCE, runningPid, startLocalNeo4j, stopLocalNeo4j, TEST_INSTANCE } from "../database/local/launcher";
import { readArgs, usageError } from "./args";
import { log, runCli } from "./run";

const USAGE = "usage: tsx src/cli/neo4j.ts start|stop|status [--test]";
const COMMANDS = ["start", "stop", "status"];

runCli(async () => {
  const { values, positionals } = readArgs(USAGE, { options: { test: { type: "boolean", default: false }, demo: { type: "boolean", default: false } }, allowPositionals: true });
  const [command, ...extra] = positionals;
  if (!COMMANDS.includes(command) || extra.length) throw usageError(USAGE, command ? `Unknown command '${[command, ...extra].join(" ")}'.` : undefined);
  const instance = values.test ? TEST_INSTANCE : values.demo ? DEMO_INSTANCE : DEV_INSTANCE;
  const config = loadConfig();
  if (config.neo4j.uri && command !== "status") {
    log(`NEO4J_URI is set (${config.neo4j.uri}): that database is managed elsewhere, so there is nothing to ${command}.`);
    return;
  }
  switch (command) {
    case "start": {
      const { uri, startedNow } = await startLocalNeo4j(instance, config.neo4j.password, log);
      log(startedNow ? `Neo4j (${instance.name}) is up on ${uri}.` : `Neo4j (${instance.name}) was already running on ${uri}.`);
      break;
    }
    case "stop":
      log((await stopLocalNeo4j(instance, log)) ? `Neo4j (${instance.name}) stopped.` : `Neo4j (${instance.name}) was not running.`);
      break;
    case "status": {
      if (config.neo4j.uri) {
        log(`Using the Neo4j at NEO4J_URI=${config.neo4j.uri}.`);
        break;
      }
      const pid = runningPid(instance);
      log(pid ? `Neo4j (${instance.name}) is running on ${boltUri(instance)}, pid ${pid}.` : `Neo4j (${instance.name}) is not running.`);
      if (!pid) process.exitCode = 3;
      break;
    }
  }
});
