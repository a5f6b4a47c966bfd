/**
 * Time series for charts: the periods between two dates (a year, a quarter or a month each) and
 * how many items are in force during each. An item is a list of intervals (a pairing has one, a
 * community one per pairing it had); it counts in a period when any of its intervals overlaps it.
 * Partial dates stand for their first day (contract section 1), an open end for "ever".
 */
import { firstDay } from "./dates";

export const STEPS = ["year", "quarter", "month"] as const;
export type Step = (typeof STEPS)[number];

export interface Period {
  /** "2023", "2023-Q3" or "2023-07". */
  label: string;
  /** Its first and last days, YYYY-MM-DD. */
  start: string;
  end: string;
}

export interface Interval {
  since?: string | null;
  until?: string | null;
}

const MONTHS: Record<Step, number> = { year: 12, quarter: 3, month: 1 };
const pad = (n: number): string => String(n).padStart(2, "0");

function periodAt(year: number, month: number, step: Step): Period {
  const months = MONTHS[step];
  const first = Math.floor((month - 1) / months) * months + 1;
  const lastMonth = first + months - 1;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  const label = step === "year" ? `${year}` : step === "quarter" ? `${year}-Q${(first - 1) / 3 + 1}` : `${year}-${pad(first)}`;
  return { label, start: `${year}-${pad(first)}-01`, end: `${year}-${pad(lastMonth)}-${pad(lastDay)}` };
}

/** The periods from the one holding `from` to the one holding `to` (partial dates), oldest first. */
export function periodsBetween(from: string, to: string, step: Step): Period[] {
  const [fy, fm] = firstDay(from).split("-").map(Number);
  const [ty, tm] = firstDay(to).split("-").map(Number);
  const periods: Period[] = [];
  for (let index = fy * 12 + (fm - 1); index <= ty * 12 + (tm - 1); index += 1) {
    const period = periodAt(Math.floor(index / 12), (index % 12) + 1, step);
    if (periods[periods.length - 1]?.label !== period.label) periods.push(period);
  }
  return periods;
}

const overlaps = ({ since, until }: Interval, { start, end }: Period): boolean =>
  (!since || firstDay(since) <= end) && (!until || firstDay(until) >= start);

/** For each period, how many items have an interval overlapping it. */
export function countByPeriod(items: readonly (readonly Interval[])[], periods: readonly Period[]): number[] {
  return periods.map((period) => items.filter((intervals) => intervals.some((i) => overlaps(i, period))).length);
}
