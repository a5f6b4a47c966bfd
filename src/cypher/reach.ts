/**
 * How a node reaches the results it led to, written once for `trace` (every path) and `outcomes`
 * (every result once) and for `coverage`'s reported figures (contract 4.4).
 *
 * A step goes out along PARTY_TO, ADOPTS, RUNS, HELD or PRODUCED in the link's own direction, or
 * from an Initiative or Pairing down into its parts: the Initiatives, Pairings and Projects PART_OF
 * it (the PART_OF link walked against its direction). So an area reaches the programme it ADOPTS,
 * the programme's pairings and projects, and what they produced. No step goes up a PART_OF, so a
 * unit never reaches its district's other results.
 *
 * Cypher cannot mix directions by link type in one quantified step, so a step matches the link
 * either way and its WHERE keeps the allowed direction. A quantified path never reuses a link, so
 * a PART_OF cycle among programmes ends a path instead of looping; the depth bound caps the work.
 */

/** The link types a step follows in their own direction. */
export const REACH_LINKS = ["PARTY_TO", "ADOPTS", "RUNS", "HELD", "PRODUCED"] as const;

/**
 * `path = (start)...(result:Result)` of 0 to `depth` steps; `depth` is an integer from the caller's
 * checked argument (a bound cannot be a parameter), never user text. The step's own variables
 * (stepFrom, step, stepTo) are taken: the caller must not use them.
 */
export function reachPath(path: string, start: string, result: string, depth: number): string {
  if (!Number.isInteger(depth) || depth < 0) throw new TypeError(`reachPath: depth must be a non-negative integer, got ${depth}`);
  // Cypher refuses a quantifier of {0,0}: no steps is the start, when it is a Result.
  if (depth === 0) return `${path} = (${result}:Result WHERE ${result} = ${start})`;
  return `${path} = (${start})((stepFrom)-[step:${REACH_LINKS.join("|")}|PART_OF]-(stepTo)
      WHERE CASE type(step)
        WHEN 'PART_OF' THEN endNode(step) = stepFrom AND (stepFrom:Initiative OR stepFrom:Pairing) AND (stepTo:Initiative OR stepTo:Pairing OR stepTo:Project)
        ELSE startNode(step) = stepFrom END){0,${depth}}(${result}:Result)`;
}

/**
 * The elements of path `path` whose citations the path carries, in the order a reader meets them:
 * each link, or the node it reached where that link cites nothing, and always the Result. The
 * start is not cited: the path is evidence of how the start led to the result, and a start cited by
 * several articles would otherwise lend every path the paragraphs of unrelated stories. A path of
 * no links is the Result alone, which cites itself.
 */
export function evidenceOf(path: string): string {
  return `[i IN range(0, size(relationships(${path})) - 1) |
      CASE WHEN size(coalesce(relationships(${path})[i].sourceIds, [])) > 0 THEN relationships(${path})[i]
           WHEN i < size(relationships(${path})) - 1 THEN nodes(${path})[i + 1] END] + [last(nodes(${path}))]`;
}

/**
 * Rows of `citation` (a SourceRef map) for each citation on the elements in list `elements`,
 * in list order; callers collect them (DISTINCT, so a citation repeated counts once). Citations are
 * the parallel lists sourceIds/sourceLocators on nodes and links; an empty locator is stored for a
 * citation without one and given back as null. A citation's id is its own identity, the source's id
 * and the locator (`src-1#para 7`, the source's id alone without one), so a normalizing client cache
 * keeps two citations of one source apart (contract 4.4); `sourceId` names the Source.
 */
export function citationsOf(elements: string): string {
  return `UNWIND ${elements} AS element
    UNWIND range(0, size(coalesce(element.sourceIds, [])) - 1) AS k
    MATCH (source:Source {id: element.sourceIds[k]})
    WITH source, CASE WHEN element.sourceLocators[k] = '' THEN null ELSE element.sourceLocators[k] END AS locator
    WITH {id: CASE WHEN locator IS NULL THEN source.id ELSE source.id + '#' + locator END, sourceId: source.id, name: source.name, publication: source.publication, date: source.date, locator: locator} AS citation`;
}
