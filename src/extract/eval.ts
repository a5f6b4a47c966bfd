/**
 * The extractor measured against the hand-made seed graph (seeds/*.ndjson, read when it runs, so it
 * follows every correction there): per article, recall and precision of figures (value and unit), how
 * many matched figures carry the seed's qualifiers (see seedQualifiers), of organizations (name and type) and of pairings
 * (kind and a paragraph in common).
 */
import fs from "node:fs";
import path from "node:path";
import { ORGANIZATION_TYPES } from "../graph/model";
import { extractDraft } from "./draft";

type Json = Record<string, unknown>;
type Cited = Json & { sources?: { id: string; locator?: string }[] };

export interface SeedArticle {
  sourceId: string;
  seedFile: string;
  articleFile: string;
  date?: string;
  publication?: string;
}

export interface Score {
  expected: number;
  found: number;
  matched: number;
}

export interface ArticleScore {
  article: string;
  figures: Score;
  /** Of the matched figures: how many carry the seed's approx, status and (where it states one) date basis. */
  qualifiers: { judged: number; right: number };
  organizations: Score;
  pairings: Score;
  /** What the counts are made of, for `extract:eval --verbose`: one line per figure that did not match or had other qualifiers. */
  details: string[];
}

const ORG_TYPES = new Set(["Area", ...ORGANIZATION_TYPES]);

export function readSeeds(seedDir: string): { records: Cited[]; files: Map<string, string> } {
  const records: Cited[] = [];
  /** The seed file each Source record comes from. */
  const files = new Map<string, string>();
  for (const file of fs.readdirSync(seedDir).filter((f) => f.endsWith(".ndjson")).sort()) {
    for (const line of fs.readFileSync(path.join(seedDir, file), "utf8").split("\n")) {
      const text = line.trim();
      if (!text || text.startsWith("//")) continue;
      const r = JSON.parse(text) as Cited;
      records.push(r);
      if (r.type === "Source") files.set(r.id as string, path.join(seedDir, file));
    }
  }
  return { records, files };
}

/** Which article each Source is: the seed file's header names it (`// Article 000 (.../000_x.txt)`). */
export function seedArticles(seedDir: string, articleDir: string): SeedArticle[] {
  const { records, files } = readSeeds(seedDir);
  const articles = fs.readdirSync(articleDir).filter((f) => f.endsWith(".txt")).sort();
  const out: SeedArticle[] = [];
  for (const r of records.filter((x) => x.type === "Source")) {
    const seedFile = files.get(r.id as string)!;
    const header = fs.readFileSync(seedFile, "utf8").match(/Article (\d{3})\b/);
    const articleFile = header ? articles.find((a) => a.startsWith(`${header[1]}_`)) : undefined;
    if (!articleFile) continue;
    out.push({
      sourceId: r.id as string,
      seedFile,
      articleFile: path.join(articleDir, articleFile),
      date: r.date as string | undefined,
      publication: r.publication as string | undefined,
    });
  }
  return out.sort((a, b) => a.articleFile.localeCompare(b.articleFile));
}

const cites = (r: Cited, sourceId: string): number[] =>
  (r.sources ?? []).filter((s) => s.id === sourceId).map((s) => Number(s.locator?.match(/\d+/)?.[0] ?? NaN));

