/**
 * The explorer in a real headless Chromium (Debian's package; .ci/run installs it when missing),
 * on the seed graph: search, two levels of the tree, a trace with its sources, the planner's
 * unpaired list. The seeds are loaded under this file's own id prefix (test/support/README.md), and
 * every node the test opens is picked among them. A screenshot of each view goes to test-artifacts/explorer/ for a person to look at.
 */
import fs from "node:fs";
import path from "node:path";
import { Browser, chromium, Page } from "playwright-core";
import { ROOT } from "../../src/paths";
import { seedFiles } from "../../src/interchange/seed";
import { testServer } from "../support/server";
import { TestGraph } from "../support/test-graph";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SHOTS = path.join(ROOT, "test-artifacts", "explorer");

describe("the explorer", () => {
  let g: TestGraph;
  let server: Awaited<ReturnType<typeof testServer>>;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  /** The first id the query finds; $prefix is this file's, for the query to pick among its own nodes. */
  const first = async (cypher: string): Promise<string> => {
    const { records } = await g.driver.executeQuery(cypher, { prefix: g.prefix });
    if (!records.length) throw new Error(`The seed graph has nothing for: ${cypher}`);
    return records[0].get(0);
  };

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH).`);
    if (!fs.existsSync(path.join(ROOT, "dist", "explorer", "index.html"))) throw new Error("The explorer is not built: npm run build:explorer.");
    fs.mkdirSync(SHOTS, { recursive: true });
    g = await TestGraph.create("explorer");
    await g.load(...seedFiles());
    server = await testServer(g.driver);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("pageerror", (error) => pageErrors.push(error.message));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await g?.close();
  });

  it("finds a community by its Chinese name and opens it", async () => {
    await page.goto(`${server.base}/explorer/`);
    await page.fill("#search-input", "社区");
    await page.click("#search-form button[type=submit]");
    const hit = page.locator("#search-results .hits li").first();
    await hit.waitFor();
    expect(await page.locator("#search-results .hits li").count()).toBeGreaterThan(0);
    await shot("search");
    await hit.locator("button").click();
    await page.locator(".tree").waitFor();
    expect(page.url()).toMatch(/#\/tree\//);
  });

  it("expands the organization tree two levels down", async () => {
    const district = await first("MATCH (a:Area {level: 'district'})<-[:PART_OF]-(:Area)<-[:PART_OF]-() WHERE a.id STARTS WITH $prefix RETURN a.id ORDER BY a.id LIMIT 1");
    await page.goto(`${server.base}/explorer/#/tree/${district}`);
    // The root opens by itself: level one.
    const levelOne = page.locator(`.tree li[data-node="${district}"] > ul > li`);
    await levelOne.first().waitFor();
    // Level two: open the first child that has children.
    const expandable = page.locator(`.tree li[data-node="${district}"] > ul > li > button.toggle:not([disabled])`).first();
    await expandable.click();
    const levelTwo = page.locator(`.tree li[data-node="${district}"] > ul > li > ul > li`);
    await levelTwo.first().waitFor();
    expect(await levelTwo.count()).toBeGreaterThan(0);
    await page.locator(".facts:not(:has-text('…'))").first().waitFor();
    // (a string: it runs in the page, which the test's TypeScript does not type)
    await page.waitForFunction(`![...document.querySelectorAll(".tree .facts")].some((f) => f.textContent.includes("…"))`);
    expect(await page.locator(".tree .error").count()).toBe(0);
    await shot("tree");
  });

  it("draws the pairing network around an organization", async () => {
    const org = await first("MATCH (o)-[:PARTY_TO]->(:Pairing) WHERE o.id STARTS WITH $prefix RETURN o.id ORDER BY o.id LIMIT 1");
    await page.goto(`${server.base}/explorer/#/network/${org}`);
    await page.locator("#network canvas").first().waitFor();
    await page.locator(".toolbar .status:has-text('organizations')").waitFor();
    expect(await page.locator(".toolbar .error").count()).toBe(0);
    await shot("network");
  });

  it("draws an area's network, offers its downloads, and charts its timeline", async () => {
    const area = await first("MATCH (a:Area)<-[:PART_OF*1..3]-()-[:PARTY_TO]->(:Pairing) RETURN a.id ORDER BY a.id LIMIT 1");
    await page.goto(`${server.base}/explorer/#/network/${area}`);
    await page.locator("#network canvas").first().waitFor();
    await page.locator(".toolbar .status:has-text('communities')").waitFor();
    expect(await page.locator(".toolbar .error").count()).toBe(0);
    const graphml = await page.locator("a.download", { hasText: "GraphML" }).getAttribute("href");
    expect(graphml).toMatch(new RegExp(`^/export\\?format=graphml&scope=${area}&asOf=\\d{4}-\\d{2}-\\d{2}$`));
    const response = await page.request.get(`${server.base}${graphml}`);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain(`<node id="${area}">`);
    const download = page.waitForEvent("download");
    await page.locator("button.download", { hasText: "PNG" }).click();
    expect((await download).suggestedFilename()).toMatch(/\.png$/);
    await page.locator(".timeline svg rect.bar-count").first().waitFor();
    await shot("scope-network");
  });

  it("traces a pairing to its results and shows the sources", async () => {
    const from = await first("MATCH (p:Pairing)-[:RUNS|HELD|PRODUCED*1..3]->(:Result) WHERE p.id STARTS WITH $prefix RETURN p.id ORDER BY p.id LIMIT 1");
    await page.goto(`${server.base}/explorer/#/trace/${from}`);
    const source = page.locator(".path .sources li.source").first();
    await source.waitFor();
    expect(await source.textContent()).toMatch(/\S/);
    await shot("trace");
  });

  it("shows coverage bars and the unpaired communities of an area", async () => {
    const district = await first("MATCH (a:Area {level: 'district'})<-[:PART_OF*1..3]-(:Community) WHERE a.id STARTS WITH $prefix RETURN a.id ORDER BY a.id LIMIT 1");
    await page.goto(`${server.base}/explorer/#/planner/${district}`);
    await page.locator(".bars .bar").first().waitFor();
    // What the sources report stands beside what the graph names (issue 16).
    expect(await page.locator(".bars .reported").first().textContent()).toMatch(/^reported: .*named: \d+ of \d+ paired$/);
    const unpaired = page.locator(".unpaired-list li");
    await unpaired.first().waitFor();
    expect(await unpaired.count()).toBeGreaterThan(0);
    await shot("planner");
  });

  it("raised no script error on any page", () => {
    expect(pageErrors).toEqual([]);
  });
});
