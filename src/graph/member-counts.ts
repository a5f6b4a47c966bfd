/**
 * Where a reported member count stands in time (contract 4.1): never at a date the evidence does
 * not reach. Pure: the alliance-structure operation reads the figures, this places them.
 */
import { firstDay } from "./dates";

/** A member_units figure as read from the graph, with the dates that may place it. */
export interface MemberFigure {
  value: number | null;
  /** The Result's own date. */
  date: string | null;
  /** date, founding or report; null: undated. */
  dateBasis: string | null;
  /** achieved (or null: the default), target or planned. */
  status: string | null;
  /** The dates of the sources citing the figure (the earliest places a `report` figure). */
  sourceDates: (string | null)[];
}

/** A figure at the date it stands, with the rank that orders figures of one day. */
export interface PlacedCount {
  /** As written (partial dates keep their precision). */
  date: string;
  day: string;
  value: number;
  /** founding 0, date 1, report 2: at the same day, the founding figure comes first and a report supersedes it. */
  rank: number;
}

const RANK: Record<string, number> = { founding: 0, date: 1, report: 2 };

/** The earliest of the dates (by first day), or null when none is given. */
function earliest(dates: (string | null)[]): string | null {
  let best: string | null = null;
  for (const d of dates) if (d && (!best || firstDay(d) < firstDay(best))) best = d;
  return best;
}

/**
 * The date `figure` stands at, or null when the evidence gives none: a figure with a date basis
 * stands at its own date; a founding figure at the alliance's `founded` (none: not placed); a
 * report figure at its earliest dated source (failing that, its own date). An undated figure, a
 * target and a plan are never placed: they are listed, not counted at a date.
 */
export function placeCount(figure: MemberFigure, founded: string | null): PlacedCount | null {
  if (figure.value === null || (figure.status !== null && figure.status !== "achieved")) return null;
  const basis = figure.dateBasis ?? (figure.date ? "date" : null);
  const date = basis === "date" ? figure.date : basis === "founding" ? founded : basis === "report" ? (earliest(figure.sourceDates) ?? figure.date) : null;
  if (!date || basis === null) return null;
  return { date, day: firstDay(date), value: figure.value, rank: RANK[basis] };
}

/**
 * The reported count standing at `day` (a first day): the latest placed figure on or before it;
 * of one day, the highest rank (a report over a founding figure), then the larger. 0 when none
 * stands yet: nothing is shown before the first evidence. `upToRank` stops at a rank on `day`
 * itself, so a timeline can show a founding figure and the report of the same day in order.
 */
export function countAt(placed: PlacedCount[], day: string, upToRank = 2): number {
  let best: PlacedCount | undefined;
  for (const p of placed) {
    if (p.day > day || (p.day === day && p.rank > upToRank)) continue;
    if (!best || p.day > best.day || (p.day === best.day && (p.rank > best.rank || (p.rank === best.rank && p.value > best.value)))) best = p;
  }
  return best ? Math.round(best.value) : 0;
}
