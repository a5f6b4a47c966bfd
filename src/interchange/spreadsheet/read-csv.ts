/**
 * CSV as Excel and WPS save it: UTF-8 with or without a BOM, UTF-16 with a BOM ("Unicode text"), or,
 * on Chinese Windows, the local code page GB18030 (a superset of GBK and GB2312) with no mark at all.
 * Bytes that are not valid UTF-8 are read as GB18030, which Node's TextDecoder supports (full ICU).
 * The delimiter is whichever of , ; and tab the header line uses most.
 */
import { parse } from "csv-parse/sync";
import { keepRow, RawRow, SheetData, SheetTooLarge, SheetUnreadable } from "./sheet";

export function decodeCsv(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8 (BOM)" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}

function delimiterOf(text: string): string {
  const firstLine = text.slice(0, Math.max(0, text.indexOf("\n")) || text.length);
  const counts = [",", ";", "\t"].map((d) => [d, firstLine.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

export function readCsv(bytes: Uint8Array, maxRows = Infinity): SheetData {
  const { text, encoding } = decodeCsv(bytes);
  const rows: RawRow[] = [];
  let record = 0;
  try {
    parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      skip_empty_lines: false,
      // Kept as they are read, so a sheet over maxRows stops at its limit instead of being held whole.
      on_record: (cells: string[]) => {
        // A spreadsheet shows each CSV record as one row, quoted line breaks and all.
        record += 1;
        if (cells.some((c) => c.trim() !== "")) keepRow(rows, { row: record, cells }, maxRows);
        return null;
      },
    });
  } catch (error) {
    if (error instanceof SheetTooLarge) throw error;
    throw new SheetUnreadable(`not a readable CSV file (${(error as Error).message})`);
  }
  return { rows, format: `csv ${encoding}` };
}
