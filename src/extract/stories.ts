/**
 * A newspaper page holds several stories, each after its headline, and the other stories of a page
 * report figures of their own: a national page prints another city's contest beside the district's
 * party-building. Figures are drafted from the stories that speak of party-building (vocabulary
 * `storyWords`) and from the page's other stories, unless such a story is set in a city or county
 * (vocabulary `elsewhereLevels`) that those stories do not name, and names no place they do: a local
 * paper's other news of the district is kept, another city's news on a national page is not. A page
 * that never names party-building has nothing to tell its stories apart by, and all are drafted.
 * A story runs from one run of headline lines to the next; a headline line is short and has no
 * punctuation of a sentence (a byline looks the same, and also ends a story). A photo's caption is
 * the paragraph right before its credit line (…摄): it tells of the photo, not of the story beside it.
 */
import { findOrganizations } from "./organizations";
import { Paragraph, sentences } from "./paragraphs";
import { VOCABULARY } from "./vocabulary";

/** Longer lines are body text, even without punctuation (a line the layout broke). */
const MAX_HEADLINE = 40;
const MAX_CREDIT = 24;

export function isHeadline(p: Paragraph): boolean {
  return p.text.length <= MAX_HEADLINE && !/[，,。；;：:！？!?、]/.test(p.text);
}

const isCredit = (p: Paragraph | undefined): boolean => !!p && p.text.length <= MAX_CREDIT && VOCABULARY.creditWords.some((w) => p.text.endsWith(w));

/** The paragraphs of each story, in order; headline lines belong to the story they head. */
export function stories(paras: Paragraph[]): Paragraph[][] {
  const out: Paragraph[][] = [];
  let current: Paragraph[] = [];
  let inBody = false;
  const close = (): void => {
    if (current.length) out.push(current);
    current = [];
    inBody = false;
  };
  for (const [i, p] of paras.entries()) {
    const headline = isHeadline(p);
    if (headline && inBody) close();
    if (!headline && isCredit(paras[i + 1]) && inBody) {
      // a caption: a story of its own, with its credit
      close();
      out.push([p, paras[i + 1]]);
      continue;
    }
    if (isCredit(p) && out.at(-1)?.includes(p)) continue;
    if (!headline) inBody = true;
    current.push(p);
  }
  close();
  return out;
}

/** The areas a story names, without a province in front (湖北省武汉市 is 武汉市), with their level. */
export function placesOf(story: Paragraph[]): { name: string; level?: string }[] {
  const out = new Map<string, string | undefined>();
  for (const p of story) {
    for (const s of sentences(p)) {
      for (const m of findOrganizations(s)) {
        if (m.type !== "Area" || m.bareLevel) continue;
        let name = m.name;
        for (const r of VOCABULARY.regionPrefixes) if (name.startsWith(r) && name.length - r.length >= 2) name = name.slice(r.length);
        if (name.length >= 2) out.set(name, m.rule.level);
      }
    }
  }
  return [...out].map(([name, level]) => ({ name, level }));
}

/** 高新区 and 济宁高新区 are one place: the text left off what is in front. */
const samePlace = (a: string, b: string): boolean => a === b || (Math.min(a.length, b.length) >= 3 && (a.endsWith(b) || b.endsWith(a)));

/** The paragraph numbers whose figures are drafted (see the top of this file). */
export function draftedParagraphs(paras: Paragraph[]): Set<number> {
  const all = stories(paras);
  const speaks = (story: Paragraph[]): boolean => story.some((p) => VOCABULARY.storyWords.some((w) => p.text.includes(w)));
  const party = all.filter(speaks);
  // a page that never names party-building gives nothing to tell its stories apart by: all are drafted
  if (party.length === 0) return new Set(paras.map((p) => p.n));
  const partyPlaces = party.flatMap(placesOf).map((x) => x.name);
  const known = (name: string): boolean => partyPlaces.some((y) => samePlace(name, y));
  const out = new Set<number>();
  for (const story of all) {
    const places = placesOf(story);
    const elsewhere = !party.includes(story) && !places.some((x) => known(x.name)) && places.some((x) => VOCABULARY.elsewhereLevels.includes(x.level ?? ""));
    if (!elsewhere) for (const p of story) out.add(p.n);
  }
  return out;
}
