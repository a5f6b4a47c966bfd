/**
 * An article to a draft in the interchange format (contract 2, 4.8): a Source, the areas and
 * organizations it names, its pairings and memberships, and its figures as Results, each citing
 * `para N`. Before every record a `//` line gives the sentence's span (character offsets in the
 * printed paragraph) and what the rules are unsure of, for the person who reviews it. Pure: it reads
 * no database and writes nothing; names already in the graph come in as `known`.
 */
import { findFigures, Figure } from "./figures";
import { findOrganizations, OrgMention } from "./organizations";
import { findPairingCues, memberRole, statesMembership } from "./pairings";
import { originalSpan, Paragraph, paragraphs, Sentence, sentences } from "./paragraphs";
import { KnownNames, lookUp } from "./known";
import { draftedParagraphs } from "./stories";
import { OrgType, VOCABULARY } from "./vocabulary";
import type { Review } from "./review-answer";

export interface DraftOptions {
  prefix: string;
  date?: string;
  publication?: string;
  known?: KnownNames;
}

type Json = Record<string, unknown>;

export interface DraftLine {
  /** The `//` review line before the record. */
  comment: string;
  record: Json;
}

export interface Draft {
  lines: DraftLine[];
  /** Notes on records the draft does not write (names already in the graph). */
  notes: string[];
}

const GENERIC = new Set(VOCABULARY.genericNames);
/** Paragraphs within which a pairing mentioned again without names is taken for the same one. */
const SAME_DISCUSSION = 5;
/** A body line broken by the layout is long; a short line without a stop is a headline or a byline. */
const BROKEN_LINE = 15;
const MAX_HEADLINE = 32;

/** The comma-delimited clause around [start, end) of a paragraph's text. */
function clauseAround(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && !"，,；;。：:！？".includes(text[s - 1])) s--;
  let e = end;
  while (e < text.length && !"，,；;。：:！？".includes(text[e])) e++;
  return [s, e];
}

const ID_PART: Record<OrgType, string> = {
  Area: "area", PartyOrganization: "porg", Unit: "unit", Community: "comm", Alliance: "alliance", ServiceStation: "station",
};

interface Entity {
  id: string;
  type: OrgType;
  name: string;
  props: Json;
  paras: Set<number>;
  span: { n: number; span: [number, number] };
  doubts: string[];
  /** Already in the graph: linked to, never written. */
  existing: boolean;
}

const cite = (sourceId: string, paras: Iterable<number>): Json[] =>
  [...new Set(paras)].sort((a, b) => a - b).map((n) => ({ id: sourceId, locator: `para ${n}` }));

const spanOf = (p: Paragraph, start: number, end: number): string => {
  const [s, e] = originalSpan(p, start, end);
  return `para ${p.n} chars ${s}-${e}`;
};

/** 江苏省常州市 is 常州市: the province in front is not part of the name the graph keeps. */
function stripRegion(name: string): string {
  for (const r of VOCABULARY.regionPrefixes) if (name.startsWith(r) && name.length - r.length >= 2) return name.slice(r.length);
  return name;
}

/** The first line when it is short enough to be a headline: a title is a name; a body line would be a copy. */
function headline(paras: Paragraph[]): string {
  const first = paras[0]?.text ?? "";
  return first.length <= MAX_HEADLINE ? first : "";
}

