/**
 * The draft as a whole: it imports as it is, it reuses the ids of names already in the graph, and
 * `extract` itself writes nothing (only the import that follows review does).
 */
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { draftText, extractDraft } from "../../src/extract/draft";
import { knownNames } from "../../src/extract/known";
import { importFiles } from "../../src/interchange/import";
import { ROOT } from "../../src/paths";
import { TestGraph } from "../support/test-graph";

/** A street name no other test file uses, so that whole-graph lookups find only ours. */
function uniqueStreet(): string {
  const words = ["柳溪", "桐溪", "松溪", "竹溪", "梅溪", "兰溪", "桂溪", "杏溪", "荷溪", "枫溪"];
  const [a, b, c] = crypto.randomBytes(3);
  return `澜沧${words[a % 10]}${words[b % 10]}${words[c % 10]}街道`;
}

const article = (street: string): string =>
  [
    "标题",
    `${street}党工委推进共驻共建。${street}黄庄社区与济宁银河水务有限公司签订共驻共建协议。截至目前,已开展志愿服务活动30余次。`,
    "惠及居民1800余名。",
    "",
    "联盟成员由成立之初的12家发展到了29家。",
  ].join("\n");

describe("a draft without a database", () => {
  const records = (text: string, known?: ReturnType<typeof knownNames>) =>
    extractDraft(text, { prefix: "t-", date: "2024-06", known }).lines.map((l) => l.record);

  it("cites a paragraph on every record and marks each with a review line of offsets, never the text", () => {
    const draft = extractDraft(article("澜沧柳溪街道"), { prefix: "t-", date: "2024-06" });
    for (const { record, comment } of draft.lines) {
      if (record.type !== "Source") expect((record.sources as { locator: string }[]).every((s) => /^para \d+$/.test(s.locator))).toBe(true);
      expect(comment).toMatch(/^\/\/ /);
      expect(comment).not.toContain("签订");
    }
    const result = draft.lines.map((l) => l.record).find((r) => r.value === 30)!;
    expect(result).toMatchObject({ type: "Result", unit: "次", approx: "over", measure: "activities", dateBasis: "report" });
    // the page's paragraph 4 is its 4th non-empty line
    expect(draft.lines.map((l) => l.record).find((r) => r.value === 29)).toMatchObject({ sources: [{ locator: "para 4" }] });
  });

  it("completes a name by the area or community named before it", () => {
    const names = records(
      ["济宁高新区召开会议。区检察院参加。", "柳行街道召开会议,街道党工委书记主持。", "洸河新苑社区先是成立了志愿者团队。", "各街道党工委书记参加。"].join("\n"),
    ).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(["济宁高新区检察院", "柳行街道党工委", "洸河新苑社区志愿者团队"]));
    // a street named in another paragraph is not the one 各街道 means
    expect(names.filter((n) => n === "柳行街道党工委")).toHaveLength(1);
  });

  it("states memberships with the role the sentence gives, and the alliance's figures", () => {
    const got = records("标题\n济宁银河水务有限公司加入济宁创新谷青春党建联盟,成为常任理事长单位。目前,联盟成员由成立之初的18家发展到了29家。");
    const unit = got.find((r) => r.name === "济宁银河水务有限公司")!;
    const alliance = got.find((r) => r.type === "Alliance")!;
    expect(alliance.name).toBe("济宁创新谷青春党建联盟");
    expect(got).toContainEqual(expect.objectContaining({ type: "MEMBER_OF", from: unit.id, to: alliance.id, role: "常任理事长单位" }));
    const founding = got.find((r) => r.value === 18)!;
    expect(founding).toMatchObject({ measure: "member_units", dateBasis: "founding" });
    expect(got).toContainEqual(expect.objectContaining({ type: "PRODUCED", from: alliance.id, to: founding.id }));
    // the Source is named by the headline, never by a body line
    expect(got.find((r) => r.type === "Source")!.name).not.toContain("水务");
  });

  it("reads a name the page layout breaks across two lines, citing the first", () => {
    const got = records("“通过今天这个活动,学到了很多知识,也了解到了孔子国\n际学校在食堂管理方面的先进做法。”");
    expect(got.find((r) => r.name === "孔子国际学校")).toMatchObject({ type: "Unit", sources: [{ locator: "para 1" }] });
  });

  it("reuses the id of a name the graph knows, and does not write that node again", () => {
    const street = "澜沧柳溪街道";
    const known = knownNames([{ id: "area-known", name: street, type: "Area" }, { id: "unit-water", name: "银河水务有限公司", type: "Unit", aliases: ["济宁银河水务有限公司"] }]);
    const got = records(article(street), known);
    expect(got.some((r) => r.type === "Area" && r.name === street)).toBe(false);
    expect(got.some((r) => r.type === "Unit" && r.name === "济宁银河水务有限公司")).toBe(false);
    expect(got.some((r) => r.to === "area-known" || r.from === "area-known")).toBe(true);
    expect(got.some((r) => r.from === "unit-water" && r.type === "PARTY_TO")).toBe(true);
    for (const r of got) if (typeof r.id === "string") expect(r.id.startsWith("t-")).toBe(true);
  });
});

