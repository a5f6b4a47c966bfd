/**
 * `npm run demo`: a second local instance for trying the planner and the explorer on a city of
 * thousands of pairings, without a single synthetic node in the seed graph `npm start` serves. It has
 * its own Neo4j (home .neo4j/demo, bolt 7697) and its own API port (4100; DEMO_PORT), is filled once
 * with the synthetic city of dev/synth (DEMO_COMMUNITIES, default 2,000: four districts), and runs with
 * DEMO=1, so the explorer says on every page that its data are synthetic.
 *
 * NEO4J_URI is ignored on purpose (it names the real graph); DEMO_NEO4J_URI names another database for
 * the demo. A database that holds anything but the synthetic city is refused, not filled.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { finished } from "node:stream/promises";
import type { Driver } from "neo4j-driver";
import { loadConfig } from "../src/config";
import { connect } from "../src/database/connect";
import { ensureSchema } from "../src/database/indexes";
import { DEMO_INSTANCE, portIsFree } from "../src/database/local/launcher";
import { importFiles } from "../src/interchange/import";
import { isGraphEmpty } from "../src/interchange/seed";
import { startServer } from "../src/server";
import { generateCity } from "./synth/city";
import { endProgress, terminalProgress } from "../src/cli/progress";
import { describeSummary } from "../src/cli/summary";
import { log, runCli } from "../src/cli/run";

export const DEMO_PORT = 4100;
const DEFAULT_COMMUNITIES = 2000;
const DEMO_SEED = "demo";
/** Every source the synthetic city writes points here; a real source never does. */
const SYNTHETIC_URI = "https://news.example.cn/";

function positiveInteger(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return n;
}

/** True when every Source in the graph is one the synthetic city wrote (and there is at least its city). */
async function holdsOnlySyntheticData(driver: Driver): Promise<boolean> {
  const { records } = await driver.executeQuery(
    `RETURN EXISTS { MATCH (:Area {id: 'area-city', code: '379900'}) } AS city,
            COUNT { MATCH (s:Source) WHERE s.uri IS NULL OR NOT s.uri STARTS WITH $synthetic } AS other`,
    { synthetic: SYNTHETIC_URI },
  );
  return records[0].get("city") === true && Number(records[0].get("other")) === 0;
}

async function loadSyntheticCity(driver: Driver, communities: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "partygraph-demo-"));
  try {
    const file = path.join(dir, "city.ndjson");
    const out = fs.createWriteStream(file);
    const counts = await generateCity({ communities, seed: DEMO_SEED }, out);
    out.end();
    await finished(out);
    log(`Generated a synthetic city: ${counts.nodes} nodes, ${counts.links} links, ${counts.communities} communities in ${counts.districts} district(s). Loading it...`);
    const summary = await importFiles(driver, [file], terminalProgress());
    endProgress();
    log(describeSummary(summary));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Asks the planner's questions once before the newcomer does. Their statements are long, and Neo4j
 * plans a statement the first time it sees it: on a busy two-core machine that took 9 s of the 10 s
 * a read may run, so the first click in the explorer failed. Later requests use the cached plan.
 * A failure here is only logged: the demo works without it, if slowly at first.
 */
async function warmPlanner(url: string): Promise<void> {
  const queries = [
    `{ unpairedCommunities(areaId: "area-d001", first: 1) { items { id name nameEn type } locations { level street { id name nameEn type } } } }`,
    `{ needsSummary(areaId: "area-d001") { open categories { category open met resources units } } }`,
    `{ openNeeds(areaId: "area-d001", first: 1) { totalCount } }`,
  ];
  const post = async (query: string): Promise<Record<string, any>> => {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
    return (await response.json()) as Record<string, any>;
  };
  try {
    const started = Date.now();
    const [unpaired] = await Promise.all(queries.map(post));
    const community = unpaired.data?.unpairedCommunities?.items?.[0]?.id as string | undefined;
    if (community) {
      await post(`{ suggestPartners(communityId: ${JSON.stringify(community)}, first: 3) { unit { id name nameEn type } score reasons load } }`);
    }
    log(`Planned the planner's statements in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } catch (error) {
    log(`Could not warm the planner's statements (${error instanceof Error ? error.message : String(error)}); the first requests may be slow.`);
  }
}

runCli(async () => {
  const started = Date.now();
  const base = loadConfig();
  const port = positiveInteger(process.env.DEMO_PORT, "DEMO_PORT", DEMO_PORT);
  const config = { ...base, port, demo: true, neo4j: { ...base.neo4j, uri: process.env.DEMO_NEO4J_URI || undefined } };
  if (!(await portIsFree(port))) throw new Error(`Port ${port} is taken: is another \`npm run demo\` running? Stop it, or set DEMO_PORT.`);
  const { driver, uri } = await connect(config, log, DEMO_INSTANCE);
  await ensureSchema(driver);
  if (await isGraphEmpty(driver)) {
    await loadSyntheticCity(driver, positiveInteger(process.env.DEMO_COMMUNITIES, "DEMO_COMMUNITIES", DEFAULT_COMMUNITIES));
  } else if (!(await holdsOnlySyntheticData(driver))) {
    await driver.close();
    throw new Error(`The database at ${uri} holds more than the synthetic city: the demo will not serve or mix into it. Point DEMO_NEO4J_URI at an empty database.`);
  }
  const server = await startServer(config, driver);
  await warmPlanner(server.url);
  const site = server.url.replace(/\/graphql$/, "");
  log(`Demo (synthetic data) at ${site}/explorer/#/planner/area-d001 , GraphQL at ${server.url}, over Neo4j at ${uri} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s).`);
  log("Ctrl-C stops the API; `npx tsx src/cli/neo4j.ts stop --demo` stops the demo's Neo4j.");

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: closing the demo API and its database driver...`);
    await server.stop();
    await driver.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
});
