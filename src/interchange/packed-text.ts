/**
 * A column of text sent as one string, split by Cypher once per batch. neo4j-driver looks at every
 * value it sends against each of its temporal and spatial types and encodes every string on its
 * own; a 5,000-row batch of pairings is 40,000 values, most of them short strings, and that was the
 * largest part of this process's CPU while an import writes (docs/performance.md, "Spreadsheet
 * import"). Joined, a column is one value. A column joins only when no value holds the separator;
 * otherwise, or when a row lacks the property, it goes as a list, as before.
 */
import neo4j from "neo4j-driver";
import { speedUp } from "../speed-switches";

/** Between rows, and between the items of a row's list. Control characters no register types. */
const ROW = "\u001e";
const ITEM = "\u001f";
/** The same separators as Cypher string literals. */
const cypherLiteral = (separator: string): string => `'\\u${separator.charCodeAt(0).toString(16).padStart(4, "0")}'`;

/** How a column travels: as the list itself, as one string of rows, or as one string of rows of items. */
export type Packing = "list" | "text" | "texts";

export interface PackedColumns {
  /** What the statement reads: `$values[k]`, whatever its packing. */
  values: unknown[];
  packing: Packing[];
  /** Rows in the batch: the statement cannot count a joined column without splitting it. */
  rows: ReturnType<typeof neo4j.int>;
}

const plainText = (value: unknown): value is string => typeof value === "string" && !value.includes(ROW) && !value.includes(ITEM);

function packingOf(column: readonly unknown[]): Packing {
  if (column.every(plainText)) return "text";
  // An empty list would come back as one empty item: sent as a list.
  const texts = column.every((value) => Array.isArray(value) && value.length > 0 && value.every(plainText));
  return texts ? "texts" : "list";
}

/** A batch's columns (`rows` rows each) as they travel: each column joined when it can be, as it is when not. */
export function packColumns(values: readonly unknown[][], rows: number): PackedColumns {
  const packing = values.map((column) => (speedUp("packText") ? packingOf(column) : "list"));
  return {
    values: values.map((column, k) =>
      packing[k] === "text" ? column.join(ROW) : packing[k] === "texts" ? (column as string[][]).map((items) => items.join(ITEM)).join(ROW) : column,
    ),
    packing,
    rows: neo4j.int(rows),
  };
}

/** `WITH` the split columns, before the statement's UNWIND. */
export function splitColumns(packing: readonly Packing[]): string {
  const split = packing.flatMap((p, k) => (p === "list" ? [] : [`split($values[${k}], ${cypherLiteral(ROW)}) AS c${k}`]));
  return split.length ? `WITH ${split.join(", ")}` : "";
}

/** Column k's value at row `row`, in a statement that began with splitColumns. */
export function columnAt(packing: readonly Packing[], k: number, row: string): string {
  if (packing[k] === "text") return `c${k}[${row}]`;
  if (packing[k] === "texts") return `split(c${k}[${row}], ${cypherLiteral(ITEM)})`;
  return `$values[${k}][${row}]`;
}
