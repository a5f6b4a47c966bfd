/**
 * How the operations project a Result: the figure with what it counts and how far it can be taken
 * (contract 4.1). Defaults are the contract's: approx `exact`, status `achieved`; dateBasis `date`
 * when the figure has a date, otherwise null (undated) unless the data gives a basis.
 */
import { citationsOf } from "./reach";

/** A TraceResult map of Result `r`, with what the figure counts and how far it can be taken. */
export function figureOf(r: string, nameEn: string): string {
  return `{id: ${r}.id, name: ${r}.name${nameEn}, value: ${r}.value, unit: ${r}.unit, date: ${r}.date,
      measure: ${r}.measure, approx: coalesce(${r}.approx, 'exact'), status: coalesce(${r}.status, 'achieved'),
      dateBasis: coalesce(${r}.dateBasis, CASE WHEN ${r}.date IS NOT NULL THEN 'date' END)}`;
}

/**
 * A ReportedFigure map for Result `r`: the figure and its own citations (where the figure is
 * reported, not the path that led to it). Ends a subquery body where `r` is bound, by name then id.
 */
export function reportedFigureOf(r: string, nameEn: string): string {
  return `CALL (${r}) {
      ${citationsOf(`[${r}]`)}
      RETURN collect(DISTINCT citation) AS figureSources
    }
    WITH ${r}, ${figureOf(r, nameEn)} AS reportedResult, figureSources
    RETURN {result: reportedResult, measure: reportedResult.measure, approx: reportedResult.approx, status: reportedResult.status,
      dateBasis: reportedResult.dateBasis, sources: figureSources} AS reported
    ORDER BY ${r}.name, ${r}.id`;
}
