/**
 * The explorer in a real headless Chromium (Debian's package; .ci/run installs it when missing),
 * on the seed graph: search, two levels of the tree, a trace with its sources, the planner's
 * unpaired list. The seeds are loaded under this file's own id prefix (test/support/README.md), and
 * every node the test opens is picked among them. A screenshot of each view at desktop (1280) and
 * phone (390) width goes to test-artifacts/explorer/ for a person to look at; at phone width no view
 * may scroll sideways.
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
  const failedRequests: string[] = [];

  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  /** A screenshot at desktop width and one at phone width, where the page must not be wider than the screen. */
  const shots = async (name: string): Promise<void> => {
    await shot(name);
    await page.setViewportSize({ width: 390, height: 844 });
    // Cytoscape and the grid settle on the resize event.
    await page.waitForTimeout(400);
    const overflow = (await page.evaluate("document.documentElement.scrollWidth - window.innerWidth")) as number;
    await shot(`${name}-phone`);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect({ view: name, overflow: Math.max(0, overflow) }).toEqual({ view: name, overflow: 0 });
  };
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
    page.on("response", (response) => void (response.status() >= 400 && failedRequests.push(`${response.status()} ${response.url()}`)));
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
    // (a string: it runs in the page, which the test's TypeScript does not type)
    await page.waitForFunction(`![...document.querySelectorAll(".tree .facts")].some((f) => f.textContent.includes("…"))`);
    expect(await page.locator(".tree .error").count()).toBe(0);
    // "no pairing in force" is said once, above the tree, not under each node.
    expect(await page.locator(".tree", { hasText: /no pairing/i }).count()).toBe(0);
    expect(await page.locator("main .note").textContent()).toContain("Paired with");
    await shots("tree");
  });

  it("shows the party organization that leads a node, linked to its own tree", async () => {
    const led = await first("MATCH (:PartyOrganization)-[:LEADS]->(c:Area) WHERE c.id STARTS WITH $prefix RETURN c.id ORDER BY c.id LIMIT 1");
    await page.goto(`${server.base}/explorer/#/tree/${led}`);
    const leader = page.locator(`.tree li[data-node="${led}"] > .facts .led-by button`).first();
    await leader.waitFor();
    await leader.click();
    await page.waitForURL(/#\/tree\//);
    expect(decodeURIComponent(page.url())).not.toContain(led);
    await page.locator(".tree li").first().waitFor();
  });

  it("draws the pairing network around an organization", async () => {
    const org = await first("MATCH (o)-[:PARTY_TO]->(:Pairing) WHERE o.id STARTS WITH $prefix RETURN o.id ORDER BY o.id LIMIT 1");
    await page.goto(`${server.base}/explorer/#/network/${org}`);
    await page.locator("#network canvas").first().waitFor();
    await page.locator(".toolbar .status:has-text('organizations')").waitFor();
    expect(await page.locator(".toolbar .error").count()).toBe(0);
    await shots("network");
  });

  it("keeps the network's date in the URL and across views", async () => {
    const org = await first("MATCH (o)-[:PARTY_TO]->(:Pairing) WHERE o.id STARTS WITH $prefix RETURN o.id ORDER BY o.id LIMIT 1");
    await page.goto(`${server.base}/explorer/#/network/${org}?asOf=2024-06-30`);
    const asOf = page.locator(".toolbar input[type=date]");
    await asOf.waitFor();
    expect(await asOf.inputValue()).toBe("2024-06-30");
    await page.locator(".toolbar .status:has-text('2024-06-30')").waitFor();
    await asOf.fill("2023-01-15");
    await asOf.dispatchEvent("change");
    await page.waitForFunction(`location.hash.endsWith("?asOf=2023-01-15")`);
    await page.click("#tabs button[data-view=planner]");
    await page.waitForURL(/#\/planner\/.*\?asOf=2023-01-15$/);
    expect(await page.locator(".toolbar input[type=date]").first().inputValue()).toBe("2023-01-15");
  });

  it("shows an error, and no lone node, for an id that is not in the graph", async () => {
    await page.goto(`${server.base}/explorer/#/network/${g.id("no-such-node")}`);
    await page.locator("main .error").waitFor();
    expect(await page.locator("#network").count()).toBe(0);
  });

  it("opens an alliance hit in the alliance view: members by sector, reported figures, growth chart", async () => {
    // The seed alliances carry no dates: this test's own alliance grows at three dates (names here are made up).
    const name = `测试青年党建联盟(${g.prefix.slice(0, -1)})`;
    const cite = (locator: string) => [{ id: "src-alliance", locator }];
    await g.load([
      { id: "src-alliance", type: "Source", name: "测试报 2024-05-01 联盟报道", publication: "测试报", date: "2024-05-01" },
      { id: "alliance", type: "Alliance", name, founded: "2021-03", sources: cite("para 1") },
      { id: "u-energy", type: "Unit", name: "测试供电公司", sector: "enterprise" },
      { id: "u-school", type: "Unit", name: "测试第一中学", sector: "school" },
      { id: "c-east", type: "Community", name: "测试东城社区" },
      { type: "MEMBER_OF", from: "u-energy", to: "alliance", role: "理事长单位", since: "2021-03", sources: cite("para 2") },
      { type: "MEMBER_OF", from: "u-school", to: "alliance", role: "成员单位", since: "2022-09", sources: cite("para 3") },
      { type: "MEMBER_OF", from: "c-east", to: "alliance", since: "2023-06", sources: cite("para 3") },
      { id: "r-members", type: "Result", name: "联盟成员单位数", value: 30, unit: "家", measure: "member_units", approx: "over", status: "achieved", dateBasis: "report", sources: [...cite("para 4"), ...cite("para 6")] },
      { type: "PRODUCED", from: "alliance", to: "r-members", sources: cite("para 4") },
    ]);
    const alliance = g.id("alliance");
    await page.goto(`${server.base}/explorer/`);
    await page.fill("#search-input", name);
    await page.click("#search-form button[type=submit]");
    await page.locator(`#search-results .hits li:has([data-id="${alliance}"]) button`).click();
    await page.waitForURL(new RegExp(`#/alliance/${alliance}`));
    await page.locator(".members li.member").first().waitFor();
    expect(await page.locator(".sector h4").count()).toBeGreaterThan(0);
    await page.locator(".timeline svg path.step").waitFor();
    expect(await page.locator(".timeline svg circle.step-point").count()).toBeGreaterThan(0);
    const figure = page.locator(".reported-figures li").first();
    // Each source once, with its paragraphs after it.
    expect(await figure.locator(".cited .source").first().textContent()).toMatch(/: para \d+/);
    await shots("alliance");
  });

  it("draws an area's network, offers its downloads, and charts its timeline", async () => {
    const area = await first("MATCH (a:Area)<-[:PART_OF*1..3]-()-[:PARTY_TO]->(:Pairing) WHERE a.id STARTS WITH $prefix RETURN a.id ORDER BY a.id LIMIT 1");
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
    // A period with no count draws a bar of height 0, which Playwright calls hidden: wait for the
    // bars to exist, then ask that at least one stands.
    const bars = page.locator(".timeline svg rect.bar-count");
    await bars.first().waitFor({ state: "attached" });
    const heights = await bars.evaluateAll((rects) => rects.map((r) => Number(r.getAttribute("height"))));
    expect(heights.some((h) => h > 0)).toBe(true);
    await shots("scope-network");
  });

  it("traces a pairing to its results and shows the sources", async () => {
    const from = await first("MATCH (p:Pairing)-[:RUNS|HELD|PRODUCED*1..3]->(:Result) WHERE p.id STARTS WITH $prefix RETURN p.id ORDER BY p.id LIMIT 1");
    await page.goto(`${server.base}/explorer/#/trace/${from}`);
    const source = page.locator(".path .sources li.source").first();
    await source.waitFor();
    expect(await source.textContent()).toMatch(/\S/);
    // A source is named once per path, its paragraphs after it.
    const lines = await page.locator(".path").first().locator(".sources li.source").allTextContents();
    expect(new Set(lines.map((l) => l.split(":")[0])).size).toBe(lines.length);
    await shots("trace");
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
    await shots("planner");
  });

  it("raised no script error on any page, and asked for nothing missing (the favicon is inline)", () => {
    expect(pageErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
  });
});
