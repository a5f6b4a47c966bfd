/**
 * Organizations and areas by what their names end in (vocabulary `organizationSuffixes`, longest
 * first): 洸河街道党工委 is a working committee, 洸河街道 an area, 府河村 a village. Where a name begins
 * is read from the segmentation: the words before the suffix back to a verb, a particle, a number or
 * punctuation (vocabulary `nameBreakers`); a name made only of generic words (各社区, 城市社区) is none.
 */
import type { Sentence } from "./paragraphs";
import { tag, Token } from "./segment";
import { OrgType, SuffixRule, VOCABULARY } from "./vocabulary";

export interface OrgMention {
  name: string;
  type: OrgType;
  rule: SuffixRule;
  /** In the paragraph's normalized text. */
  start: number;
  end: number;
}

const SUFFIXES = [...VOCABULARY.organizationSuffixes].sort((a, b) => b.suffix.length - a.suffix.length);
const BREAKERS = new Set(VOCABULARY.nameBreakers);
const GENERIC = new Set(VOCABULARY.genericNames);
/** Tags that end a name when walking back: prepositions, conjunctions, particles, pronouns, adverbs, measure words. */
const STOP_TAGS = /^(p|c|u.*|r.*|d|y|e|o|q|f|w)$/;
const CJK = /^[\u3400-\u9fff]+$/;
/** Single-character suffixes that also end ordinary words (城区, 超市, 园区): a name needs a place word before them. */
const WEAK_AREA_SUFFIXES = new Set(["区", "市", "县", "镇"]);
const MAX_NAME = 20;
const NOT_NAMES = VOCABULARY.wordsNotNames;
const PLACE_SUFFIXES = new Set(VOCABULARY.placeSuffixes);
/** Tags a place name gets: a known place (ns), a name (nr, nz, nt), or a word the dictionary does not know (x, zg). */
const PLACE_TAGS = /^(ns|nr.*|nz|nt|x|zg|j)$/;
const UNIT_CHARS = new Set(["个", "家", "处", "名", "所", "余", "多", "条", "项", "支"]);

const QUOTE_PAIRS: [string, string][] = [["“", "”"], ["《", "》"], ['"', '"']];

function insideQuotes(text: string, at: number): boolean {
  for (const [open, close] of QUOTE_PAIRS) {
    let depth = false;
    for (let i = 0; i < at; i++) {
      if (open === close ? text[i] === open : text[i] === open || text[i] === close) depth = open === close ? !depth : text[i] === open;
    }
    if (depth) return true;
  }
  return false;
}

function isNamePart(t: Token, next?: Token): boolean {
  if (!CJK.test(t.word)) return false;
  // A verb of two characters or more before a word of two or more (强化 党建, 谈及 祥和) ends the name;
  // before a single character it is part of one (创新 谷, 推进 组).
  if (/^v[dgi]?$/.test(t.tag) && t.word.length >= 2 && next && next.word.length >= 2) return false;
  if (BREAKERS.has(t.word)) return false;
  if (STOP_TAGS.test(t.tag) && t.word.length === 1) return false;
  if (/^(p|c|u.*|r.*|d|y|e|i)$/.test(t.tag)) return false;
  return true;
}

/** Where the name ending at `suffixStart` begins, in sentence text. */
function nameStart(tokens: Token[], text: string, suffixStart: number): number {
  let i = tokens.findIndex((t) => t.start <= suffixStart && suffixStart < t.end);
  if (i < 0) return suffixStart;
  let start = tokens[i].start;
  // The token holding the suffix may begin with a breaker (开展志愿服务队): then the name starts at the suffix.
  if (start < suffixStart && !isNamePart({ ...tokens[i], word: text.slice(tokens[i].start, suffixStart) })) start = suffixStart;
  for (i -= 1; i >= 0; i--) {
    const t = tokens[i];
    if (!isNamePart(t, tokens[i + 1]) || suffixStart - t.start > MAX_NAME) break;
    start = t.start;
  }
  // A breaker glued to the front of a token by the segmenter (在济宁): drop it.
  for (;;) {
    const b = [...BREAKERS].find((w) => w.length <= 2 && text.startsWith(w, start) && start + w.length < suffixStart && !GENERIC.has(text.slice(start, suffixStart)));
    if (!b || !["在", "由", "与", "和", "及", "对", "向", "为", "到", "从", "把", "将", "让", "使", "以", "给", "是", "的", "了", "各", "全", "该", "每"].includes(b)) break;
    start += b.length;
  }
  return start;
}

