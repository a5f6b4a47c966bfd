import type { Candidate } from "./resolve-names";

/** What is wrong with a file, at its row (the header is row 1; 0 is the file as a whole) and column. */
export interface RowProblem {
  row: number;
  column?: string;
  value?: string;
  reason: string;
  candidates?: Candidate[];
}

/** Values quoted in a report are cut: a huge cell must not make a huge report. */
export function quoted(value: string): string {
  return value.length > 60 ? `${value.slice(0, 60)}…` : value;
}

/** One line per problem, as the command line prints them. */
export function describeProblem(p: RowProblem): string {
  const where = p.row === 0 ? "file" : `row ${p.row}`;
  const column = p.column ? `, column ${p.column}` : "";
  const value = p.value !== undefined ? ` "${quoted(p.value)}"` : "";
  const candidates = p.candidates?.length
    ? `; candidates: ${p.candidates.map((c) => `${c.id} ${c.name} (${c.type}${c.area ? `, ${c.area}` : ""})`).join("; ")}`
    : "";
  return `${where}${column}:${value} ${p.reason}${candidates}`;
}
