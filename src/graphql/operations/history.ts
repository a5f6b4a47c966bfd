import neo4j from "neo4j-driver";
import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from "type-graphql";
import { readQuery } from "../../database/query";
import { CHANGE_IDS_INDEX, CHANGE_LABEL, ChangeRow, CreatedColumns, createdRows } from "../../history/changes";
import { ENTITY_LABEL } from "../../graph/model";
import type { RequestContext } from "../context";
import { notFound } from "../errors";
import { checkId, checkRange, MAX_PAGE } from "../types/arguments";
import { answerType } from "../types/answer-type";

/**
 * The changes that touched the node, or a link at either of its ends (history/changes.ts): a
 * mutation's by the indexed `subject` and `other`, at most $first of each, newest first; an import
 * batch's through the full-text index over its ids (a well-formed id has no character a quoted
 * Lucene phrase treats specially), the $first newest batches, whose rows the resolver picks out.
 * And whether a node has the id, so an id that never existed is told apart from one whose node was
 * deleted (its history stays).
 */
const HISTORY = `
CALL () {
  MATCH (c:${CHANGE_LABEL} {subject: $id}) RETURN c
  UNION
  MATCH (c:${CHANGE_LABEL} {other: $id}) RETURN c
  UNION
  CALL db.index.fulltext.queryNodes('${CHANGE_IDS_INDEX}', $phrase) YIELD node AS c RETURN c
}
WITH c ORDER BY c.at DESC LIMIT $first
WITH collect(c {.at, .actor, .action, .kind, .subject, .link, to: c.other, .before, .after, .rows, .created}) AS changes
RETURN changes, EXISTS { MATCH (:${ENTITY_LABEL} {id: $id}) } AS exists`;

type Stored = Change & { rows: string | null; created: string | null };

/** A batch's rows that touched `id`, as Changes; a mutation's Change as it is. */
function expand(stored: Stored, id: string): Change[] {
  const { rows, created, ...change } = stored;
  if (rows === null && created === null) return [change];
  const touched = created !== null ? createdRows(JSON.parse(created) as CreatedColumns, id) : (JSON.parse(rows!) as ChangeRow[]).filter((row) => row.subject === id || row.other === id);
  return touched.map((row) => ({ at: change.at, actor: change.actor, action: change.action, kind: row.kind, subject: row.subject, link: row.link ?? null, to: row.other ?? null, before: row.before, after: row.after }));
}

/** Newest first; within one write, a node before its links. */
const newestFirst = (a: Change, b: Change): number =>
  b.at.localeCompare(a.at) || Number(a.link != null) - Number(b.link != null) || (a.link ?? "").localeCompare(b.link ?? "") || (a.to ?? "").localeCompare(b.to ?? "");

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
    const [row] = await readQuery<{ changes: Stored[]; exists: boolean }>(driver, HISTORY, { id, first: neo4j.int(first), phrase: `"${id}"` });
    if (!row.exists && !row.changes.length) throw notFound("node or history", id);
    return row.changes.flatMap((stored) => expand(stored, id)).sort(newestFirst).slice(0, first);
  }
}
