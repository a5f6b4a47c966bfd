import neo4j from "neo4j-driver";
import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from "type-graphql";
import { readQuery } from "../../database/query";
import { CHANGE_IDS_INDEX, CHANGE_LABEL } from "../../history/changes";
import { ENTITY_LABEL } from "../../graph/model";
import type { RequestContext } from "../context";
import { notFound } from "../errors";
import { checkId, checkRange, MAX_PAGE } from "../types/arguments";
import { answerType } from "../types/answer-type";

/**
 * The changes that touched the node, or a link at either of its ends (history/changes.ts): a
 * mutation's by the indexed subject and other, an import batch's rows through the full-text index
 * over its ids (a well-formed id has no character a quoted Lucene phrase treats specially). Newest
 * first (a node before its links within one write), at most $first; and whether a node has the
 * id, so an id that never existed is told apart from one whose node was deleted (its history stays).
 */
const HISTORY = `
CALL () {
  MATCH (c:${CHANGE_LABEL} {subject: $id})
  RETURN c {.at, .actor, .action, .kind, .subject, .link, to: c.other, .before, .after} AS change
  UNION ALL
  MATCH (c:${CHANGE_LABEL} {other: $id})
  RETURN c {.at, .actor, .action, .kind, .subject, .link, to: c.other, .before, .after} AS change
  UNION ALL
  CALL db.index.fulltext.queryNodes('${CHANGE_IDS_INDEX}', $phrase) YIELD node AS c
  UNWIND [i IN range(0, size(c.subjects) - 1) WHERE c.subjects[i] = $id OR c.others[i] = $id] AS i
  RETURN {at: c.at, actor: c.actor, action: c.action, kind: c.kinds[i], subject: c.subjects[i],
          // "" stands for absent in the batch's lists (history/changes.ts recordBatch).
          link: CASE c.links[i] WHEN '' THEN null ELSE c.links[i] END, to: CASE c.others[i] WHEN '' THEN null ELSE c.others[i] END, before: CASE c.befores[i] WHEN '' THEN null ELSE c.befores[i] END, after: CASE c.afters[i] WHEN '' THEN null ELSE c.afters[i] END} AS change
}
WITH change ORDER BY change.at DESC, change.link IS NOT NULL, change.link, change.to LIMIT $first
WITH collect(change) AS changes
RETURN changes, EXISTS { MATCH (:${ENTITY_LABEL} {id: $id}) } AS exists`;

@ObjectType(answerType("One write's change to a node or a link: who, when, by what operation, and the properties before and after."))
export class Change {
  @Field(() => String, { description: "When, as an ISO 8601 UTC timestamp." }) at!: string;
  @Field(() => String, { nullable: true, description: "Who: the token's subject, or the import file and its SHA-256." }) actor?: string | null;
  @Field(() => String, { description: 'The operation: the mutation\'s root fields (e.g. "updateCommunities"), or "import".' }) action!: string;
  @Field(() => String, { description: "created, updated or deleted." }) kind!: string;
  @Field(() => ID, { description: "The node changed, or the link's from end." }) subject!: string;
  @Field(() => String, { nullable: true, description: "The link's type when a link changed; null for a node." }) link?: string | null;
  @Field(() => ID, { nullable: true, description: "The link's to end when a link changed." }) to?: string | null;
  @Field(() => String, { nullable: true, description: "JSON of the properties before; null when it was created." }) before?: string | null;
  @Field(() => String, { nullable: true, description: "JSON of the properties after; null when it was deleted." }) after?: string | null;
}

@Resolver()
export class HistoryResolver {
  @Query(() => [Change], { description: "Every recorded write to the node and the links at it, newest first (contract 4.7)." })
  async history(
    @Arg("id", () => ID) id: string,
    @Arg("first", () => Int, { defaultValue: 50 }) first: number,
    @Ctx() { driver }: RequestContext,
  ): Promise<Change[]> {
    checkId("id", id);
    checkRange("first", first, 0, MAX_PAGE);
    const [row] = await readQuery<{ changes: Change[]; exists: boolean }>(driver, HISTORY, { id, first: neo4j.int(first), phrase: `"${id}"` });
    if (!row.exists && !row.changes.length) throw notFound("node or history", id);
    return row.changes;
  }
}