describe("a draft and the database", () => {
  let g: TestGraph;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "partygraph-extract-"));

  beforeAll(async () => {
    g = await TestGraph.create("extract");
  });
  afterAll(async () => {
    await g.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("reads the names in the graph, writes nothing itself, and its draft imports as it is", async () => {
    const street = uniqueStreet();
    await g.load([{ id: "area-street", type: "Area", name: street, level: "street" }]);
    const before = await g.count();
    const articleFile = path.join(tmp, "article.txt");
    const draftFile = path.join(tmp, "draft.ndjson");
    fs.writeFileSync(articleFile, article(street));
    const prefix = g.id("d-");
    execFileSync(
      "npx",
      ["tsx", "src/cli/extract.ts", articleFile, "--out", draftFile, "--prefix", prefix, "--date", "2024-06", "--publication", "测试报", "--graph"],
      {
        cwd: ROOT,
        env: { ...process.env, NEO4J_URI: process.env.NEO4J_TEST_URI, NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? process.env.NEO4J_PASSWORD },
        stdio: "pipe",
      },
    );
    // extract only read: the graph holds what it held
    expect(await g.count()).toEqual(before);

    const text = fs.readFileSync(draftFile, "utf8");
    const records = text.split("\n").filter((l) => l.trim() && !l.startsWith("//")).map((l) => JSON.parse(l));
    expect(records.some((r) => r.type === "Area" && r.name === street)).toBe(false);
    expect(records.some((r) => r.type === "LEADS" && r.to === g.id("area-street"))).toBe(true);
    for (const r of records) if (r.id) expect(r.id.startsWith(prefix)).toBe(true);

    const summary = await importFiles(g.driver, [draftFile]);
    expect(summary.records).toBe(records.length);
    const { records: rows } = await g.driver.executeQuery(
      `MATCH (p:Pairing)<-[:PARTY_TO]-(o) WHERE p.id STARTS WITH $prefix
       MATCH (p)-[:PRODUCED]->(r:Result {value: 30})
       RETURN o.name AS party, r.approx AS approx, p.kind AS kind`,
      { prefix },
    );
    expect(rows.map((r) => r.get("party"))).toEqual(expect.arrayContaining(["黄庄社区", "济宁银河水务有限公司"]));
    expect(rows[0].get("approx")).toBe("over");
  });

  // The five seed articles sit beside the checkout; where they do, each one's draft must import as it is.
  const articleDir = [path.resolve(ROOT, "../shared/seeds"), path.resolve(ROOT, "../../shared/seeds")].find((d) => fs.existsSync(d));
  (articleDir ? it : it.skip)("imports the draft of every seed article as it is", async () => {
    const files = fs.readdirSync(articleDir!).filter((f) => f.endsWith(".txt")).sort();
    for (const [i, f] of files.entries()) {
      const draftFile = path.join(tmp, `seed-${i}.ndjson`);
      fs.writeFileSync(draftFile, draftText(extractDraft(fs.readFileSync(path.join(articleDir!, f), "utf8"), { prefix: g.id(`a${i}-`), date: "2023-08" })));
      const summary = await importFiles(g.driver, [draftFile]);
      expect(summary.records).toBeGreaterThan(10);
    }
  });
});
