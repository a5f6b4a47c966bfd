import { readCsv, decodeCsv } from "../../src/interchange/spreadsheet/read-csv";
import { matchHeaders, TEMPLATES, isExampleRow } from "../../src/interchange/spreadsheet/templates";
import { normalizeText, parseCategory, parseDate, parseKind, parseStatus, parseText } from "../../src/interchange/spreadsheet/values";
import { stableHash } from "../../src/interchange/spreadsheet/to-records";

const value = <T>(p: { ok: true; value: T } | { ok: false; reason: string }): T | string => (p.ok ? p.value : `bad: ${p.reason}`);

describe("register values as people type them", () => {
  it("reads dates in the forms offices write them, keeping their precision", () => {
    expect(value(parseDate("2024-03-05"))).toBe("2024-03-05");
    expect(value(parseDate("2024/3/5"))).toBe("2024-03-05");
    expect(value(parseDate("2024.3.5"))).toBe("2024-03-05");
    expect(value(parseDate("2024.03"))).toBe("2024-03");
    expect(value(parseDate("2024年3月"))).toBe("2024-03");
    expect(value(parseDate("2024年3月5日"))).toBe("2024-03-05");
    expect(value(parseDate("２０２４年３月"))).toBe("2024-03"); // full-width digits
    expect(value(parseDate("2024"))).toBe("2024");
    expect(value(parseDate(2024))).toBe("2024"); // a year typed into a number cell
    expect(value(parseDate(new Date(Date.UTC(2024, 2, 5))))).toBe("2024-03-05");
    expect(value(parseDate(""))).toBeUndefined();
    expect(value(parseDate(null))).toBeUndefined();
  });

  it("refuses dates that do not exist or are not dates", () => {
    expect(value(parseDate("2024-02-30"))).toMatch(/^bad: no such date \(2024-02-30\)/);
    expect(value(parseDate("2023-13"))).toMatch(/^bad: no such date/);
    expect(value(parseDate("三月"))).toMatch(/^bad: not a date/);
    expect(value(parseDate("03/05/2024"))).toMatch(/^bad: not a date/);
  });

  it("maps kind words to the model's kinds", () => {
    expect(value(parseKind("共驻共建"))).toBe("co_building");
    expect(value(parseKind("结对共建"))).toBe("co_building");
    expect(value(parseKind(" 双报到 "))).toBe("dual_registration");
    expect(value(parseKind("帮扶"))).toBe("assistance");
    expect(value(parseKind("联系"))).toBe("liaison");
    expect(value(parseKind("包保"))).toBe("liaison");
    expect(value(parseKind("指导"))).toBe("guidance");
    expect(value(parseKind("Dual Registration"))).toBe("dual_registration");
    expect(value(parseKind("co-building"))).toBe("co_building");
    expect(value(parseKind("结亲"))).toMatch(/^bad: unknown kind: write one of 共驻共建、结对共建/);
  });

  it("maps category and status words, Chinese or English", () => {
    expect(value(parseCategory("养老"))).toBe("elderly_care");
    expect(value(parseCategory("志愿服务"))).toBe("volunteering");
    expect(value(parseCategory("Elderly Care"))).toBe("elderly_care");
    expect(value(parseCategory("ＨＥＡＬＴＨ"))).toBe("health");
    expect(value(parseCategory("天文"))).toMatch(/^bad: unknown category/);
    expect(value(parseStatus("已满足"))).toBe("met");
    expect(value(parseStatus("open"))).toBe("open");
  });

  it("normalizes full-width characters and whitespace, and refuses a huge cell", () => {
    expect(normalizeText("　市人民医院\t 党委　")).toBe("市人民医院 党委");
    expect(normalizeText("ＡＢＣ１２３（示例）")).toBe("ABC123(示例)");
    expect(value(parseText("x".repeat(501)))).toMatch(/^bad: longer than 500 characters/);
  });
});

describe("headers", () => {
  it("matches Chinese, English and template headers in any order, and names the unknown ones", () => {
    const m = matchHeaders(TEMPLATES.pairings, ["Kind", "社区", "单位/unit", "备注", "开始时间"]);
    expect(Object.fromEntries(m.indexes)).toEqual({ kind: 0, community: 1, unit: 2, since: 4 });
    expect(m.unknown).toEqual([{ index: 3, header: "备注" }]);
    expect(m.missing).toEqual([]);
  });

  it("finds a missing required column and a duplicated one", () => {
    const m = matchHeaders(TEMPLATES.pairings, ["单位", "unit", "类型"]);
    expect(m.missing.map((c) => c.key)).toEqual(["community"]);
    expect(m.duplicated.map((d) => [d.column.key, d.headers])).toEqual([["unit", ["单位", "unit"]]]);
  });

  it("recognizes the template's example row, typed with full-width brackets too", () => {
    expect(isExampleRow("(示例 example) 示例社区")).toBe(true);
    expect(isExampleRow("（示例 example）示例社区")).toBe(true);
    expect(isExampleRow("示例社区")).toBe(false);
  });
});

describe("CSV bytes", () => {
  const gb18030 = (text: string): Buffer => {
    // Node has no GB18030 encoder; these bytes are 单位,社区 and 中文 in GB18030 (GBK range).
    const table: Record<string, number[]> = { 单: [0xb5, 0xa5], 位: [0xce, 0xbb], 社: [0xc9, 0xe7], 区: [0xc7, 0xf8], 中: [0xd6, 0xd0], 文: [0xce, 0xc4] };
    return Buffer.from([...text].flatMap((ch) => table[ch] ?? [ch.charCodeAt(0)]));
  };

  it("detects UTF-8 with and without a BOM, and GB18030", () => {
    expect(decodeCsv(Buffer.from("\ufeff单位,社区\n", "utf8"))).toEqual({ text: "单位,社区\n", encoding: "utf-8 (BOM)" });
    expect(decodeCsv(Buffer.from("单位,社区\n", "utf8"))).toEqual({ text: "单位,社区\n", encoding: "utf-8" });
    expect(decodeCsv(gb18030("单位,社区\n中文,文\n"))).toEqual({ text: "单位,社区\n中文,文\n", encoding: "gb18030" });
  });

  it("numbers rows as a spreadsheet shows them, through blank lines and quoted line breaks", () => {
    const sheet = readCsv(Buffer.from('unit,community\r\n"a\nb",c\r\n\r\nd,e\r\n'));
    expect(sheet.rows.map((r) => [r.row, r.cells])).toEqual([
      [1, ["unit", "community"]],
      [2, ["a\nb", "c"]],
      [4, ["d", "e"]],
    ]);
  });

  it("takes a semicolon or tab as the delimiter when the header uses it", () => {
    expect(readCsv(Buffer.from("unit;community\nx;y\n")).rows[1].cells).toEqual(["x", "y"]);
    expect(readCsv(Buffer.from("unit\tcommunity\nx\ty\n")).rows[1].cells).toEqual(["x", "y"]);
  });
});

describe("deterministic ids", () => {
  it("depend on what identifies a record, nothing else", () => {
    expect(stableHash(["pairing", "a", "b", "co_building", "2024-03"])).toBe(stableHash(["pairing", "a", "b", "co_building", "2024-03"]));
    expect(stableHash(["pairing", "a", "b", "co_building", "2024-03"])).not.toBe(stableHash(["pairing", "a", "b", "co_building", "2024-04"]));
    expect(stableHash(["x", undefined])).toBe(stableHash(["x", ""]));
  });
});
