/**
 * What "the part of the graph an area or an alliance stands for" means, written once for the
 * exports, the network and the timeline. Each fragment reads `$asOf`: a first day (arguments.ts
 * asOfDay), or null for "whatever the date" (an export without --as-of keeps the whole history).
 */
import { inForce } from "./in-force";

/** True when node or link `x` is kept at $asOf: always without a date, else when it is in force then. */
export const keptAt = (x: string): string => `($asOf IS NULL OR (${inForce(x)}))`;

/**
 * A list expression: the organizations (and, for an area, every node) of the scope `root`.
 * - An Area: everything below it through PART_OF links kept at $asOf (areas, communities, party
 *   organizations, units, stations, initiatives, and the pairings that are parts of its
 *   programmes), plus what those lead or are led by (a street's working committee, a community's
 *   party committee).
 * - An Alliance: itself, its members (MEMBER_OF kept at $asOf) and the party organizations leading it.
 * A quantified path never reuses a relationship, so a PART_OF cycle ends the walk.
 */
export const scopeMembers = (root: string): string => `CASE
  WHEN ${root}:Area THEN COLLECT {
    MATCH (${root})(()<-[part:PART_OF]-(below) WHERE ${keptAt("part")} AND ${keptAt("below")})*(n)
    RETURN n
    UNION
    MATCH (${root})(()<-[part:PART_OF]-(below) WHERE ${keptAt("part")} AND ${keptAt("below")})*(n)-[lead:LEADS]-(o)
    WHERE ${keptAt("lead")}
    RETURN o AS n
  }
  WHEN ${root}:Alliance THEN [${root}] + COLLECT {
    MATCH (m)-[link:MEMBER_OF]->(${root}) WHERE ${keptAt("link")} RETURN m AS n
    UNION
    MATCH (m:PartyOrganization)-[lead:LEADS]->(${root}) WHERE ${keptAt("lead")} RETURN m AS n
  }
  ELSE [] END`;

/** The labels a scope may be rooted at. */
export const SCOPE_TYPES = ["Area", "Alliance"] as const;

/**
 * A pattern step for what hangs off a node: the projects it runs, the activities held, the results
 * produced, the needs raised or met, the resources offered or used, and the projects that are
 * parts of a pairing or project. Reverse PART_OF stops at projects, so an initiative's other
 * pairings (a city-wide 双报到) are not pulled into a district.
 */
export const hangingOff = (from: string, to: string): string =>
  `(${from})((a)-[hang:RUNS|HELD|PRODUCED|RAISED|OFFERS|MEETS|USES|PART_OF]-(b)
     WHERE CASE WHEN hang:PART_OF THEN endNode(hang) = a AND b:Project ELSE startNode(hang) = a END
       AND ${keptAt("b")})+(${to})`;
