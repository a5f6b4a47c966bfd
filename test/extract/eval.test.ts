/** The evaluation reads the seeds when it runs and scores a draft against them (no database). */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { evaluate, seedQualifiers, table } from "../../src/extract/eval";

describe("extract:eval", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "partygraph-eval-"));
  const seeds = path.join(dir, "seeds");
  const articles = path.join(dir, "articles");
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  beforeAll(() => {
    fs.mkdirSync(seeds);
    fs.mkdirSync(articles);
    fs.writeFileSync(path.join(articles, "000_test.txt"), "标题\n洸河街道黄庄社区与驻区单位开展共驻共建,已开展活动30余次,服务居民200名。\n");
    const cite = [{ id: "src-t", locator: "para 2" }];
    const records = [
      { id: "src-t", type: "Source", name: "测试", date: "2024-05" },
      { id: "area-g", type: "Area", name: "洸河街道", level: "street", sources: cite },
      { id: "comm-h", type: "Community", name: "黄庄社区", level: "community", sources: cite },
      { id: "unit-x", type: "Unit", name: "不在文中的单位", sector: "other", sources: cite },
      { id: "p-1", type: "Pairing", name: "共驻共建", kind: "co_building", sources: cite },
      { id: "r-1", type: "Result", name: "活动次数（30余次）", value: 30, unit: "次", sources: cite },
      { id: "r-2", type: "Result", name: "未写出的数", value: 7, unit: "个", sources: cite },
    ];
    fs.writeFileSync(path.join(seeds, "01-test.ndjson"), ["// Article 000 (000_test.txt): a test", ...records.map((r) => JSON.stringify(r))].join("\n"));
  });

  it("scores figures, qualifiers, organizations and pairings against the seeds as they are", () => {
    const [score] = evaluate(seeds, articles);
    expect(score.article).toBe("000");
    expect(score.figures).toEqual({ expected: 2, found: 2, matched: 1 });
    expect(score.qualifiers).toEqual({ judged: 1, right: 1 });
    expect(score.organizations).toEqual({ expected: 3, found: 2, matched: 2 });
    expect(score.pairings).toEqual({ expected: 1, found: 1, matched: 1 });
    // --verbose lists what the counts are made of: the seed figure the draft missed, the draft's extra one
    expect(score.details).toEqual([expect.stringMatching(/^extra {3}para 2: 200名/), expect.stringMatching(/^missed {2}para 2: 7个 r-2/)]);
    expect(table([score])).toContain("| 000 | 50.0% (1/2) | 50.0% (1/2) | 100.0% (1/1) | 66.7% (2/3) | 100.0% (2/2) |");
  });

  it("follows a correction of the seeds at the next run", () => {
    const file = path.join(seeds, "01-test.ndjson");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/\n.*"r-2".*/, ""));
    expect(evaluate(seeds, articles)[0].figures).toEqual({ expected: 1, found: 2, matched: 1 });
  });

  it("takes a seed's qualifiers from its fields, or from its name where it has none", () => {
    expect(seedQualifiers({ name: "参会人数（260余人）" })).toEqual({ approx: "over", status: "achieved" });
    expect(seedQualifiers({ name: "比例目标（至少）" })).toEqual({ approx: "at_least", status: "target" });
    expect(seedQualifiers({ name: "成立之初成员数" })).toEqual({ approx: "exact", status: "achieved", dateBasis: "founding" });
    expect(seedQualifiers({ name: "x（30余次）", approx: "exact", status: "planned" })).toEqual({ approx: "exact", status: "planned" });
  });
});
