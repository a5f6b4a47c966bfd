/**
 * Figures: a number, a unit and the words around them (2300余名, 近30次, 约5万元, 10-20名, 50%,
 * 由成立之初的12家发展到目前的27家, 确保年底前…达到100%). Each becomes a Result with its qualifiers;
 * what the vocabulary lists decides what counts, the rules here only say where to look.
 */
import type { Sentence } from "./paragraphs";
import { CHINESE_NUMERAL, parseNumber } from "./numbers";
import { findDates } from "./dates";
import { guessMeasure } from "./measures";
import { tag } from "./segment";
import { Approx, DateBasis, Measure, Status, VOCABULARY } from "./vocabulary";

export interface Figure {
  value: number;
  unit: string;
  measure: Measure;
  approx: Approx;
  status: Status;
  dateBasis?: DateBasis;
  date?: string;
  /** The upper end of a range (10-20名): the Result keeps the lower end, the draft notes this one. */
  upTo?: number;
  /** Where the figure stands in the paragraph's normalized text. */
  start: number;
  end: number;
  doubts: string[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\%]/g, "\\$&");
const byLength = (a: string, b: string): number => b.length - a.length;

const UNITS = [...VOCABULARY.units].sort((a, b) => byLength(a.unit, b.unit));
const UNIT_ALT = UNITS.map((u) => escape(u.unit)).join("|");
const NUM = `\\d+(?:\\.\\d+)?|${CHINESE_NUMERAL}+`;
/** number, optional range end, optional 万, optional 余/多, unit, optional 余/多 after the unit (30次余 is rare but printed). */
const FIGURE = new RegExp(`(${NUM})(?:[-—~～至到](${NUM}))?(万(?!元))?(余|多)?(${UNIT_ALT})`, "g");

const QUOTES: [string, string][] = [["“", "”"], ["《", "》"], ['"', '"'], ["「", "」"], ["‘", "’"]];

/** Positions inside short quotations or titles: numbers there name something (“1+5+5”, 《三年行动》). */
function quoted(text: string): boolean[] {
  const inside = new Array<boolean>(text.length).fill(false);
  for (const [open, close] of QUOTES) {
    let from = 0;
    for (;;) {
      const s = text.indexOf(open, from);
      if (s < 0) break;
      const e = text.indexOf(close, s + 1);
      if (e < 0) break;
      // a short quotation names something (“1+5+5”); a long one is speech, whose figures are figures
      if (e - s <= 24) for (let i = s; i <= e; i++) inside[i] = true;
      from = e + 1;
    }
  }
  return inside;
}

/** The nouns right after a count word (个项目公司员工参加 gives 项目公司员工): what is counted. */
function countedNouns(after: string): string {
  let out = "";
  for (const t of tag(after)) {
    if (!t.tag.startsWith("n")) break;
    out += t.word;
  }
  return out;
}

/**
 * A target word whose own clause states a figure (确保年内建成20处) speaks for the whole sentence:
 * the steps listed before it are part of the target. One whose clause has no figure (确保实效) does not.
 */
function sentenceTarget(text: string): (typeof VOCABULARY.status)[number] | undefined {
  for (const s of VOCABULARY.status.filter((x) => x.sentence)) {
    for (let at = text.indexOf(s.word); at >= 0; at = text.indexOf(s.word, at + 1)) {
      if (/[\d零〇一二两三四五六七八九十百千万]/.test(text.slice(at + s.word.length, clauseStop(text, at)))) return s;
    }
  }
  return undefined;
}

/** Where the clause holding position `at` ends. */
function clauseStop(text: string, at: number): number {
  for (let i = at; i < text.length; i++) if ("，,；;：:。".includes(text[i])) return i;
  return text.length;
}

/** The clause holding position `at`: qualifiers and targets bind within it. */
function clauseStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if ("，,；;：:。".includes(text[i])) return i + 1;
  return 0;
}

function approxOf(before: string, inside: string | undefined, after: string): { approx: Approx; cue?: string } {
  if (inside) return { approx: "over" };
  for (const a of VOCABULARY.approx) {
    if (a.at === "before" && before.endsWith(a.word)) return { approx: a.approx };
    if (a.at === "after" && after.startsWith(a.word)) return { approx: a.approx };
  }
  return { approx: "exact" };
}

