/**
 * exceljs's streaming reader decoded each 16 kB piece of an XLSX part on its own, so a Chinese
 * character cut by a piece boundary came out as U+FFFD (about one row in a thousand of a large
 * register: "单位937" read as "单���937", which then matched no unit). patches/exceljs+4.4.0.patch
 * gives each part one streaming decoder; this reads back every name of a register large enough to
 * have many boundaries in its shared strings and sheet.
 */
import os from "node:os";
import path from "node:path";
import fs from "node:fs";
import ExcelJS from "exceljs";
import { readXlsx } from "../../src/interchange/spreadsheet/read-xlsx";
import { SheetTooLarge } from "../../src/interchange/spreadsheet/sheet";

describe("reading a large XLSX of Chinese names", () => {
  it("reads every multi-byte name as written, whichever 16 kB piece boundary cuts it, up to a row limit", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "partygraph-xlsx-"));
    const file = path.join(dir, "register.xlsx");
    try {
      const written: string[][] = [];
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
      const sheet = workbook.addWorksheet("pairings");
      sheet.addRow(["单位", "社区", "类型"]).commit();
      // 3,000 distinct names: about 70 kB of shared strings, three bytes a character.
      for (let i = 0; i < 3000; i += 1) {
        const row = [`济宁高新区第${i}机关单位`, `洸河街道第${i % 97}社区`, i % 2 ? "双报到" : "共驻共建"];
        written.push(row);
        sheet.addRow(row).commit();
      }
      sheet.commit();
      await workbook.commit();

      const { rows } = await readXlsx(fs.readFileSync(file));
      const read = rows.slice(1).map((row) => row.cells);
      expect(read.filter((cells) => cells.some((cell) => typeof cell === "string" && cell.includes("\uFFFD")))).toEqual([]);
      expect(read).toEqual(written);
      // An upload's row limit stops the reader at the first row past it (the header not counted).
      await expect(readXlsx(fs.readFileSync(file), 2999)).rejects.toThrow(SheetTooLarge);
      expect((await readXlsx(fs.readFileSync(file), 3000)).rows).toHaveLength(3001);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
