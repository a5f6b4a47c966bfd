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
  /** Set when the name begins with the level alone (区检察院): the nearest area of this level named before it is meant. */
  bareLevel?: string;
  /** A suffix alone that belongs to the community named before it in the paragraph (志愿者团队). */
  owned?: boolean;
  /** Named in a list after its street, without a suffix: a guess to review. */
  listed?: boolean;
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
/** Longer quotations are speech, whose names are names. */
const MAX_QUOTED = 24;
const NOT_NAMES = VOCABULARY.wordsNotNames;
const PLACE_SUFFIXES = new Set(VOCABULARY.placeSuffixes);
/** Tags a place name gets: a known place (ns), a name (nr, nz, nt), or a word the dictionary does not know (x, zg). */
const PLACE_TAGS = /^(ns|nr.*|nz|nt|x|zg|j)$/;
const UNIT_CHARS = new Set(["个", "家", "处", "名", "所", "余", "多", "条", "项", "支"]);

const QUOTE_PAIRS: [string, string][] = [["“", "”"], ["《", "》"], ['"', '"']];

/** Inside a short quotation (“红帆驿站”, a slogan or a programme's name), not inside quoted speech. */
function insideQuotes(text: string, at: number): boolean {
  for (const [open, close] of QUOTE_PAIRS) {
    const s = text.lastIndexOf(open, at - 1);
    if (s < 0) continue;
    const e = text.indexOf(close, s + 1);
    if (e >= at && e - s <= MAX_QUOTED) return true;
  }
  return false;
}

function isNamePart(t: Token, next?: Token, prev?: Token): boolean {
  if (!CJK.test(t.word)) return false;
  // A verb of two characters or more before a word of two or more (强化 党建, 谈及 祥和) ends the name,
  // unless a noun comes before it (社会 治理 服务中心); before a single character it is part of one (创新 谷, 推进 组).
  const nounBefore = prev !== undefined && CJK.test(prev.word) && /^(n.*|j|x|l)$/.test(prev.tag) && !BREAKERS.has(prev.word);
  if (/^v[dgi]?$/.test(t.tag) && t.word.length >= 2 && next && next.word.length >= 2 && !nounBefore) return false;
  // 后 in 后袁村: a locative before a word the dictionary does not know is part of a place name
  if (t.tag === "f" && t.word.length === 1 && next?.tag === "x" && CJK.test(next.word)) return true;
  if (BREAKERS.has(t.word)) return false;
  if (STOP_TAGS.test(t.tag) && t.word.length === 1) return false;
  if (/^(p|c|u.*|r.*|d|y|e|i)$/.test(t.tag)) return false;
  return true;
}