export function extractDraft(article: string, options: DraftOptions): Draft {
  const { prefix, known } = options;
  const paras = paragraphs(article);
  const drafted = draftedParagraphs(paras);
  const sourceId = `${prefix}source`;
  const lines: DraftLine[] = [];
  const notes: string[] = [];
  const source: Json = {
    id: sourceId,
    type: "Source",
    name: [options.publication ?? "未载刊名", options.date, headline(paras)].filter(Boolean).join(" "),
  };
  if (options.publication) source.publication = options.publication;
  if (options.date) source.date = options.date;
  lines.push({ comment: "// source: the article itself; check its name, publication and date", record: source });

  const entities = new Map<string, Entity>();
  const counters = new Map<string, number>();
  const nextId = (part: string): string => {
    const n = (counters.get(part) ?? 0) + 1;
    counters.set(part, n);
    return `${prefix}${part}-${n}`;
  };
  const links = new Map<string, { record: Json; paras: Set<number>; comment: string }>();
  const link = (type: string, from: string, to: string, n: number, comment: string, props: Json = {}): void => {
    if (from === to) return;
    const key = `${type} ${from} ${to}`;
    const found = links.get(key);
    if (found) found.paras.add(n);
    else links.set(key, { record: { type, from, to, ...props }, paras: new Set([n]), comment });
  };

  const entityOf = (m: OrgMention, name: string, p: Paragraph): Entity => {
    const key = `${m.type} ${name}`;
    let e = entities.get(key);
    if (!e) {
      // 高新区社会事业发展局 after 济宁高新区社会事业发展局: the shorter is the same body
      const longer = [...entities.values()].find((x) => x.type === m.type && x.name.endsWith(name) && name.length >= 3);
      if (longer) e = longer;
    }
    if (!e) {
      // 济宁创新谷青春党建联盟 after 青春党建联盟: the body gets its full name
      const shorter = [...entities.values()].find((x) => x.type === m.type && !x.existing && name.endsWith(x.name) && x.name.length >= 3);
      if (shorter) {
        entities.delete(`${shorter.type} ${shorter.name}`);
        shorter.name = name;
        entities.set(key, shorter);
        e = shorter;
      }
    }
    if (!e) {
      const hit = known ? lookUp(known, name, m.type) : undefined;
      const props: Json = {};
      if (m.rule.level) props.level = m.rule.level;
      if (m.rule.sector) props.sector = m.rule.sector;
      if (m.rule.kind) props.kind = m.rule.kind;
      const doubts: string[] = [];
      if (m.rule.suffix.length === 1) doubts.push(`typed by the suffix ${m.rule.suffix} alone`);
      if (m.listed) doubts.push("a compound listed after its street, without a suffix");
      e = {
        id: hit?.id ?? nextId(ID_PART[m.type]),
        type: m.type,
        name,
        props,
        paras: new Set(),
        span: { n: p.n, span: originalSpan(p, m.start, m.end) },
        doubts,
        existing: !!hit,
      };
      if (hit && hit.name !== name) e.doubts.push(`the graph's ${hit.id} goes by this name`);
      entities.set(key, e);
    }
    e.paras.add(p.n);
    return e;
  };

  const lastArea = new Map<string, Entity>();
  let lastCommunity: Entity | undefined;
  type PairingState = { id: string; kind: string; name: string; paras: Set<number>; parties: Set<string>; first: string };
  const pairings = new Map<string, PairingState>();
  const results: DraftLine[] = [];

  for (const [index, p] of paras.entries()) {
    // A page set in columns breaks lines inside words (孔子国 / 际学校): a name across the break is the first line's.
    const next = paras[index + 1];
    if (next && p.text.length >= BROKEN_LINE && /[\u4e00-\u9fff]$/.test(p.text) && /^[\u4e00-\u9fff]/.test(next.text)) {
      const joined: Paragraph = {
        n: p.n,
        original: p.original + next.original,
        text: p.text + next.text,
        offsets: [...p.offsets.slice(0, -1), ...next.offsets.map((o) => o + p.original.length)],
      };
      const all = sentences(joined);
      const across = all.find((x) => x.start < p.text.length && x.end > p.text.length);
      for (const m of across ? findOrganizations(across) : []) {
        if (m.start < p.text.length && m.end > p.text.length && !m.bareLevel && !m.owned) {
          const e = entityOf(m, stripRegion(m.name), joined);
          e.doubts.push(`the name runs on into para ${next.n}`);
        }
      }
    }
    const paraAlliances: Entity[] = [];
    for (const s of sentences(p)) {
      const mentions = findOrganizations(s);
      const inSentence: { m: OrgMention; e: Entity }[] = [];
      for (const m of mentions) {
        // the innermost area (or community) that the name starts with places it
        const holders = mentions.filter((o) => o !== m && o.end < m.end && o.start === m.start);
        const areaHolder = holders.filter((o) => o.type === "Area").sort((a, b) => b.end - a.end)[0];
        const commHolder = holders.filter((o) => o.type === "Community").sort((a, b) => b.end - a.end)[0];
        let localStart = m.start;
        // areas and places keep their own name (洸河新苑社区, not 洸河街道洸河新苑社区); bodies keep their full one
        if (m.type === "Area" || m.type === "Community") localStart = Math.max(m.start, ...holders.map((o) => o.end));
        if (m.type === "ServiceStation" && areaHolder) localStart = areaHolder.end;
        if (m.type === "Unit" && commHolder) localStart = commHolder.end;
        let name = stripRegion(p.text.slice(localStart, m.end));
        if (m.bareLevel) {
          // 区检察院: the district named last before it; 街道党工委: the street this paragraph named
          const level = VOCABULARY.bareLevels[m.bareLevel];
          const area = lastArea.get(level);
          if (!area || (VOCABULARY.paragraphLevels.includes(level) && !area.paras.has(p.n))) continue;
          name = area.name + m.name.slice(m.bareLevel.length);
        }
        if (m.owned) {
          if (!lastCommunity || !lastCommunity.paras.has(p.n)) continue;
          name = lastCommunity.name + name;
        }
        if (name.length < 2 || name === m.rule.suffix || GENERIC.has(name)) continue;
        const e = entityOf(m, name, p);
        if (m.type === "Area" && typeof e.props.level === "string") lastArea.set(e.props.level, e);
        if (m.type === "Community") lastCommunity = e;
        inSentence.push({ m, e });
        const parent = (m.type !== "Area" && commHolder) || areaHolder;
        if (parent) {
          const parentName = stripRegion(p.text.slice(parent.start, parent.end));
          const parentEntity = [...entities.values()].find((x) => x.type === parent.type && (x.name === parentName || parentName.endsWith(x.name)));
          if (parentEntity) {
            const span = `${spanOf(p, m.start, m.end)}: placed by the name it starts with`;
            if (m.type === "PartyOrganization" && parent.type === "Area" && /党工委|党委$/.test(e.name) && e.name === parentEntity.name + m.rule.suffix) {
              link("LEADS", e.id, parentEntity.id, p.n, span);
            } else if (m.type !== "Alliance") {
              link("PART_OF", e.id, parentEntity.id, p.n, span);
            }
          }
        }
        if (m.type === "Alliance") paraAlliances.push(e);
      }

      // pairings: the parties are the organizations named in the cue's clause; with none named, the
      // sentence must at least speak of units, communities or party organizations (包保走访 of households is no pairing)
      const cues = findPairingCues(s).filter((c) => {
        const clause = clauseAround(p.text, c.start, c.end);
        const named = inSentence.some(({ m }) => m.type !== "Area" && m.start >= clause[0] && m.end <= clause[1]);
        return named || VOCABULARY.partyWords.some((w) => p.text.slice(clause[0], clause[1]).includes(w));
      });
      if (cues.length > 0) {
        const cue = cues[0];
        const [cs, ce] = clauseAround(p.text, cue.start, cue.end);
        const parties = inSentence.filter(({ m, e }) => e.type !== "Area" && e.type !== "Alliance" && m.start >= cs && m.end <= ce).map(({ e }) => e);
        const kind = cue.kind;
        let key = parties.length > 0 ? `${kind} ${parties.map((x) => x.id).sort().join(" ")}` : `${kind} unnamed`;
        // one unnamed pairing is one discussion: the same kind again within a few paragraphs is the same pairing
        const open = [...pairings.entries()].filter(([k, x]) => k.startsWith(key) && Math.max(...x.paras) >= p.n - SAME_DISCUSSION).pop();
        if (parties.length === 0) key = open?.[0] ?? `${kind} unnamed ${p.n}`;
        let pairing = pairings.get(key);
        if (!pairing) {
          const area = inSentence.find(({ e }) => e.type === "Area")?.e.name ?? "";
          const name = parties.length > 0 ? `${parties.map((x) => x.name).join("与")}${cue.word}` : `${area}${cue.word}（para ${p.n}）`;
          pairing = { id: nextId("pairing"), kind, name, paras: new Set(), parties: new Set(parties.map((x) => x.id)), first: spanOf(p, s.start, s.end) };
          pairings.set(key, pairing);
        }
        pairing.paras.add(p.n);
        for (const party of parties) link("PARTY_TO", party.id, pairing.id, p.n, `// ${spanOf(p, cs, ce)}: a party named in the clause that states the pairing`);
      }

      // memberships
      const alliances = inSentence.filter(({ e }) => e.type === "Alliance").map(({ e }) => e);
      if (alliances.length === 1 && statesMembership(s)) {
        const role = memberRole(s);
        for (const { e } of inSentence) {
          if (e.type === "Area" || e.type === "Alliance") continue;
          link("MEMBER_OF", e.id, alliances[0].id, p.n, `// ${spanOf(p, s.start, s.end)}: a member named beside 成员/加入`, role ? { role } : {});
        }
      }

      // figures, from the stories of the page the graph is about (stories.ts)
      for (const f of drafted.has(p.n) ? findFigures(s, options.date) : []) {
        const id = nextId("result");
        const record: Json = { id, type: "Result", name: resultName(f, p.n), value: f.value, unit: f.unit, measure: f.measure };
        if (f.approx !== "exact") record.approx = f.approx;
        if (f.status !== "achieved") record.status = f.status;
        if (f.dateBasis) record.dateBasis = f.dateBasis;
        if (f.date) record.date = f.date;
        if (f.dateBasis === "date" && !f.date) delete record.dateBasis;
        record.sources = cite(sourceId, [p.n]);
        const doubts = [...f.doubts];
        results.push({ comment: `// ${spanOf(p, f.start, f.end)} (sentence ${spanOf(p, s.start, s.end).replace(/^para \d+ /, "")}): ${doubts.join("; ") || "sure"}`, record });
        // what the figure describes: the pairing its sentence states, else one its paragraph states, else the alliance named with it
        const pairing = pairings.get(pairingKeyOf(pairings, p.n, cues[0]?.kind));
        const producer = pairing ?? alliances[0] ?? paraAlliances[0];
        if (producer) link("PRODUCED", producer.id, id, p.n, `// ${spanOf(p, s.start, s.end)}: the figure is stated with ${pairing ? "the pairing" : "the alliance"} in its paragraph`);
      }
    }
  }

  for (const e of entities.values()) {
    if (e.existing) {
      notes.push(`// ${e.name}: already in the graph as ${e.id}; linked to, not written`);
      continue;
    }
    const record: Json = { id: e.id, type: e.type, name: e.name, ...e.props, sources: cite(sourceId, e.paras) };
    lines.push({ comment: `// para ${e.span.n} chars ${e.span.span[0]}-${e.span.span[1]}: ${e.doubts.join("; ") || "sure"}`, record });
  }
  for (const pr of pairings.values()) {
    const doubts = pr.parties.size === 0 ? "no party named: the figures of these paragraphs describe it" : "parties are the organizations named in the sentence";
    lines.push({ comment: `// ${pr.first}: ${doubts}`, record: { id: pr.id, type: "Pairing", name: pr.name, kind: pr.kind, sources: cite(sourceId, pr.paras) } });
  }
  lines.push(...results);
  for (const l of links.values()) {
    lines.push({ comment: l.comment.startsWith("//") ? l.comment : `// ${l.comment}`, record: { ...l.record, sources: cite(sourceId, l.paras) } });
  }
  return { lines, notes };
}

