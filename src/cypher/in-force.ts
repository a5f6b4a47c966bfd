/**
 * The Cypher that says "in force" and "paired", written once for every operation that asks.
 * Dates are stored as written (2023-09) and compared as their first day (contract section 1);
 * `$asOf` is always the first day already (see arguments.ts asOfDay).
 */
import { cypherFirstDay } from "./dates";

/**
 * True when the link or node `x` (a Pairing, a MEMBER_OF) is in force at $asOf: since ≤ asOf ≤ until,
 * either side open when missing or empty. An empty since needs no test of its own: it pads to
 * '-01-01', before any date ($asOf starts with a digit). Written with IS NULL rather than
 * `coalesce(x.since, '') = ''`, which Neo4j evaluates more slowly: a district's org tree, which tests
 * every PART_OF it walks, read in 20.8 ms against 22.4 (p50 of 240 alternating reads, bench city).
 */
export const inForce = (x: string): string =>
  `(${x}.since IS NULL OR ${cypherFirstDay(`${x}.since`)} <= $asOf) AND (${x}.until IS NULL OR ${x}.until = '' OR ${cypherFirstDay(`${x}.until`)} >= $asOf)`;

/**
 * True when community `c` is paired at $asOf: it, or a PartyOrganization that LEADS it, is PARTY_TO
 * a pairing in force. `{0,1}` makes the community itself the zero-hop case.
 */
export const pairedAt = (c: string): string => `EXISTS {
    MATCH (${c})<-[:LEADS]-{0,1}(party)-[:PARTY_TO]->(pairing:Pairing)
    WHERE (party = ${c} OR party:PartyOrganization) AND ${inForce("pairing")}
  }`;

/**
 * The path pattern from Area `area` down to every Community `c` anywhere below it at $asOf, through
 * areas and communities (a grid in a community in a street counts for the district), along PART_OF
 * links in force then (a community moved to another street in 2024 counts for the old one before).
 * A quantified path never reuses a relationship, so a PART_OF cycle ends the walk instead of
 * looping; callers take DISTINCT `c`, since a community can be reached twice.
 */
export const communitiesBelow = (area: string, c: string): string =>
  `(${area})(()<-[below:PART_OF]-(:Area|Community) WHERE ${inForce("below")})+(${c}:Community)`;
