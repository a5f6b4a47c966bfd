/**
 * A sheet's rows read against its template: the header row matched (a missing or repeated column
 * refuses the file at once), then every cell read as its column's kind of value. Each bad cell is
 * a problem at its row and column; the rows are read to the end so that a refusal lists them all.
 */
import { RowProblem } from "./problems";
import { NameRequest } from "./resolve-names";
import { RawRow, SheetData } from "./sheet";
import { ColumnSpec, headerOf, isExampleRow, matchHeaders, TemplateSpec } from "./templates";
import { cellText, MAX_CELL_LENGTH, Parsed, parseCategory, parseDate, parseKind, parseStatus, parseText } from "./values";

/** A data row's values by column key: text, a partial ISO date or an enumeration's value. */
export interface ParsedRow {
  row: number;
  values: Record<string, string | undefined>;
  /** A cell of it was refused: its names are still resolved, so the refusal lists all that is wrong with it. */
  bad?: boolean;
}

export interface ReadRows {
  /** Every data row, bad ones marked. */
  rows: ParsedRow[];
  problems: RowProblem[];
  /** Headers no column of the template takes: reported, their cells ignored. */
  unknownColumns: string[];
  skipped: { example: number };
  /** Every distinct name a party column holds. */
  names: NameRequest[];
  /** Set when the file is refused before its rows are read. */
  fatal: boolean;
}

function parseCell(column: ColumnSpec, value: RawRow["cells"][number]): Parsed<string | undefined> {
  switch (column.kind) {
    case "date":
      return parseDate(value);
    case "kind":
      return parseKind(value);
    case "category":
      return parseCategory(value);
    case "status":
      return parseStatus(value);
    default:
      return parseText(value);
  }
}

export function readRows(template: TemplateSpec, data: SheetData, progress?: (rows: number) => void): ReadRows {
  const result: ReadRows = { rows: [], problems: [], unknownColumns: [], skipped: { example: 0 }, names: [], fatal: true };
  const [header, ...body] = data.rows;
  if (!header) {
    result.problems.push({ row: 0, reason: "the file is empty" });
    return result;
  }
  const match = matchHeaders(template, header.cells.map(cellText));
  result.unknownColumns = match.unknown.map((u) => u.header);
  for (const column of match.missing) {
    result.problems.push({ row: header.row, column: headerOf(column), reason: `missing required column: the header row needs ${column.zh} or ${column.en}` });
  }
  for (const { column, headers } of match.duplicated) {
    result.problems.push({ row: header.row, column: headerOf(column), value: headers.join(", "), reason: "the column appears more than once" });
  }
  if (result.problems.length) return result;
  result.fatal = false;

  const columns = template.columns.filter((c) => match.indexes.has(c.key));
  const firstIndex = Math.min(...match.indexes.values());
  const names = new Map<string, NameRequest>();
  for (const raw of body) {
    if (isExampleRow(cellText(raw.cells[firstIndex] ?? null))) {
      result.skipped.example += 1;
      continue;
    }
    const values: Record<string, string | undefined> = {};
    let bad = false;
    const problem = (column: ColumnSpec, value: string | undefined, reason: string): void => {
      bad = true;
      result.problems.push({ row: raw.row, column: headerOf(column), ...(value !== undefined ? { value } : {}), reason });
    };
    for (const column of columns) {
      const index = match.indexes.get(column.key)!;
      const cellError = raw.errors?.find((e) => e.index === index);
      if (cellError) {
        problem(column, undefined, cellError.reason);
        continue;
      }
      const cell = raw.cells[index] ?? null;
      // Checked before any parsing: a huge cell is refused, not normalized and matched.
      if (typeof cell === "string" && cell.length > MAX_CELL_LENGTH) {
        problem(column, cell, `longer than ${MAX_CELL_LENGTH} characters (${cell.length})`);
        continue;
      }
      const parsed = parseCell(column, cell);
      if (!parsed.ok) problem(column, cellText(cell), parsed.reason);
      else if (parsed.value === undefined && column.required) problem(column, undefined, "required, but empty");
      else {
        values[column.key] = parsed.value;
        if (column.kind === "party" && parsed.value !== undefined && column.types) {
          const request = { value: parsed.value, types: column.types };
          names.set(`${column.key}\u0000${parsed.value}`, request);
        }
      }
    }
    result.rows.push(bad ? { row: raw.row, values, bad } : { row: raw.row, values });
    if ((result.rows.length + 1) % 10000 === 0) progress?.(result.rows.length);
  }
  if (result.rows.length === 0) {
    result.problems.push({ row: header.row, reason: "no rows below the header" });
  }
  result.names = [...names.values()];
  return result;
}