/** Where the name ending at `suffixStart` begins, in sentence text. */
function nameStart(tokens: Token[], text: string, suffixStart: number, type: OrgType): number {
  let i = tokens.findIndex((t) => t.start <= suffixStart && suffixStart < t.end);
  if (i < 0) return suffixStart;
  let start = tokens[i].start;
  // The token holding the suffix may begin with a breaker (开展志愿服务队): then the name starts at the suffix.
  if (start < suffixStart && !isNamePart({ ...tokens[i], word: text.slice(tokens[i].start, suffixStart) })) start = suffixStart;
  for (i -= 1; i >= 0; i--) {
    const t = tokens[i];
    // an area's name is made of place words only (曹县 in 国电银河水务曹县有限公司 is 曹县)
    if (type === "Area" && !(PLACE_TAGS.test(t.tag) || /^(ns|n)$/.test(t.tag) && /(省|市|区|县|镇|街道)$/.test(t.word))) break;
    const relaxed = type !== "Area" && type !== "Community";
    if (!isNamePart(t, tokens[i + 1], relaxed ? tokens[i - 1] : undefined) || suffixStart - t.start > MAX_NAME) break;
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
  /** Suffixes standing alone (管委会, 志愿者团队): named by what is around them, if anything. */
  const bare: { rule: SuffixRule; start: number; end: number }[] = [];
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
    const titled = VOCABULARY.titles.some((w) => text.startsWith(w, end));
    if (token && !titled && !/^(街道|社区|村|市|区|县|镇)/.test(text.slice(suffixStart))) continue;
    if (token && /^(区|村|市|县|镇)$/.test(rule.suffix) && token.end > end) continue;
    if (/^(民|委|级|域|内|外|间|长|属|容|民)/.test(next) && rule.type === "Area") continue;
    if (next === "民" && rule.type === "Community") continue;
    if ((VOCABULARY.suffixNotBefore[rule.suffix] ?? []).some((w) => text.startsWith(w, end))) continue;
    let start = nameStart(tokens, text, suffixStart, rule.type);
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
    // 区检察院, 市民政局: the level as a word of its own in front
    const level = tokens.find((t) => t.start === start && t.word in VOCABULARY.bareLevels)?.word;
    if (level && rule.type !== "Area" && (stem === level || !generic(stem.slice(level.length)))) {
      taken.add(end);
      out.push({ name, type: rule.type, rule, bareLevel: level, start: sentence.start + start, end: sentence.start + end });
      continue;
    }
    if (generic(stem)) {
      if (stem === "" || GENERIC.has(stem)) bare.push({ rule, start: suffixStart, end });
      continue;
    }
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
  for (const b of bare) {
    const at = (n: number) => sentence.start + n;
    // 区党工委、管委会: the level in front of the first of a list is the level of each
    const before = text[b.start - 1] === "、" ? out.find((o) => o.bareLevel && o.end === at(b.start - 1)) : undefined;
    if (before) {
      out.push({ name: before.bareLevel + b.rule.suffix, type: b.rule.type, rule: b.rule, bareLevel: before.bareLevel, start: at(b.start), end: at(b.end) });
    } else if (VOCABULARY.ownedSuffixes.includes(b.rule.suffix)) {
      // 成立了志愿者团队: the body of the community the paragraph is about
      out.push({ name: b.rule.suffix, type: b.rule.type, rule: b.rule, owned: true, start: at(b.start), end: at(b.end) });
    }
  }
  // 漳州片仔癀药业股份有限公司 holds 漳州片仔癀药业: one body, unless what follows is a name of its own (黄庄社区隆鑫苑小区)
  const extendsOnly = (m: OrgMention, o: OrgMention): boolean => {
    const extension = text.slice(m.end - sentence.start, o.end - sentence.start);
    const rule = SUFFIXES.find((r) => extension.endsWith(r.suffix));
    return !!rule && generic(extension.slice(0, extension.length - rule.suffix.length));
  };
  const kept = out.filter((m) => !out.some((o) => o !== m && o.start === m.start && o.type === m.type && o.type !== "Area" && o.end > m.end && extendsOnly(m, o)));
  kept.push(...listedPlaces(sentence, tokens, kept));
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

const COMPOUND: SuffixRule = { suffix: "", type: "Community", level: "compound" };
/** Words of a place name: no verb, preposition, particle or adverb, and one word the dictionary does not know or knows as a name. */
const LIST_STOP_TAGS = /^(v.*|p|c|u.*|d|r.*|m|q|ad)$/;

/**
 * 柳行街道方圆悦居、欧隆盛源、菱花富贵园: compounds listed right after their street carry no suffix;
 * the street in front and the list marks (、 等 “) say they are places. The draft marks them unsure.
 */
export function listedPlaces(sentence: Sentence, tokens: Token[], mentions: OrgMention[]): OrgMention[] {
  const text = sentence.text;
  const out: OrgMention[] = [];
  for (const street of mentions.filter((m) => m.type === "Area" && (m.rule.level === "street" || m.rule.level === "town"))) {
    let at = street.end - sentence.start;
    for (;;) {
      const m = text.slice(at).match(/^([\u4e00-\u9fff]{2,6}?)(?=[、，,“"（(]|等|和|及)/);
      if (!m) break;
      const [start, end] = [at, at + m[1].length];
      const words = tokens.filter((t) => t.start < end && t.end > start);
      const clean = words.every((t) => t.start >= start && t.end <= end && !LIST_STOP_TAGS.test(t.tag) && !BREAKERS.has(t.word));
      const placeLike = words.some((t) => /^(x|ns|nr.*|zg|ng)$/.test(t.tag));
      const named = mentions.some((o) => o.start - sentence.start === start);
      if (!named) {
        if (!clean || !placeLike || generic(m[1])) break;
        out.push({ name: m[1], type: "Community", rule: COMPOUND, start: sentence.start + start, end: sentence.start + end, listed: true });
      }
      const named_ = mentions.find((o) => o.start - sentence.start === start);
      at = named_ ? named_.end - sentence.start : end;
      if (text[at] !== "、") break;
      at += 1;
    }
  }
  return out;
}
