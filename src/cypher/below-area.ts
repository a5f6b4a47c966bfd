/**
 * "At or below an area" (contract 4.7), written once for the operations and checks that ask it:
 * the nodes reached from the area down PART_OF links in force at $asOf (the area itself included),
 * and the party organizations that lead one of them, with everything PART_OF those in turn.
 */
import { inForce } from "./in-force";

/** Pattern from `area` down in-force PART_OF links to `n` (zero hops: the area itself). */
export const partsBelow = (area: string, n: string): string => `(${area})(()<-[down:PART_OF]-() WHERE ${inForce("down")})*(${n})`;

/**
 * A COLLECT subquery of the distinct PartyOrganizations at or below `area`: those down PART_OF, and
 * those that lead something there (a street's 党工委 leads the street without being PART_OF it),
 * each with the party organizations PART_OF it.
 */
export const partyOrganizationsBelow = (area: string): string => `COLLECT {
    MATCH ${partsBelow(area, "n")}
    OPTIONAL MATCH (n)<-[leads:LEADS]-(leader:PartyOrganization) WHERE ${inForce("leads")}
    WITH [x IN [n, leader] WHERE x:PartyOrganization] AS tops
    UNWIND tops AS top
    MATCH (top)(()<-[sub:PART_OF]-(:PartyOrganization) WHERE ${inForce("sub")})*(org:PartyOrganization)
    RETURN DISTINCT org
  }`;
