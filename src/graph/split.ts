/**
 * Splitting an organization (a community divided into two on a date): graph/split-plan.ts decides
 * what to write; this reads the original inside the write's transaction, writes the plan and records
 * every node and link it changed in history, all in one transaction, as a merge does (graph/merge.ts).
 */
import neo4j, { Driver, ManagedTransaction } from "neo4j-driver";
import { recordChanges } from "../history/changes";
import { differences, snapshot } from "../history/snapshot";
import { ENTITY_LABEL, isLinkType, LINK_TYPE_NAMES } from "./model";
import { LinkRef, Original, planSplit, SplitPlan, SplitRequest } from "./split-plan";

export { SplitRefused } from "./split-plan";
export type { LinkRef, SplitMove, SplitPart, SplitRequest } from "./split-plan";

/** The original with every link at it (in force or not: the plan picks), which of the new ids are taken, and which moved ids are unknown. */
const READ = `
OPTIONAL MATCH (from:${ENTITY_LABEL} {id: $fromId})
CALL (from) {
  OPTIONAL MATCH (taken:${ENTITY_LABEL}) WHERE taken.id IN $newIds
  RETURN collect(taken.id) AS taken
}
CALL () {
  UNWIND $linkedIds AS id
  WITH id WHERE NOT EXISTS { MATCH (:${ENTITY_LABEL} {id: id}) }
  RETURN collect(id) AS unknown
}
RETURN taken, unknown, CASE WHEN from IS NULL THEN null ELSE {
  id: from.id, type: [l IN labels(from) WHERE l <> '${ENTITY_LABEL}'][0], props: properties(from),
  links: [(from)-[r]->(x:${ENTITY_LABEL}) | {element: elementId(r), type: type(r), out: true, other: x.id, props: properties(r), otherSince: x.since, otherUntil: x.until}]
       + [(from)<-[r]-(x:${ENTITY_LABEL}) | {element: elementId(r), type: type(r), out: false, other: x.id, props: properties(r), otherSince: x.since, otherUntil: x.until}]
} END AS original`;

// Labels and relationship types cannot be parameters: the node type is checked against SPLITTABLE
// (split-plan.ts) and each link type against the model before it is written into a statement.
const createNodes = (type: string): string => `
UNWIND $nodes AS node
CREATE (n:${type}:${ENTITY_LABEL})
SET n = node`;

/** Ends the original's links by elementId, read in this same transaction. */
const END_LINKS = `
UNWIND $elements AS element
MATCH ()-[r]->() WHERE elementId(r) = element
SET r.until = $date`;

const END_PAIRINGS = `
UNWIND $ids AS id
MATCH (p:Pairing:${ENTITY_LABEL} {id: id})
SET p.until = $date`;

const createLinks = (type: string): string => `
UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {id: row.from}), (b:${ENTITY_LABEL} {id: row.to})
CREATE (a)-[r:${type}]->(b)
SET r = row.props`;

export interface SplitSummary {
  /** The new organizations' links, created from the split date. */
  carried: LinkRef[];
  /** The original's links that ended and went nowhere. */
  ended: LinkRef[];
  /** Pairings the original was party to that ended with it. */
  endedPairings: string[];
  /** Nodes and links whose state changed, as history recorded them. */
  changes: number;
}

async function write(tx: ManagedTransaction, plan: SplitPlan, date: string): Promise<void> {
  await tx.run(createNodes(plan.type), { nodes: plan.nodes });
  if (plan.end.length) await tx.run(END_LINKS, { elements: plan.end, date });
  if (plan.endPairings.length) await tx.run(END_PAIRINGS, { ids: plan.endPairings, date });
  for (const type of LINK_TYPE_NAMES) {
    const rows = plan.create.filter((link) => link.link === type);
    if (rows.length && isLinkType(type)) await tx.run(createLinks(type), { rows: rows.map(({ from, to, props }) => ({ from, to, props })) });
  }
}

/** Splits `request.fromId` into the new organizations and records it as `action` by `actor`; throws SplitRefused when it cannot. */
export async function splitNode(driver: Driver, request: SplitRequest, actor: string, action = "split"): Promise<SplitSummary> {
  const newIds = request.into.map((part) => part.id);
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(async (tx) => {
      const { records } = await tx.run(READ, { fromId: request.fromId, newIds, linkedIds: request.moves.map((move) => move.linked) });
      const plan = planSplit(request, records[0].get("original") as Original | null, records[0].get("taken") as string[], records[0].get("unknown") as string[]);
      const touched = [request.fromId, ...newIds, ...plan.endPairings];
      const before = await snapshot(tx, touched);
      await write(tx, plan, request.date);
      const after = await snapshot(tx, touched);
      const changes = differences(before, after);
      await recordChanges(tx, changes, { actor, action: `${action} ${request.fromId} into ${newIds.join(", ")} on ${request.date}`, at: new Date().toISOString() });
      return { carried: plan.create.map(({ link, from, to }) => ({ link, from, to })), ended: plan.ended, endedPairings: plan.endPairings, changes: changes.length };
    });
  } finally {
    await session.close();
  }
}