function pairingKeyOf(pairings: Map<string, { paras: Set<number>; kind: string }>, n: number, kind?: string): string {
  // the latest: the pairing of the sentence nearest before the figure
  let found = "";
  for (const [key, p] of pairings) if ((kind === undefined || p.kind === kind) && p.paras.has(n)) found = key;
  return found;
}

const APPROX_WORD: Record<string, string> = { over: "余", nearly: "近", about: "约", at_least: "至少", at_most: "不超过", exact: "" };

/** A Result's name says what it is without copying the sentence: the figure, its measure and paragraph. */
function resultName(f: Figure, n: number): string {
  const value = f.approx === "nearly" || f.approx === "about" || f.approx === "at_least" || f.approx === "at_most"
    ? `${APPROX_WORD[f.approx]}${f.value}${f.unit}`
    : `${f.value}${f.approx === "over" ? "余" : ""}${f.unit}`;
  return `${value}（${f.measure}，para ${n}${f.status !== "achieved" ? `，${f.status}` : ""}）`;
}

const REVIEW_LINE = /^\/\/ para (\d+) chars (\d+)-(\d+)(?: \(sentence chars (\d+)-(\d+)\))?: (.*)$/;

/** The review line's parts; every line draftText writes has this one shape (or is the Source's). */
export function reviewOf(comment: string): Review {
  const m = REVIEW_LINE.exec(comment);
  if (!m) return { doubts: [comment.replace(/^\/\/\s*/, "")] };
  const doubts = m[6] === "sure" ? [] : m[6].split("; ");
  return { para: Number(m[1]), chars: [Number(m[2]), Number(m[3])], ...(m[4] ? { sentence: [Number(m[4]), Number(m[5])] as [number, number] } : {}), doubts };
}

/** The draft as NDJSON text: each record after its review line. */
export function draftText(draft: Draft): string {
  const out: string[] = [];
  for (const note of draft.notes) out.push(note);
  for (const { comment, record } of draft.lines) out.push(comment, JSON.stringify(record));
  return out.join("\n") + "\n";
}

export type { Sentence };
