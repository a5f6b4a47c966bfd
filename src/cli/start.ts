/**
 * `npm start`: the explorer page and the GraphQL IDE → Neo4j (local or NEO4J_URI) → constraints and indexes → seed an
 * empty graph → the API.
 * Each step says what it does and how long it took (the local Neo4j's fetch and start say so in
 * database/local/), so a first start, which fetches Neo4j, is never a silent wait.
 */
import { spawn } from "node:child_process";
import { loadConfig } from "../config";
import { connect } from "../database/connect";
import { ROOT } from "../paths";
import { ensureSchema } from "../database/indexes";
import { portIsFree } from "../database/local/launcher";
import { isGraphEmpty, loadSeeds } from "../interchange/seed";
import { describeSummary } from "./summary";
import { log, runCli } from "./run";
import { readArgs } from "./args";
import { stepLogger } from "./steps";

/** The web pages are built by their own npm script (package.json keeps the Vite commands), in their own process. */
function buildWebPages(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", "build:web"], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`the web pages' build failed (npm run build:web exited with ${code})`))));
  });
}

runCli(async () => {
  readArgs("usage: npm start (settings come from the environment and .env; see README.md)", { options: {} });
  const started = Date.now();
  const step = stepLogger(log);
  const config = loadConfig();
  // tsx turns source maps on, and neo4j-driver captures a stack for every query: mapping those
  // frames cost about a tenth of a request's CPU. Production shows stacks to no one.
  if (config.production) process.setSourceMapsEnabled(false);
  // Checked first so a second `npm start` says so at once, before touching Neo4j.
  if (!(await portIsFree(config.port))) {
    throw new Error(`Port ${config.port} is taken: is another \`npm start\` running? Stop it, or set PORT to another port.`);
  }
  await step("Building the explorer page and the GraphQL IDE", buildWebPages);
  if (config.neo4j.uri) log(`Connecting to Neo4j at NEO4J_URI=${config.neo4j.uri}...`);
  const { driver, uri } = await connect(config, log);
  await step("Creating constraints and indexes", () => ensureSchema(driver));
  if (await isGraphEmpty(driver)) {
    await step("Loading the seed graph into the empty database", () => loadSeeds(driver), describeSummary);
  }
  // Loaded here, not at the top: Apollo, @neo4j/graphql and the operations take seconds to load,
  // and the first line should not wait for them.
  const { startServer } = await step("Loading the API server's code", () => import("../server"));
  const server = await startServer(config, driver, step);

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: closing the API and the database driver...`);
    await server.stop();
    await driver.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  // Only now: a process manager that stops the API as soon as it reads this line gets a clean stop.
  log(`GraphQL API at ${server.url} over Neo4j at ${uri} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  log(`Health at ${server.url.replace(/graphql$/, "health")}. Ctrl-C stops the API; \`npm run neo4j:stop\` stops Neo4j.`);
});