function generic(stem: string): boolean {
  if (stem.length === 0) return true;
  if (GENERIC.has(stem)) return true;
  // 各社区, 城市社区党: the stem is only generic words
  for (const g of GENERIC) if (stem.startsWith(g) && generic(stem.slice(g.length)) && stem.length > g.length) return true;
  return false;
}

export function findOrganizations(sentence: Sentence): OrgMention[] {
  const text = sentence.text;
  const tokens = tag(text);
  const out: OrgMention[] = [];
  const taken = new Set<number>();
  for (let end = text.length; end > 0; end--) {
    const rule = SUFFIXES.find((r) => text.endsWith(r.suffix, end));
    if (!rule) continue;
    const suffixStart = end - rule.suffix.length;
    if (taken.has(end)) continue;
    if (NOT_NAMES.some((w) => text.endsWith(w, end))) continue;
    if (insideQuotes(text, suffixStart)) continue;
    // 社区 inside 社区党委 is fine; 街道 in 街道办事处 too: but a suffix must end a word, not begin one (区域, 村民)
    const next = text[end] ?? "";
    const token = tokens.find((t) => t.start < end && end < t.end);
    if (token && !/^(街道|社区|村|市|区|县|镇)/.test(text.slice(suffixStart))) continue;
    if (token && /^(区|村|市|县|镇)$/.test(rule.suffix) && token.end > end) continue;
    if (/^(民|委|级|域|内|外|间|长|属|容|民)/.test(next) && rule.type === "Area") continue;
    if (next === "民" && rule.type === "Community") continue;
    if ((VOCABULARY.suffixNotBefore[rule.suffix] ?? []).some((w) => text.startsWith(w, end))) continue;
    let start = nameStart(tokens, text, suffixStart);
    // 56处红帆驿站, 400余处绿色驿站: the count word before a name is not part of it
    while (start < suffixStart && /[\d余多]/.test(text[start - 1] ?? "") && UNIT_CHARS.has(text[start])) start++;
    // 街道洸河新苑社区, 首批武汉绿色驿站: generic words in front are not the name
    for (let moved = true; moved; ) {
      moved = false;
      for (const g of ["街道", "社区", "首批", "首家", "全区", "全市", "区直", "市直"]) {
        if (text.startsWith(g, start) && start + g.length < suffixStart && !generic(text.slice(start + g.length, suffixStart))) {
          start += g.length;
          moved = true;
        }
      }
    }
    const name = text.slice(start, end);
    const stem = text.slice(start, suffixStart);
    if (generic(stem)) continue;
    if (PLACE_SUFFIXES.has(rule.suffix) && !tokens.some((t) => t.start < suffixStart && t.end > start && PLACE_TAGS.test(t.tag))) continue;
    if (WEAK_AREA_SUFFIXES.has(rule.suffix)) {
      const placeWord = tokens.some((t) => t.start >= start && t.end <= end && /^ns/.test(t.tag)) || stem.length >= 2;
      if (!placeWord || stem.length < 2) continue;
    }
    if (stem.length < 2 && rule.type !== "PartyOrganization") continue;
    taken.add(end);
    out.push({ name, type: rule.type, rule, start: sentence.start + start, end: sentence.start + end });
  }
  // 祥和花园小区 holds 祥和花园: of two names of one type from one start, the longer is the name.
  const kept = out.filter((m) => !out.some((o) => o !== m && o.start === m.start && o.type === m.type && o.end > m.end));
  return kept.reverse();
}