/** Names compared without quotation marks, brackets and what they hold, spaces or a province. */
export function normalName(name: string): string {
  return name
    .replace(/[（(][^）)]*[）)]/g, "")
    .replace(/[“”"'‘’「」《》\s]/g, "")
    .replace(/^(山东省|山东|河南省|江苏省|湖北省|河北省|江西省)/, "");
}

/** The same name, or one a longer form of the other with what the text left off in front (高新区… for 济宁高新区…). */
function sameName(a: string, b: string): boolean {
  const x = normalName(a);
  const y = normalName(b);
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length >= 3 && long.endsWith(short);
}

/** One-to-one matching, in order: each expected record takes the first found one it matches. */
function match<E, F>(expected: E[], found: F[], same: (e: E, f: F) => boolean): [E, F][] {
  const used = new Set<number>();
  const pairs: [E, F][] = [];
  for (const e of expected) {
    const i = found.findIndex((f, k) => !used.has(k) && same(e, f));
    if (i >= 0) {
      used.add(i);
      pairs.push([e, found[i]]);
    }
  }
  return pairs;
}

const DEFAULTS: Record<string, unknown> = { approx: "exact", status: "achieved" };

/**
 * A seed figure's qualifiers: its own fields where it states them; the seeds written before the
 * fields existed say them in the name instead (参会人数（260余人）, 比例目标（至少）, 成立之初成员数), and
 * that is read. A date basis the seed does not state is not judged.
 */
export function seedQualifiers(e: Json): Record<string, unknown> {
  const name = String(e.name ?? "");
  const approx =
    e.approx ?? (/至少|不少于/.test(name) ? "at_least" : /不超过/.test(name) ? "at_most" : /近/.test(name) ? "nearly" : /约/.test(name) ? "about" : /\d(余|多)|余[名人次个家处项条]|多[名人次个家处项条棵米]/.test(name) ? "over" : "exact");
  const status = e.status ?? (/目标|力争|确保/.test(name) ? "target" : /计划/.test(name) ? "planned" : "achieved");
  const out: Record<string, unknown> = { approx, status };
  const dateBasis = e.dateBasis ?? (/成立之初|初期/.test(name) ? "founding" : /目前|截至/.test(name) ? "report" : undefined);
  if (dateBasis !== undefined) out.dateBasis = dateBasis;
  return out;
}

export function evaluateArticle(a: SeedArticle, all: Cited[]): ArticleScore {
  const draft = extractDraft(fs.readFileSync(a.articleFile, "utf8"), { prefix: "eval-", date: a.date, publication: a.publication });
  const found = draft.lines.map((l) => l.record as Cited);
  const ofArticle = all.filter((r) => cites(r, a.sourceId).length > 0);

  const expFigures = ofArticle.filter((r) => r.type === "Result");
  const gotFigures = found.filter((r) => r.type === "Result");
  const sameFigure = (e: Cited, f: Cited): boolean => e.value === f.value && e.unit === f.unit;
  // same paragraph first, then anywhere: 30家 in para 19 should meet the draft's para 19 figure
  const samePara = (e: Cited, f: Cited): boolean => sameFigure(e, f) && cites(f, "eval-source").some((n) => cites(e, a.sourceId).includes(n));
  const first = match(expFigures, gotFigures, samePara);
  const figurePairs = [
    ...first,
    ...match(expFigures.filter((e) => !first.some(([x]) => x === e)), gotFigures.filter((f) => !first.some(([, y]) => y === f)), sameFigure),
  ];
  const judged = figurePairs.length;
  const qualifiersRight = ([e, f]: [Cited, Cited]): boolean => Object.entries(seedQualifiers(e)).every(([k, v]) => (f[k] ?? DEFAULTS[k]) === v);
  const right = figurePairs.filter(qualifiersRight).length;
  const details: string[] = [];
  const paraOf = (r: Cited, id: string): string => cites(r, id).join(",");
  for (const f of gotFigures.filter((f) => !figurePairs.some(([, y]) => y === f))) details.push(`extra   para ${paraOf(f, "eval-source")}: ${f.name}`);
  for (const e of expFigures.filter((e) => !figurePairs.some(([x]) => x === e))) details.push(`missed  para ${paraOf(e, a.sourceId)}: ${e.value}${e.unit} ${e.id}`);
  for (const [e, f] of figurePairs.filter((p) => !qualifiersRight(p))) {
    const want = seedQualifiers(e);
    const got = Object.fromEntries(Object.keys(want).map((k) => [k, f[k] ?? DEFAULTS[k]]));
    details.push(`qualifiers para ${paraOf(f, "eval-source")}: ${f.name} seed ${JSON.stringify(want)} draft ${JSON.stringify(got)}`);
  }

  const expOrgs = ofArticle.filter((r) => ORG_TYPES.has(r.type as string));
  const gotOrgs = found.filter((r) => ORG_TYPES.has(r.type as string));
  const orgPairs = match(expOrgs, gotOrgs, (e, f) => e.type === f.type && sameName(e.name as string, f.name as string));

  const expPairings = ofArticle.filter((r) => r.type === "Pairing");
  const gotPairings = found.filter((r) => r.type === "Pairing");
  const pairingPairs = match(expPairings, gotPairings, (e, f) => e.kind === f.kind && cites(f, "eval-source").some((n) => cites(e, a.sourceId).includes(n)));

  return {
    article: path.basename(a.articleFile).slice(0, 3),
    figures: { expected: expFigures.length, found: gotFigures.length, matched: figurePairs.length },
    qualifiers: { judged, right },
    organizations: { expected: expOrgs.length, found: gotOrgs.length, matched: orgPairs.length },
    pairings: { expected: expPairings.length, found: gotPairings.length, matched: pairingPairs.length },
    details,
  };
}

export function evaluate(seedDir: string, articleDir: string): ArticleScore[] {
  const { records } = readSeeds(seedDir);
  return seedArticles(seedDir, articleDir).map((a) => evaluateArticle(a, records));
}

const pct = (n: number, d: number): string => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)}%`);
const sum = (scores: Score[]): Score => scores.reduce((t, s) => ({ expected: t.expected + s.expected, found: t.found + s.found, matched: t.matched + s.matched }), { expected: 0, found: 0, matched: 0 });

/** A Markdown table: recall is matched/expected, precision matched/found. */
export function table(scores: ArticleScore[]): string {
  const rows = [...scores];
  const total: ArticleScore = {
    article: "total",
    figures: sum(scores.map((s) => s.figures)),
    qualifiers: scores.reduce((t, s) => ({ judged: t.judged + s.qualifiers.judged, right: t.right + s.qualifiers.right }), { judged: 0, right: 0 }),
    organizations: sum(scores.map((s) => s.organizations)),
    pairings: sum(scores.map((s) => s.pairings)),
    details: [],
  };
  rows.push(total);
  const cell = (s: Score): string[] => [`${pct(s.matched, s.expected)} (${s.matched}/${s.expected})`, `${pct(s.matched, s.found)} (${s.matched}/${s.found})`];
  const lines = [
    "| article | figures recall | figures precision | qualifiers right | organizations recall | organizations precision | pairings recall | pairings precision |",
    "|---|---|---|---|---|---|---|---|",
  ];
  for (const r of rows) {
    const q = r.qualifiers;
    const qual = `${pct(q.right, q.judged)} (${q.right}/${q.judged})`;
    lines.push(`| ${r.article} | ${[...cell(r.figures), qual, ...cell(r.organizations), ...cell(r.pairings)].join(" | ")} |`);
  }
  return lines.join("\n");
}