/** Figures of one sentence; `sourceDate` gives year-less dates their year. */
export function findFigures(sentence: Sentence, sourceDate?: string): Figure[] {
  const text = sentence.text;
  const isQuoted = quoted(text);
  const dates = findDates(text, sourceDate);
  const out: Figure[] = [];
  const listsCounts = new RegExp(`[二两三四五六七八九十](?:${UNIT_ALT})`).test(text);
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const [, first, second, wan, overInside, unitWord] = m;
    const unit = UNITS.find((u) => u.unit === unitWord)!;
    const chinese = !/\d/.test(first);
    if (isQuoted[start]) continue;
    // 一名, 一次, 一个 are idiom far more often than counts; in a list of counts (一个…、五项…) 一 counts too
    if (chinese && first === "一" && !listsCounts) continue;
    if (unit.chineseOnly && !chinese) continue;
    if (/[\d.]/.test(text[start - 1] ?? "") || /[A-Za-z\-]/.test(text[start - 1] ?? "")) continue;
    if (chinese && new RegExp(CHINESE_NUMERAL).test(text[start - 1] ?? "")) continue;
    const before = text.slice(clauseStart(text, start), start);
    if (VOCABULARY.numberStops.before.some((w) => before.endsWith(w))) continue;
    const rest = text.slice(end);
    if (VOCABULARY.numberStops.after.some((w) => text.slice(end - unitWord.length).startsWith(w))) continue;
    if ((VOCABULARY.notAfterUnit[unitWord] ?? []).some((w) => rest.startsWith(w))) continue;
    // 一X一Y (一村一品, 一企一策): a motto, not a count
    if (chinese && /^.一/.test(rest)) continue;
    let value = parseNumber(first);
    if (value === undefined) continue;
    if (wan) value *= 10000;
    const doubts: string[] = [];
    const upTo = second !== undefined ? parseNumber(second) : undefined;
    const after = rest.replace(/^(余|多)/, "");
    let { approx } = approxOf(before, overInside ?? (/^(余|多)/.test(rest) ? "余" : undefined), after);
    if (upTo !== undefined) {
      approx = "at_least";
      doubts.push(`a range up to ${upTo}`);
    }
    const clause = text.slice(clauseStart(text, start), end);
    // a target word of the sentence covers its figures too (建立三项制度…,确保年内到位), unless their own clause says done
    const wholeClause = text.slice(clauseStart(text, start), clauseStop(text, end));
    const statusCue =
      VOCABULARY.status.find((s) => clause.includes(s.word)) ??
      (VOCABULARY.doneWords.some((w) => wholeClause.includes(w)) ? undefined : sentenceTarget(text));
    const status: Status = statusCue?.status ?? "achieved";
    // The nearest word before the figure that says when it stood: a date, 成立之初, 目前...
    let dateBasis: DateBasis | undefined;
    let date: string | undefined;
    let cueAt = -1;
    const prefix = text.slice(0, start);
    for (const d of VOCABULARY.dateBasis) {
      const at = prefix.lastIndexOf(d.word);
      if (at >= 0 && at + d.word.length > cueAt) {
        cueAt = at + d.word.length;
        dateBasis = d.basis;
      }
    }
    let since: string | undefined;
    for (const d of dates) {
      if (d.end <= start && d.end > cueAt) {
        cueAt = d.end;
        // 自5月以来: a count since that date stands as of the article
        const opensPeriod = VOCABULARY.sinceWords.some((w) => text.slice(d.end).startsWith(w));
        dateBasis = opensPeriod ? "report" : "date";
        date = opensPeriod ? undefined : d.date;
        since = opensPeriod ? d.date : undefined;
      }
    }
    if (since) doubts.push(`counted since ${since}: as of the article`);
    // 由…的12家发展到27家: the first is where it started, the second where it stands now
    const grownTo = /(发展|增加|增长|扩大|提高|提升|上升|增)(到|至)了?$/.test(prefix) && /由[^，,。]*$/.test(prefix);
    if (grownTo && dateBasis === "founding") dateBasis = "report";
    if (dateBasis === "report" && sourceDate) date = undefined;
    if (text.slice(0, start).match(/(由|从)[^，,。]*$/) && !grownTo && /(发展|增加|增长|扩大|提高|提升|上升)(到|至)/.test(rest.slice(0, 12))) {
      if (dateBasis !== "founding") doubts.push("the starting figure of a growth");
    }
    // the counted thing follows the unit (170个单位); the words up to the next figure or mark are its name
    const afterWords = after.slice(0, 12).split(/[，,、；;。：:\d]/)[0];
    const clauseEnd = rest.search(/[，,；;。：:]/);
    // 三个子公司: the graph counts companies in 家
    const countedIn = VOCABULARY.countedIn.find((c) => c.unit === unit.canonical && countedNouns(afterWords).includes(c.noun));
    const canonical = countedIn?.canonical ?? unit.canonical;
    if (countedIn) doubts.push(`${unit.canonical} of ${countedIn.noun} counted in ${canonical}`);
    const { measure, guessed } = guessMeasure(canonical, before, afterWords, before + m[0] + (clauseEnd < 0 ? rest : rest.slice(0, clauseEnd)));
    if (guessed) doubts.push(measure === "other" ? "measure unknown" : "measure guessed from context");
    if (status !== "achieved") doubts.push(`${status}: ${statusCue!.word}${clause.includes(statusCue!.word) ? "" : " (in its sentence)"}`);
    // no date and no word for when: a newspaper's figure stands as of the article (contract: dateBasis report)
    if (!dateBasis) {
      dateBasis = "report";
      doubts.push("undated: as of the article");
    }
    out.push({ value, unit: canonical, measure, approx, status, dateBasis, date, upTo, start: sentence.start + start, end: sentence.start + end, doubts });
  }
  return out;
}
