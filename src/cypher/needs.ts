/**
 * The Cypher the planner's operations share (contract section 4.2, 三张清单): when a need is open or
 * met at a date, when a resource is offered, who speaks for a community or a unit, and where they are
 * in the area tree. `$asOf` is always a first day already (see arguments.ts asOfDay).
 */
import { inForce } from "./in-force";

/**
 * A need `n` is open at $asOf when it is listed then (since ≤ asOf ≤ until, either side open) and its
 * status is open (no status reads as open: a list entry is open until someone says otherwise). The
 * graph keeps a need's present status only, so a need met later counts as met at every date it is
 * listed: the only history there is, is since and until.
 */
export const openAt = (n: string): string => `coalesce(${n}.status, 'open') = 'open' AND ${inForce(n)}`;

/** A need `n` listed at $asOf and marked met. */
export const metAt = (n: string): string => `${n}.status = 'met' AND ${inForce(n)}`;

/** A resource `r` offered at $asOf: since ≤ asOf ≤ until, either side open. */
export const offeredAt = (r: string): string => inForce(r);

/**
 * Pattern and condition for `party` speaking for `org`: the organization itself or a
 * PartyOrganization that LEADS it, the same reading the contract gives "paired" (section 1).
 */
export const speaksFor = (org: string, party: string): { pattern: string; where: string } => ({
  pattern: `(${org})<-[:LEADS]-{0,1}(${party})`,
  where: `(${party} = ${org} OR ${party}:PartyOrganization)`,
});

/**
 * A list expression: the organization `org` and the PartyOrganizations that LEAD it, who speak for it
 * (the contract's reading of "paired", section 1). Written as a list, not as a `<-[:LEADS]-{0,1}`
 * pattern with `party = org OR party:PartyOrganization`, because the planner took seconds over a
 * query with several of those (suggestPartners: 8 s cold on a loaded machine, over the 10 s timeout).
 */
export const partiesOf = (org: string): string => `[${org}] + COLLECT { MATCH (${org})<-[:LEADS]-(leader:PartyOrganization) RETURN leader }`;

/**
 * The first Area above community `c`: its street or town (a grid or compound walks up through the
 * communities it is part of). Returns `street`, or no row when it is in no area.
 */
export const streetOf = (c: string, street: string): string => `
    MATCH path = (${c})-[:PART_OF*0..4]->(:Community)-[:PART_OF]->(${street}:Area)
    RETURN ${street} ORDER BY length(path) LIMIT 1`;
