import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { exportGraph } from "../../src/interchange/export";
import { importSpreadsheet, SheetImportOptions, SheetReport } from "../../src/interchange/spreadsheet/import-sheet";
import { TemplateName } from "../../src/interchange/spreadsheet/templates";
import { writeTemplate } from "../../src/interchange/spreadsheet/write-template";
import { TestGraph } from "../support/test-graph";

/** Debian's python3-openpyxl: a second XLSX writer that no one here wrote. */
const PYTHON = fs.existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "partygraph-sheets-"));

let g: TestGraph;
/** Names carry the test's prefix (as a suffix, which localize leaves alone): other test files' data shares the database. */
let N: (name: string) => string;

beforeAll(async () => {
  g = await TestGraph.create("sheets");
  N = (name) => `${name}(${g.prefix.slice(0, -1)})`;
  await g.load([
    { id: "area", type: "Area", name: N("示范街道"), level: "street" },
    { id: "hospital", type: "Unit", name: N("市人民医院"), aliases: [N("人民医院")], sector: "institution" },
    { id: "bank", type: "Unit", name: N("农商银行"), sector: "finance" },
    { id: "twin-1", type: "Unit", name: N("供电公司"), sector: "enterprise" },
    { id: "twin-2", type: "Unit", name: N("供电公司"), sector: "enterprise" },
    { id: "spring", type: "Community", name: N("春晖社区"), level: "community" },
    { id: "garden", type: "Community", name: N("花园社区"), level: "community" },
    { id: "alliance", type: "Alliance", name: N("红色物业联盟") },
    { id: "grid-company", type: "Unit", name: `国网供电公司（${g.prefix}党委）` },
    { type: "PART_OF", from: "spring", to: "area" },
    { type: "PART_OF", from: "garden", to: "area" },
    { type: "PART_OF", from: "twin-1", to: "area" },
  ]);
});

afterAll(() => g.close());

const options = (template: TemplateName, fileName: string, more: Partial<SheetImportOptions> = {}): SheetImportOptions => ({
  template,
  fileName,
  importedBy: "test-editor",
  idPrefix: g.prefix,
  ...more,
});

