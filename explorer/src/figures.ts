/**
 * A reported figure as a planner reads it: the number with its approximation (30余, 近10000, ≥50),
 * what it counts, whether it is only a target or a plan, and where it is reported.
 */

export interface FigureLike {
  value?: number | null;
  unit?: string | null;
  measure?: string | null;
  approx?: string | null;
  status?: string | null;
  dateBasis?: string | null;
  date?: string | null;
}

export interface CitationLike {
  name: string;
  publication?: string | null;
  date?: string | null;
  locator?: string | null;
}

/** What a measure counts, in the planner's words. */
const MEASURE_WORDS: Record<string, string> = {
  member_units: "member units",
  paired_units: "units linked",
  paired_communities: "communities linked",
  registered_members: "members registered",
  volunteers: "volunteers",
  activities: "activities",
  projects: "projects",
  people_served: "people served",
};

/** The number as the source wrote it: 约 about, 余 over, 近 nearly, ≥ at least, ≤ at most. */
export function figureValue(f: FigureLike): string {
  const n = f.value === null || f.value === undefined ? "—" : f.value.toLocaleString("en");
  switch (f.approx) {
    case "about":
      return `约${n}`;
    case "over":
      return `${n}余`;
    case "nearly":
      return `近${n}`;
    case "at_least":
      return `≥${n}`;
    case "at_most":
      return `≤${n}`;
    default:
      return n;
  }
}

/** "11 communities linked", "target: ≥50 %", with when it stands: its date, at founding, as reported, or undated. */
export function figureText(f: FigureLike): string {
  const what = f.measure ? (MEASURE_WORDS[f.measure] ?? f.unit ?? "") : (f.unit ?? "");
  const status = f.status === "target" ? "target: " : f.status === "planned" ? "planned: " : "";
  const when = f.dateBasis === "date" && f.date ? `, ${f.date}` : f.dateBasis === "founding" ? ", at founding" : f.dateBasis === "report" ? ", as reported" : f.dateBasis ? "" : ", undated";
  return `${status}${figureValue(f)} ${what}${when}`.trim();
}

/** "(测试报 2023-08-22: para 17, 19; …)": where the figure is reported, each source named once. */
export function citationText(sources: readonly CitationLike[]): string {
  if (!sources.length) return "(no source)";
  return `(${citationLines(sources).join("; ")})`;
}

/**
 * Citations with each source named once and its paragraphs after it:
 * "高新区报 2023-08-22: para 17, 19; 测试报: para 3". A source is told apart by its publication (or
 * name) and date, so two citations of one article are one entry whatever ids the API gives them.
 */
export function groupedCitations(sources: readonly CitationLike[]): { source: string; locators: string[] }[] {
  const groups = new Map<string, { source: string; locators: string[] }>();
  for (const s of sources) {
    const source = [s.publication ?? s.name, s.date].filter(Boolean).join(" ");
    const group = groups.get(source) ?? { source, locators: [] };
    if (s.locator && !group.locators.includes(s.locator)) group.locators.push(s.locator);
    groups.set(source, group);
  }
  return [...groups.values()];
}

/** "para 17, 19": the word "para" said once when every locator is a paragraph. */
export function locatorsText(locators: readonly string[]): string {
  const paras = locators.map((l) => /^para (\S+)$/.exec(l)?.[1]);
  if (locators.length > 1 && paras.every(Boolean)) return `para ${paras.join(", ")}`;
  return locators.join(", ");
}

/** One line per source: "高新区报 2023-08-22: para 17, 19". */
export function citationLines(sources: readonly CitationLike[]): string[] {
  return groupedCitations(sources).map((g) => (g.locators.length ? `${g.source}: ${locatorsText(g.locators)}` : g.source));
}
