/**
 * XLSX through exceljs's streaming reader: a 100,000-row register never sits in memory as a
 * workbook model, only as the rows we keep. The first worksheet is the register.
 */
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { keepRow, RawRow, SheetData, SheetTooLarge, SheetUnreadable } from "./sheet";
import type { CellValue } from "./values";

type ExcelValue = ExcelJS.CellValue;

/** A cell's value as typed or calculated: formulas by their cached result, rich text as its text. */
function valueOf(value: ExcelValue): { value: CellValue } | { error: string } {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return { value };
  if (typeof value !== "object") return { value: String(value) };
  if ("error" in value) return { error: `the cell shows the error ${String(value.error)}` };
  if ("richText" in value) return { value: value.richText.map((part) => part.text).join("") };
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: ExcelValue }).result;
    // A formula written by a program that never calculated it has no cached value to read.
    if (result === undefined) return { error: "a formula without a calculated value: open the file in Excel or WPS and save it" };
    return valueOf(result);
  }
  if ("text" in value) return { value: String((value as { text: unknown }).text) };
  return { value: null };
}

function isEmpty(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

export async function readXlsx(bytes: Buffer, maxRows = Infinity): Promise<SheetData> {
  const rows: RawRow[] = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), {
      sharedStrings: "cache",
      // Styles tell a date cell from a number: Excel stores both as numbers.
      styles: "cache",
      hyperlinks: "ignore",
      worksheets: "emit",
      entries: "emit",
    });
    for await (const worksheet of reader) {
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as ExcelValue[];
        const cells: CellValue[] = [];
        const errors: { index: number; reason: string }[] = [];
        // exceljs numbers columns from 1: values[0] is always empty.
        for (let i = 1; i < values.length; i += 1) {
          const read = valueOf(values[i]);
          if ("error" in read) {
            errors.push({ index: i - 1, reason: read.error });
            cells.push(null);
          } else cells.push(read.value);
        }
        if (errors.length === 0 && cells.every(isEmpty)) continue;
        keepRow(rows, errors.length ? { row: row.number, cells, errors } : { row: row.number, cells }, maxRows);
      }
      break;
    }
  } catch (error) {
    if (error instanceof SheetTooLarge) throw error;
    throw new SheetUnreadable(`not a readable XLSX file (${(error as Error).message})`);
  }
  return { rows, format: "xlsx" };
}
