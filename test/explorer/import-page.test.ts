/**
 * The explorer's Import page in a real headless Chromium: an editor picks a register, sends it to
 * POST /import and reads the report; a refused sheet shows every bad row and writes nothing.
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

describe("the explorer's Import page", () => {
  let g: TestGraph;
  let server: Awaited<ReturnType<typeof testServer>>;
  let browser: Browser;
  let page: Page;
  let token: string;
  const written: string[] = [];
  const N = (name: string) => `${name}(${g.prefix.slice(0, -1)})`;

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH).`);
    if (!fs.existsSync(path.join(ROOT, "dist", "explorer", "index.html"))) throw new Error("The explorer is not built: npm run build:explorer.");
    fs.mkdirSync(SHOTS, { recursive: true });
    g = await TestGraph.create("import-page");
    await g.load([
      { id: "unit", type: "Unit", name: N("邮政分公司") },
      { id: "community", type: "Community", name: N("南池社区") },
    ]);
    server = await testServer(g.driver);
    token = await mintToken(loadConfig().jwtSecret, ["editor"], "1h", "explorer-test");
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  }, 120_000);

  afterAll(async () => {
    // The page's upload makes ids without this file's prefix: delete exactly the Source it wrote and what cites it.
    if (written.length) await g.driver.executeQuery("MATCH (n:Entity) WHERE n.id IN $ids OR any(s IN $ids WHERE s IN n.sourceIds) DETACH DELETE n", { ids: written });
    await browser?.close();
    await server?.stop();
    await g?.close();
  });

  const send = async (csv: string): Promise<void> => {
    await page.goto(`${server.base}/explorer/#/import`);
    await page.fill("input[name=token]", token);
    await page.selectOption("select[name=template]", "pairings");
    await page.setInputFiles("input[name=file]", { name: "台账.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await page.click(".import-form button[type=submit]");
    await page.locator("#import-result .report").waitFor();
  };

  it("shows every bad row of a refused sheet, and writes nothing", async () => {
    const before = await g.count();
    await send(`单位,社区,类型\n${N("邮政分公司")},${N("南池社区")},结亲\n${N("无此单位")},${N("南池社区")},双报到\n`);
    expect(await page.getAttribute("#import-result .report", "data-ok")).toBe("false");
    const rows = await page.locator(".problems tbody tr").allInnerTexts();
    expect(rows.map((r) => r.split("\t")[0])).toEqual(["2", "3"]);
    expect(rows[0]).toContain("类型/kind");
    await page.screenshot({ path: path.join(SHOTS, "import-refused.png"), fullPage: true });
    // At phone width the report's table scrolls inside itself; the page does not scroll sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    const overflow = (await page.evaluate("document.documentElement.scrollWidth - window.innerWidth")) as number;
    await page.screenshot({ path: path.join(SHOTS, "import-refused-phone.png"), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(Math.max(0, overflow)).toBe(0);
    expect(await g.count()).toEqual(before);
  }, 60_000);

  it("imports a good sheet and says what it wrote", async () => {
    await send(`单位,社区,类型,开始\n${N("邮政分公司")},${N("南池社区")},共驻共建,2023.06\n`);
    expect(await page.getAttribute("#import-result .report", "data-ok")).toBe("true");
    const text = await page.locator("#import-result .report").innerText();
    written.push(/Source (\S+)\./.exec(text)![1]);
    expect(text).toContain("1 rows imported");
    await page.screenshot({ path: path.join(SHOTS, "import-done.png"), fullPage: true });
    const { records } = await g.driver.executeQuery("MATCH (:Unit {id: $id})-[:PARTY_TO]->(p:Pairing) RETURN p.kind AS kind, p.since AS since", { id: g.id("unit") });
    expect(records.map((r) => r.toObject())).toEqual([{ kind: "co_building", since: "2023-06" }]);
  }, 60_000);
});
