/**
 * Checks the custom operations share: a date to ask "as of", a bounded integer, a page cursor.
 * Each refusal is a BAD_USER_INPUT naming the argument, what was expected and what came.
 */
import { firstDay, isPartialDate, today } from "../../graph/dates";
import { ID_PATTERN } from "../../graph/model";
import { badInput } from "../errors";
import { DEFAULT_LIMITS } from "../../config";

/** The largest page an operation gives: the limit the query-limits plugin puts on every `first`. */
export const MAX_PAGE = DEFAULT_LIMITS.maxPageSize;

/**
 * Refuses an id that no node can have (ID_PATTERN: what the importer accepts), so text such as
 * `' OR 1=1` is told apart from a well-formed id that is merely unknown (NOT_FOUND). The id is not
 * echoed: it may be anything.
 */
export function checkId(argument: string, id: string): void {
  if (!ID_PATTERN.test(id)) {
    throw badInput(`${argument} is not a well-formed id: ids are 1 to 128 letters, digits, ".", "_", ":" or "-", starting with a letter or digit.`, argument);
  }
}

/** The date an `asOf` argument stands for, as YYYY-MM-DD: its first day, or today when it is missing. */
export function asOfDay(asOf: string | null | undefined): string {
  if (asOf === undefined || asOf === null) return today();
  if (!isPartialDate(asOf)) {
    const got = asOf.length <= 16 ? JSON.stringify(asOf) : `${asOf.length} characters`;
    throw badInput(`asOf must be a real date as YYYY, YYYY-MM or YYYY-MM-DD; got ${got}.`, "asOf");
  }
  return firstDay(asOf);
}

/**
 * The one wording of an out-of-range argument, whether a resolver (checkRange) or the query-limits
 * plugin (page sizes, before anything runs) refuses it, so a client sees one message format.
 */
export function rangeMessage(argument: string, value: unknown, min: number, max: number): string {
  return `${argument} must be between ${min} and ${max}, got ${value}.`;
}

/**
 * The bounds of every page size (`first`, `limit`): 0 is allowed everywhere and gives an empty page
 * (with its totalCount where the answer has one), so one rule holds across the API.
 */
export const MIN_PAGE = 0;

/** Refuses an integer argument outside [min, max]. */
export function checkRange(argument: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(rangeMessage(argument, value, min, max), argument);
  }
}

// Cursors name the last item's id, so a page boundary survives inserts and deletes elsewhere in the list.
// The prefix and base64url make them opaque: clients pass them back, never build them.
const CURSOR_PREFIX = "id:";

export function encodeCursor(id: string): string {
  return Buffer.from(CURSOR_PREFIX + id, "utf8").toString("base64url");
}

/** The id a cursor names; a cursor this server did not make is BAD_USER_INPUT. */
export function decodeCursor(cursor: string, argument = "after"): string {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const id = text.slice(CURSOR_PREFIX.length);
  if (!text.startsWith(CURSOR_PREFIX) || !ID_PATTERN.test(id) || encodeCursor(id) !== cursor) {
    throw badInput(`${argument} is not a cursor from this API: pass the nextCursor of the previous page.`, argument);
  }
  return id;
}