async function exceljsFile(rows: ExcelJS.CellValue[][], decorate?: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("登记");
  for (const row of rows) sheet.addRow(row);
  decorate?.(sheet);
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Writes an XLSX with openpyxl: `rows` as JSON, ISO strings prefixed "date:" become real date cells. */
function openpyxlFile(rows: unknown[][]): Buffer {
  const file = path.join(tmp, `openpyxl-${Math.random().toString(36).slice(2)}.xlsx`);
  const script = `
import json, sys, datetime, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
for row in json.loads(sys.argv[2]):
    ws.append([datetime.datetime.fromisoformat(c[5:]) if isinstance(c, str) and c.startswith("date:") else c for c in row])
wb.save(sys.argv[1])
`;
  execFileSync(PYTHON, ["-c", script, file, JSON.stringify(rows)]);
  return fs.readFileSync(file);
}

/** Python's own GB18030 codec makes the bytes Excel on Chinese Windows would save. */
function gb18030(text: string): Buffer {
  return execFileSync(PYTHON, ["-c", "import sys; sys.stdout.buffer.write(sys.argv[1].encode('gb18030'))", text]);
}

const cypher = async (query: string, params: Record<string, unknown> = {}) =>
  (await g.driver.executeQuery(query, { prefix: g.prefix, ...params })).records.map((r) => g.localize(r.toObject()));

/** A refusal: nothing of this test's data changed, and the report says why. */
async function refused(bytes: Buffer, template: TemplateName, fileName = "bad.csv", more: Partial<SheetImportOptions> = {}): Promise<SheetReport> {
  const before = await g.count();
  const report = await importSpreadsheet(g.driver, bytes, options(template, fileName, more));
  expect(report.ok).toBe(false);
  expect(report.summary).toBeUndefined();
  expect(await g.count()).toEqual(before);
  return report;
}

const problems = (report: SheetReport) => report.problems.map(({ candidates, ...p }) => (candidates ? { ...p, candidates: candidates.map((c) => ({ ...c, id: g.local(c.id) })) } : p));

describe("a pairings register written by exceljs", () => {
  let bytes: Buffer;
  let report: SheetReport;

  beforeAll(async () => {
    bytes = await exceljsFile(
      [
        ["kind", "Community", "单位", "备注"],
        ["(示例 example) 双报到", "示例社区", "示例单位", ""],
        ["双报到", N("春晖社区"), N("市人民医院"), "row 3"],
        [],
        // A formula cell read as its value; full-width spaces around a name; an alias; a date cell.
        [{ formula: '"共驻"&"共建"', result: "共驻共建" } as ExcelJS.CellValue, `　${N("花园社区")}　`, N("人民医院"), ""],
        ["结对共建", N("春晖社区"), g.id("bank"), ""],
      ],
      (sheet) => {
        sheet.getColumn(5).values = ["开始", undefined, "2024.03", undefined, new Date(Date.UTC(2023, 8, 15)), "2022年5月"];
        sheet.getCell("E5").numFmt = "yyyy-mm-dd";
      },
    );
    report = await importSpreadsheet(g.driver, bytes, options("pairings", "/somewhere/高新区双报到台账.xlsx"));
  });

  it("imports every row, reports the unknown column and skips the example and empty rows", () => {
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.format).toBe("xlsx");
    expect(report.rows).toBe(3);
    expect(report.skippedExampleRows).toBe(1);
    expect(report.unknownColumns).toEqual(["备注"]);
    expect(report.summary?.nodes).toEqual({ created: 4, updated: 0, unchanged: 0 }); // the Source and 3 pairings
    expect(report.summary?.links).toEqual({ created: 6, updated: 0, unchanged: 0 });
  });

  it("states each pairing with its kind, its date at the precision written, and its row", async () => {
    const rows = await cypher(
      `MATCH (p:Pairing) WHERE p.id STARTS WITH $prefix
       MATCH (o)-[r:PARTY_TO]->(p)
       WITH p, collect(o.id) AS parties, collect(r.sourceLocators[0]) AS linkRows
       RETURN p.kind AS kind, p.since AS since, parties, p.sourceLocators AS rows, linkRows ORDER BY rows[0]`,
    );
    expect(rows.map((r) => ({ ...r, parties: [...(r.parties as string[])].sort() }))).toEqual([
      { kind: "dual_registration", since: "2024-03", parties: ["hospital", "spring"], rows: ["row 3"], linkRows: ["row 3", "row 3"] },
      { kind: "co_building", since: "2023-09-15", parties: ["garden", "hospital"], rows: ["row 5"], linkRows: ["row 5", "row 5"] },
      { kind: "co_building", since: "2022-05", parties: ["bank", "spring"], rows: ["row 6"], linkRows: ["row 6", "row 6"] },
    ]);
  });

  it("makes the file a Source: its name, content hash, who imported it and when", async () => {
    const [source] = await cypher("MATCH (s:Source {id: $id}) RETURN s.name AS name, s.contentHash AS hash, s.importedBy AS by, s.importedAt AS at", { id: report.sourceId });
    expect(source.name).toBe("高新区双报到台账.xlsx");
    expect(source.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(source.by).toBe("test-editor");
    expect(Date.now() - Date.parse(source.at as string)).toBeLessThan(60_000);
    const [cited] = await cypher("MATCH (p:Pairing) WHERE p.id STARTS WITH $prefix RETURN collect(DISTINCT p.sourceIds[0]) AS ids");
    expect(cited.ids).toEqual([g.local(report.sourceId!)]);
  });

  it("comes back out through the export, the Source with its hash and each fact citing its row", async () => {
    const chunks: string[] = [];
    const out = new Writable({
      write(chunk, _encoding, done) {
        chunks.push(String(chunk));
        done();
      },
    });
    await exportGraph(g.driver, out);
    const mine = chunks.join("").split("\n").filter((line) => line.includes(report.sourceId!)).map((line) => JSON.parse(line));
    const source = mine.find((r) => r.id === report.sourceId);
    expect(source).toMatchObject({ type: "Source", name: "高新区双报到台账.xlsx", importedBy: "test-editor", contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const row3 = mine.filter((r) => r.sources?.[0]?.locator === "row 3");
    expect(row3.map((r) => r.type).sort()).toEqual(["PARTY_TO", "PARTY_TO", "Pairing"]);
  });

  it("changes nothing when the same sheet is imported again", async () => {
    const again = await importSpreadsheet(g.driver, bytes, options("pairings", "again.xlsx", { importedBy: "someone-else" }));
    expect(again.ok).toBe(true);
    expect(again.sourceId).toBe(report.sourceId);
    expect(again.summary?.nodes).toEqual({ created: 0, updated: 0, unchanged: 4 });
    expect(again.summary?.links).toEqual({ created: 0, updated: 0, unchanged: 6 });
  });

  it("updates a pairing in place from a corrected sheet", async () => {
    const corrected = await exceljsFile([
      ["单位", "社区", "类型", "开始", "结束"],
      [N("市人民医院"), N("春晖社区"), "双报到", "2024年3月", "2025-12-31"],
    ]);
    const result = await importSpreadsheet(g.driver, corrected, options("pairings", "corrected.xlsx"));
    expect(result.ok).toBe(true);
    expect(result.summary?.nodes).toEqual({ created: 1, updated: 1, unchanged: 0 }); // a new Source; the pairing updated
    const rows = await cypher("MATCH (p:Pairing {since: '2024-03'}) WHERE p.id STARTS WITH $prefix RETURN p.until AS until, p.sourceIds AS ids, p.sourceLocators AS rows");
    expect(rows).toEqual([{ until: "2025-12-31", ids: [g.local(result.sourceId!)], rows: ["row 2"] }]);
  });
});

describe("other writers and encodings", () => {
  it("reads a members register written by openpyxl, with real date cells", async () => {
    const bytes = openpyxlFile([
      ["成员", "联盟", "角色", "加入", "退出"],
      [N("农商银行"), N("红色物业联盟"), "常任理事长单位", "date:2023-09-15T00:00:00", null],
      [g.id("hospital"), g.id("alliance"), " 成员单位 ", "2024/1", "2025年6月"],
    ]);
    const report = await importSpreadsheet(g.driver, bytes, options("members", "members.xlsx"));
    expect(report.problems).toEqual([]);
    const rows = await cypher(
      "MATCH (m)-[r:MEMBER_OF]->(a:Alliance) WHERE a.id STARTS WITH $prefix RETURN m.id AS member, r.role AS role, r.since AS since, r.until AS until, r.sourceLocators AS rows ORDER BY member",
    );
    expect(rows).toEqual([
      { member: "bank", role: "常任理事长单位", since: "2023-09-15", until: null, rows: ["row 2"] },
      { member: "hospital", role: "成员单位", since: "2024-01", until: "2025-06", rows: ["row 3"] },
    ]);
  });

  it("refuses a formula openpyxl wrote without a calculated value, naming the cell", async () => {
    const bytes = openpyxlFile([
      ["单位", "社区", "类型"],
      [N("农商银行"), N("花园社区"), '="双"&"报到"'],
    ]);
    const report = await refused(bytes, "pairings", "formula.xlsx");
    expect(problems(report)).toEqual([{ row: 2, column: "类型/kind", reason: expect.stringMatching(/formula without a calculated value/) }]);
  });

  it("reads a GB18030 CSV as Excel on Chinese Windows saves it, creating a community under --area", async () => {
    const text = ["社区,需求,类别,提出,状态", `${N("春晖社区")},老年助餐志愿者,养老,2024.03,待认领`, `${N("新建社区")},四点半课堂,教育,2024年5月,已满足`, ""].join("\r\n");
    const bytes = gb18030(text);
    expect(bytes.includes(Buffer.from("社区", "utf8"))).toBe(false);
    const report = await importSpreadsheet(g.driver, bytes, options("needs", "needs.csv", { createMissing: true, area: g.id("area") }));
    expect(report.problems).toEqual([]);
    expect(report.format).toBe("csv gb18030");
    expect(report.created.map((c) => ({ type: c.type, name: c.name, row: c.row }))).toEqual([{ type: "Community", name: N("新建社区"), row: 3 }]);
    const rows = await cypher(
      `MATCH (c:Community)-[:RAISED]->(n:Need) WHERE n.id STARTS WITH $prefix
       OPTIONAL MATCH (c)-[:PART_OF]->(a:Area)
       RETURN c.name AS community, a.id AS area, n.name AS need, n.category AS category, n.since AS since, n.status AS status ORDER BY since`,
    );
    expect(rows).toEqual([
      { community: N("春晖社区"), area: "area", need: "老年助餐志愿者", category: "elderly_care", since: "2024-03", status: "open" },
      { community: N("新建社区"), area: "area", need: "四点半课堂", category: "education", since: "2024-05", status: "met" },
    ]);
  });

  it("reads a UTF-8 CSV with a BOM and English headers", async () => {
    const text = `\ufeffresource,unit,category,since\r\nFree clinic,${N("市人民医院")},Health,2024/3/5\r\n`;
    const report = await importSpreadsheet(g.driver, Buffer.from(text, "utf8"), options("resources", "resources.csv"));
    expect(report.problems).toEqual([]);
    expect(report.format).toBe("csv utf-8 (BOM)");
    const rows = await cypher("MATCH (u {id: $unit})-[:OFFERS]->(r:Resource) RETURN r.name AS name, r.category AS category, r.since AS since", { unit: g.id("hospital") });
    expect(rows).toEqual([{ name: "Free clinic", category: "health", since: "2024-03-05" }]);
  });

  it("matches a name typed with ASCII brackets to one stored with full-width ones", async () => {
    const text = `unit,resource\n国网供电公司(${g.prefix}党委),电力安全讲座\n`;
    const report = await importSpreadsheet(g.driver, Buffer.from(text, "utf8"), options("resources", "brackets.csv"));
    expect(report.problems).toEqual([]);
    const rows = await cypher("MATCH (u {id: $unit})-[:OFFERS]->(r:Resource) RETURN r.name AS name", { unit: g.id("grid-company") });
    expect(rows).toEqual([{ name: "电力安全讲座" }]);
  });

  it("imports the template npm run template writes, once filled in, skipping its example row", async () => {
    const workbook = new ExcelJS.Workbook();
    // exceljs types Buffer as Node 18 did: the bytes are what it expects.
    await workbook.xlsx.load((await writeTemplate("pairings")) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    sheet.addRow([N("农商银行"), N("花园社区"), "指导", "2021", ""]);
    const bytes = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const report = await importSpreadsheet(g.driver, bytes, options("pairings", "filled.xlsx"));
    expect(report.problems).toEqual([]);
    expect(report.skippedExampleRows).toBe(1);
    expect(report.rows).toBe(1);
  });
});

describe("refusals write nothing and point at the row to fix", () => {
  const csv = (...lines: string[]): Buffer => Buffer.from(lines.join("\n") + "\n", "utf8");

  it("an empty file", async () => {
    expect(problems(await refused(Buffer.alloc(0), "pairings"))).toEqual([{ row: 0, reason: "the file is empty" }]);
  });

  it("a header and nothing below it", async () => {
    expect(problems(await refused(csv("单位,社区,类型"), "pairings"))).toEqual([{ row: 1, reason: "no rows below the header" }]);
  });

  it("a missing required column, at once", async () => {
    const report = await refused(csv("单位,类型", `${N("农商银行")},双报到`), "pairings");
    expect(problems(report)).toEqual([{ row: 1, column: "社区/community", reason: expect.stringMatching(/^missing required column/) }]);
  });

  it("a duplicated column", async () => {
    const report = await refused(csv("单位,社区,类型,unit", `${N("农商银行")},${N("花园社区")},双报到,x`), "pairings");
    expect(problems(report)).toEqual([{ row: 1, column: "单位/unit", value: "单位, unit", reason: "the column appears more than once" }]);
  });

  it("every bad row at once: an unknown kind word, 2024-02-30, an unknown name, an ambiguous name, a huge cell", async () => {
    const report = await refused(
      csv(
        "单位,社区,类型,开始",
        `${N("农商银行")},${N("花园社区")},结亲,2024-01`,
        `${N("农商银行")},${N("花园社区")},双报到,2024-02-30`,
        `${N("不存在的单位")},${N("花园社区")},双报到,`,
        `${N("供电公司")},${N("春晖社区")},帮扶,`,
        `${N("农商银行")},${"长".repeat(40_000)},双报到,`,
        `${N("农商银行")},${N("春晖社区")},联系,2020`,
      ),
      "pairings",
    );
    expect(report.problemCount).toBe(5);
    expect(problems(report)).toEqual([
      { row: 2, column: "类型/kind", value: "结亲", reason: expect.stringMatching(/^unknown kind/) },
      { row: 3, column: "开始/since", value: "2024-02-30", reason: "no such date (2024-02-30)" },
      { row: 4, column: "单位/unit", value: N("不存在的单位"), reason: expect.stringMatching(/^matches no Unit or PartyOrganization by id, name or alias/) },
      {
        row: 5,
        column: "单位/unit",
        value: N("供电公司"),
        reason: "matches 2 nodes by name: write the id of the one meant",
        candidates: [
          { id: "twin-1", name: N("供电公司"), type: "Unit", area: N("示范街道") },
          { id: "twin-2", name: N("供电公司"), type: "Unit" },
        ],
      },
      // The report quotes the start of a huge cell, not all of it.
      { row: 6, column: "社区/community", value: `${"长".repeat(60)}…`, reason: "longer than 500 characters (40000)" },
    ]);
  });

  it("everything wrong with one row: a bad date and an unknown name", async () => {
    const sheet = csv("单位,社区,类型,开始", `${N("农商银行")},${N("查无此社区")},双报到,2023年13月`);
    expect(problems(await refused(sheet, "pairings"))).toEqual([
      { row: 2, column: "开始/since", value: "2023年13月", reason: "no such date (2023-13)" },
      { row: 2, column: "社区/community", value: N("查无此社区"), reason: expect.stringMatching(/^matches no Community/) },
    ]);
    // With --create-missing the name is no problem, the date still is, and nothing is created.
    const creating = await refused(sheet, "pairings", "bad.csv", { createMissing: true, area: g.id("area") });
    expect(problems(creating)).toEqual([{ row: 2, column: "开始/since", value: "2023年13月", reason: "no such date (2023-13)" }]);
    expect(creating.created).toEqual([]);
  });

  it("a row repeating another, and an id of the wrong type", async () => {
    const report = await refused(
      csv("单位,社区,类型", `${N("农商银行")},${N("花园社区")},双报到`, `${g.id("spring")},${N("花园社区")},双报到`, ` ${N("农商银行")} ,${N("花园社区")},双报到`),
      "pairings",
    );
    expect(problems(report)).toEqual([
      { row: 3, column: "单位/unit", value: g.id("spring"), reason: expect.stringMatching(/^is the id of Community .*; this column takes Unit or PartyOrganization$/) },
      { row: 4, reason: "repeats row 2: the same unit, community, kind and start" },
    ]);
  });

  it("--create-missing without a real area", async () => {
    const report = await refused(csv("社区,需求", `${N("无名社区")},x`), "needs", "bad.csv", { createMissing: true, area: g.id("spring") });
    expect(problems(report)).toEqual([
      { row: 0, value: g.id("spring"), reason: "is Community, not an Area" },
      { row: 2, column: "社区/community", value: N("无名社区"), reason: expect.stringMatching(/^matches no Community/) },
    ]);
  });

  it("a file that is not a spreadsheet", async () => {
    const report = await refused(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "pairings", "broken.xlsx");
    expect(problems(report)).toEqual([{ row: 0, reason: expect.stringMatching(/^not a readable XLSX file/) }]);
  });
});
