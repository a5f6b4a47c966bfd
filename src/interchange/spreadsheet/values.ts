/**
 * Cell values as people type them in a register, turned into the interchange's values: text
 * normalized (NFKC folds full-width letters, digits and punctuation; runs of whitespace become one
 * space), dates in the forms Chinese offices write them kept at their precision, and the kind,
 * category and status words of the registers mapped to the model's enumerations.
 */
import { isPartialDate } from "../../graph/dates";
import { CATEGORIES } from "../../graph/model";

/** A cell as a reader hands it over: text, a number, a real date cell, or nothing. */
export type CellValue = string | number | boolean | Date | null;

/** Longer than any name or role a register holds; Excel's own cell limit is 32,767 characters. */
export const MAX_CELL_LENGTH = 500;

/** NFKC, then whitespace (including the ideographic space U+3000, which NFKC maps to a space) collapsed. */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").replace(/\s+/gu, " ").trim();
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

/** A cell's text: numbers as written (a year typed as 2024), dates as ISO days. */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (value instanceof Date) return isoDay(value);
  return normalizeText(String(value));
}

/**
 * Date cells reach readers as instants at UTC midnight of the day shown (Excel stores no zone), so
 * the day is read in UTC; a time of day on the cell is dropped.
 */
function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const pad = (n: string): string => n.padStart(2, "0");

/**
 * 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, 2024-03, 2024/3, 2024.03, 2024年3月, 2024, 2024年,
 * 20240305; a real date cell. Precision is kept: 2024.03 is the month 2024-03, not its first day.
 */
export function parseDate(value: CellValue): Parsed<string | undefined> {
  if (value === null) return ok(undefined);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return bad("not a date");
    return ok(isoDay(value));
  }
  const text = cellText(value).replace(/\s/g, "");
  if (text === "") return ok(undefined);
  let iso: string | undefined;
  const separated = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(text);
  const chinese = /^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})[日号])?)?$/.exec(text);
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  const match = separated ?? chinese ?? compact;
  if (match) {
    const [, y, m, d] = match;
    iso = y + (m ? `-${pad(m)}` : "") + (m && d ? `-${pad(d)}` : "");
  }
  if (!iso) return bad("not a date: write it as 2024-03-05, 2024/3/5, 2024.03 or 2024年3月");
  if (!isPartialDate(iso)) return bad(`no such date (${iso})`);
  return ok(iso);
}

/** Words folded for lookup: normalized, lower case, spaces and hyphens as underscores. */
const fold = (text: string): string => normalizeText(text).toLowerCase().replace(/[\s-]+/g, "_");

function lookup<T extends string>(words: Record<string, T>, values: readonly T[], what: string, value: CellValue): Parsed<T | undefined> {
  const text = cellText(value);
  if (text === "") return ok(undefined);
  const key = fold(text);
  if ((values as readonly string[]).includes(key)) return ok(key as T);
  const found = words[key];
  if (found) return ok(found);
  return bad(`unknown ${what}: write one of ${[...new Set(Object.keys(words).filter((w) => !/^[a-z_]+$/.test(w)))].join("、")} or ${values.join(", ")}`);
}

export const PAIRING_KINDS = ["co_building", "dual_registration", "assistance", "liaison", "guidance", "other"] as const;
export type PairingKind = (typeof PAIRING_KINDS)[number];

/** The words registers use for a pairing's kind (contract section 1), Chinese first. */
export const KIND_WORDS: Record<string, PairingKind> = {
  共驻共建: "co_building",
  结对共建: "co_building",
  共建: "co_building",
  双报到: "dual_registration",
  帮扶: "assistance",
  结对帮扶: "assistance",
  联系: "liaison",
  包保: "liaison",
  包联: "liaison",
  指导: "guidance",
  其他: "other",
  其它: "other",
  co_build: "co_building",
  cobuilding: "co_building",
  dual_report: "dual_registration",
};

export const parseKind = (value: CellValue): Parsed<PairingKind | undefined> => lookup(KIND_WORDS, PAIRING_KINDS, "kind", value);

export type Category = (typeof CATEGORIES)[number];

/** The words of 需求/资源清单 for the categories of contract 4.2. */
export const CATEGORY_WORDS: Record<string, Category> = {
  教育: "education",
  助学: "education",
  养老: "elderly_care",
  为老: "elderly_care",
  助老: "elderly_care",
  托育: "childcare",
  托幼: "childcare",
  儿童: "childcare",
  医疗: "health",
  健康: "health",
  卫生: "health",
  就业: "employment",
  文化: "culture",
  文体: "culture",
  环境: "environment",
  环保: "environment",
  人居环境: "environment",
  安全: "safety",
  平安: "safety",
  法律: "legal",
  法治: "legal",
  金融: "finance",
  志愿服务: "volunteering",
  志愿: "volunteering",
  物业: "property",
  其他: "other",
  其它: "other",
  elderly: "elderly_care",
  child_care: "childcare",
  volunteer: "volunteering",
};

export const parseCategory = (value: CellValue): Parsed<Category | undefined> => lookup(CATEGORY_WORDS, CATEGORIES, "category", value);

export const NEED_STATUSES = ["open", "met", "withdrawn"] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

export const STATUS_WORDS: Record<string, NeedStatus> = {
  待认领: "open",
  未认领: "open",
  未满足: "open",
  进行中: "open",
  已满足: "met",
  已认领: "met",
  已完成: "met",
  已解决: "met",
  已撤销: "withdrawn",
  撤销: "withdrawn",
  撤回: "withdrawn",
  已撤回: "withdrawn",
};

export const parseStatus = (value: CellValue): Parsed<NeedStatus | undefined> => lookup(STATUS_WORDS, NEED_STATUSES, "status", value);

/** Plain text (a name, a role), refused when longer than any register's cell should be. */
export function parseText(value: CellValue): Parsed<string | undefined> {
  const text = cellText(value);
  if (text.length > MAX_CELL_LENGTH) return bad(`longer than ${MAX_CELL_LENGTH} characters (${text.length})`);
  return ok(text === "" ? undefined : text);
}
