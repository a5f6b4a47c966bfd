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

/** "(测试报 2023-08-22, para 19; …)": where the figure is reported. */
export function citationText(sources: readonly CitationLike[]): string {
  if (!sources.length) return "(no source)";
  return `(${sources.map((s) => [s.publication ?? s.name, s.date, s.locator].filter(Boolean).join(" ")).join("; ")})`;
}
