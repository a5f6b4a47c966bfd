/**
 * Merging two nodes that turn out to be one organization (a community recorded twice, two names of
 * one unit): every link of FROM moves to INTO (a link INTO already has with the same node gains
 * FROM's citations), FROM's citations and names join INTO's (its name becomes an alias), FROM is deleted, and history records each node and link that changed, all in
 * one transaction. Links between the two are dropped: they would join INTO to itself.
 */
import neo4j, { Driver } from "neo4j-driver";
import { recordChanges } from "../history/changes";
import { differences, snapshot } from "../history/snapshot";
import { ENTITY_LABEL, LINK_TYPE_NAMES } from "./model";

export class MergeRefused extends Error {
  constructor(
    message: string,
    readonly reason: "not_found" | "bad_input",
  ) {
    super(message);
  }
}

/** Citations are parallel lists (interchange/import.ts); appending FROM's keeps them in step. */
const addCitations = (target: string, source: string): string => `
      FOREACH (_ IN CASE WHEN ${target} IS NULL OR ${source}.sourceIds IS NULL THEN [] ELSE [1] END |
        SET ${target}.sourceIds = coalesce(${target}.sourceIds, []) + ${source}.sourceIds,
            ${target}.sourceLocators = coalesce(${target}.sourceLocators, []) + ${source}.sourceLocators)`;

// Relationship types come from the model: Cypher cannot take them as parameters. A link INTO
// already has to the same node keeps its own properties and gains FROM's citations; any other is
// created afresh with all of FROM's link's properties.
const moveLinks = LINK_TYPE_NAMES.flatMap((type) =>
  [
    ["-", "->"],
    ["<-", "-"],
  ].map(
    ([left, right]) => `
CALL (from, into) {
  MATCH (from)${left}[r:${type}]${right}(x) WHERE x <> into
  OPTIONAL MATCH (into)${left}[had:${type}]${right}(x)
  FOREACH (_ IN CASE WHEN had IS NULL THEN [1] ELSE [] END | CREATE (into)${left}[moved:${type}]${right}(x) SET moved = properties(r))
  WITH r, had${addCitations("had", "r")}
  DELETE r
}`,
  ),
).join("");

/** One statement: both nodes by id, FROM's links moved, its citations and names added to INTO, FROM deleted. */
const MERGE = `
MATCH (from:${ENTITY_LABEL} {id: $fromId}), (into:${ENTITY_LABEL} {id: $intoId})
${moveLinks}
WITH from, into${addCitations("into", "from")}
SET into.aliases = [name IN coalesce(into.aliases, []) + [from.name] + coalesce(from.aliases, []) WHERE name <> into.name | name]
WITH from, into
DETACH DELETE from
RETURN into.id AS id`;

const TYPES = `
OPTIONAL MATCH (from:${ENTITY_LABEL} {id: $fromId}) OPTIONAL MATCH (into:${ENTITY_LABEL} {id: $intoId})
RETURN [l IN labels(from) WHERE l <> '${ENTITY_LABEL}'][0] AS fromType, [l IN labels(into) WHERE l <> '${ENTITY_LABEL}'][0] AS intoType`;

export interface MergeSummary {
  /** Links and nodes whose state changed, as history recorded them. */
  changes: number;
}

/** Merges FROM into INTO and records it as `action` by `actor`; throws MergeRefused when it cannot. */
export async function mergeNodes(driver: Driver, fromId: string, intoId: string, actor: string, action = "merge"): Promise<MergeSummary> {
  if (fromId === intoId) throw new MergeRefused("A node cannot be merged into itself.", "bad_input");
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(async (tx) => {
      const { records } = await tx.run(TYPES, { fromId, intoId });
      const { fromType, intoType } = records[0].toObject() as { fromType: string | null; intoType: string | null };
      if (!fromType) throw new MergeRefused(`No node has id "${fromId}".`, "not_found");
      if (!intoType) throw new MergeRefused(`No node has id "${intoId}".`, "not_found");
      if (fromType !== intoType) throw new MergeRefused(`"${fromId}" is a ${fromType} and "${intoId}" a ${intoType}: only nodes of one type merge.`, "bad_input");
      const before = await snapshot(tx, [fromId, intoId]);
      await tx.run(MERGE, { fromId, intoId });
      const after = await snapshot(tx, [fromId, intoId]);
      const changes = differences(before, after);
      await recordChanges(tx, changes, { actor, action: `${action} ${fromId} into ${intoId}`, at: new Date().toISOString() });
      return { changes: changes.length };
    });
  } finally {
    await session.close();
  }
}
