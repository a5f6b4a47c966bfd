/**
 * JSON.stringify's exact text, handed out in pieces of at most about PIECE_CHARS characters.
 *
 * Why: V8 puts any string over 128 kB in its large-object space, and making one there is slow on
 * the machines we measure on: flattening the rope JSON.stringify returns for a district's tree
 * (313 kB) took 2.2-2.5 ms, against 0.13 ns a character (0.04 ms for the whole) below that size
 * (8 ns a character above it, a fresh mapping of memory each time). Every write of that string
 * (Buffer.from, a socket) flattens it first. In pieces, no string of the answer ever gets there.
 */
export const PIECE_CHARS = 32_768;

/** What JSON.stringify leaves out of an object and writes as null in an array. */
const omitted = (value: unknown): boolean => value === undefined || typeof value === "function" || typeof value === "symbol";

/**
 * A lower bound on the length of value's JSON, good enough to cut by (escapes are not counted),
 * that stops counting once past budget: deciding about the whole answer costs at most the budget.
 */
function lengthAtLeast(value: unknown, budget: number): number {
  if (typeof value === "string") return value.length + 2;
  if (value === null || typeof value !== "object") return 8;
  let length = 2;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length && length <= budget; i++) length += 1 + lengthAtLeast(value[i], budget - length);
    return length;
  }
  for (const key in value) {
    length += key.length + 4 + lengthAtLeast((value as Record<string, unknown>)[key], budget - length);
    if (length > budget) break;
  }
  return length;
}

/**
 * Writes value as JSON.stringify(value) would, through write, in pieces: a value that fits in a
 * piece is stringified whole; an array too long for one is stringified in runs of neighbouring
 * items that fit (a run's own brackets cut off); an object too large, key by key. Values with a
 * toJSON (dates) are stringified whole, as JSON.stringify would call it. `length`, when the caller
 * has measured it already (lengthAtLeast), spares measuring it again.
 */
export function writeJsonPieces(value: unknown, write: (text: string) => void, length?: number): void {
  if (value === null || typeof value !== "object" || typeof (value as { toJSON?: unknown }).toJSON === "function" || (length ?? lengthAtLeast(value, PIECE_CHARS)) <= PIECE_CHARS) {
    const text = JSON.stringify(value);
    if (text !== undefined) write(text);
    return;
  }
  if (Array.isArray(value)) writeArray(value, write);
  else writeObject(value as Record<string, unknown>, write);
}

function writeArray(items: unknown[], write: (text: string) => void): void {
  write("[");
  let from = 0;
  let runLength = 0;
  // Items from..to-1 as one piece: JSON.stringify of the run without its brackets.
  const flushRun = (to: number): void => {
    if (to <= from) return;
    const run = JSON.stringify(items.slice(from, to));
    write(from === 0 ? run.slice(1, -1) : `,${run.slice(1, -1)}`);
  };
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const length = omitted(item) ? 4 : lengthAtLeast(item, PIECE_CHARS);
    if (length > PIECE_CHARS) {
      flushRun(i);
      if (i > 0) write(",");
      writeJsonPieces(item, write, length);
      from = i + 1;
      runLength = 0;
    } else {
      if (runLength + length > PIECE_CHARS) {
        flushRun(i);
        from = i;
        runLength = 0;
      }
      runLength += length + 1;
    }
  }
  flushRun(items.length);
  write("]");
}

function writeObject(object: Record<string, unknown>, write: (text: string) => void): void {
  write("{");
  let first = true;
  for (const key of Object.keys(object)) {
    const field = object[key];
    if (omitted(field)) continue;
    write(`${first ? "" : ","}${JSON.stringify(key)}:`);
    first = false;
    writeJsonPieces(field, write);
  }
  write("}");
}
