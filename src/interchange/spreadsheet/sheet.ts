import type { CellValue } from "./values";

/** One row of a sheet as its reader found it, numbered as the spreadsheet numbers it (from 1). */
export interface RawRow {
  row: number;
  /** By 0-based column. */
  cells: CellValue[];
  /** Cells a reader could not give a value for (#N/A, a formula never calculated), by column. */
  errors?: { index: number; reason: string }[];
}

/** What a reader hands on: the rows that hold anything, in order. */
export interface SheetData {
  rows: RawRow[];
  /** How the bytes were read, for the report: "xlsx", "csv utf-8", "csv gb18030"... */
  format: string;
}

export class SheetUnreadable extends Error {}

/** More rows hold anything than the reader was allowed to keep (an upload's limit): it stops there. */
export class SheetTooLarge extends SheetUnreadable {
  constructor(readonly maxRows: number) {
    super(`the sheet has more than ${maxRows.toLocaleString("en")} rows, more than one upload takes: import it with \`npm run import -- FILE --template NAME\`, or send it in parts`);
  }
}

/** Keeps a row that holds anything, or refuses the sheet once it has more than maxRows below its header. */
export function keepRow(rows: RawRow[], row: RawRow, maxRows: number): void {
  if (rows.length > maxRows) throw new SheetTooLarge(maxRows);
  rows.push(row);
}
