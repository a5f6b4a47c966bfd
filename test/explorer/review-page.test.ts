/**
 * The explorer's Review page in a real headless Chromium: an editor pastes an article of ours, reads
 * the draft beside its paragraphs, accepts, edits and drops records, and imports exactly the accepted ones.
 */
import fs from "node:fs";
import path from "node:path";
import { Browser, chromium, Page } from "playwright-core";
import { mintToken } from "../../src/auth/mint-token";
import { loadConfig } from "../../src/config";
import { ROOT } from "../../src/paths";
import { testServer } from "../support/server";
import { TestGraph } from "../support/test-graph";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SHOTS = path.join(ROOT, "test-artifacts", "explorer");

describe("the explorer's Review page", () => {
  let g: TestGraph;
  let server: Awaited<ReturnType<typeof testServer>>;
  let browser: Browser;
  let page: Page;
  let token: string;
  /** A name no other test file has: the prefix's random hex as characters. */
  let place: string;

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH).`);
    if (!fs.existsSync(path.join(ROOT, "dist", "explorer", "index.html"))) throw new Error("The explorer is not built: npm run build:explorer.");
    fs.mkdirSync(SHOTS, { recursive: true });
    g = await TestGraph.create("review-page");
    place = [...g.prefix.split("-").at(-2)!].map((c) => "甲乙丙丁戊己庚辛壬癸申酉戌亥辰巳"[parseInt(c, 16)]).join("");
    await g.load([{ id: "unit", type: "Unit", name: `${place}供电公司`, sector: "enterprise" }]);
    server = await testServer(g.driver);
    token = await mintToken(loadConfig().jwtSecret, ["editor"], "1h", "review-test");
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await g?.close();
  });

  const card = (type: string, text: string) => page.locator(`.record[data-type=${type}]`, { hasText: text });

  it("drafts a pasted article beside its paragraphs, and imports only what the editor accepted", async () => {
    const article = [`${place}街道 党建引领 共建家园`, `近日,${place}供电公司与东湖社区开展共驻共建,已开展活动20余次,服务居民300余名。`, "力争年内新增志愿者50名。"].join("\n");
    await page.goto(`${server.base}/explorer/#/review`);
    await page.fill("input[name=token]", token);
    await page.fill("textarea[name=article]", article);
    await page.fill("input[name=date]", "2024-05");
    await page.fill("input[name=prefix]", g.id("p-"));
    await page.click(".review-form button[type=submit]");
    await page.locator(".review-records .record").first().waitFor();

    expect(await page.locator(".review-paragraphs li").count()).toBe(3);
    // grouped by paragraph, the Source first, in the article's order
    const groups = await page.locator(".review-group h3").allInnerTexts();
    expect(groups[0]).toBe("source");
    expect(groups.filter((x) => x === "para 2" || x === "para 3")).toEqual(["para 2", "para 3"]);
    // the unit already in the graph is named as reused, not proposed again
    expect(await page.locator(".review-notes").innerText()).toContain(g.id("unit"));
    // the figure's span is marked in its paragraph, and its doubts shown
    await card("Result", "20 次").hover();
    expect(await page.locator(".review-paragraphs mark").innerText()).toBe("20余次");
    expect(await card("Result", "50 名").locator(".doubts").innerText()).toContain("target");

    await page.click(".accept-all");
    await card("Result", "50 名").locator("button.drop").click();
    await card("Result", "300 名").locator("button.edit").click();
    await page.fill(".record-edit input[name=value]", "320");
    await page.selectOption(".record-edit select[name=approx]", "exact");
    await page.click(".record-edit button[type=submit]");
    expect(await card("Result", "320 名").getAttribute("data-decision")).toBe("accepted");
    expect(await card("Result", "50 名").getAttribute("data-decision")).toBe("dropped");
    const acceptedNodes = await page.locator(".record[data-decision=accepted]").evaluateAll((els) =>
      els.map((e) => e.getAttribute("data-type")!).filter((t) => /^[A-Z][a-z]/.test(t)),
    );
    await page.screenshot({ path: path.join(SHOTS, "review-draft.png"), fullPage: true });

    await page.click(".review-import");
    await page.locator("#review-report .report").waitFor();
    expect(await page.getAttribute("#review-report .report", "data-ok")).toBe("true");
    await page.screenshot({ path: path.join(SHOTS, "review-imported.png"), fullPage: true });

    const { records } = await g.driver.executeQuery("MATCH (n:Entity) WHERE n.id STARTS WITH $p RETURN labels(n) AS labels, n.value AS value, n.approx AS approx", { p: g.id("p-") });
    expect(records.length).toBe(acceptedNodes.length);
    const results = records.filter((r) => (r.get("labels") as string[]).includes("Result")).map((r) => [r.get("value"), r.get("approx")]);
    expect(results.sort()).toEqual([[20, "over"], [320, null]]);
    const linked = await g.driver.executeQuery("MATCH (:Unit {id: $id})-[:PARTY_TO]->(p:Pairing)-[:PRODUCED]->(r:Result) RETURN r.value AS v ORDER BY v", { id: g.id("unit") });
    expect(linked.records.map((r) => r.get("v"))).toEqual([20, 320]);
  }, 90_000);

  it("stacks the paragraphs above the records at phone width, without sideways scrolling", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    const overflow = (await page.evaluate("document.documentElement.scrollWidth - window.innerWidth")) as number;
    await page.screenshot({ path: path.join(SHOTS, "review-phone.png"), fullPage: true });
    expect(Math.max(0, overflow)).toBe(0);
  }, 30_000);
});
