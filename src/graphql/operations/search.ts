import neo4j from "neo4j-driver";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, Float, Info, Int, ObjectType, Query, Resolver } from "type-graphql";
import { readQuery } from "../../database/query";
import { NAME_INDEX } from "../../database/indexes";
import type { RequestContext } from "../context";
import { badInput } from "../errors";
import { checkRange, MAX_PAGE } from "../types/arguments";
import { orgRefOf } from "../../cypher/refs";
import { byProjection, OrgRef } from "../types/org-ref";
import { answerType } from "../types/answer-type";

/**
 * Full-text hits over name and nameEn, best first. The index uses the `cjk` analyzer (bigrams),
 * so every token of the query is required: 春晖社区 matches nodes whose name holds 春晖 and 社区.
 */
const SEARCH = byProjection(
  (projection) => `
CALL db.index.fulltext.queryNodes($index, $query, {limit: $first}) YIELD node, score
RETURN ${orgRefOf("node", projection)} AS node, score
ORDER BY score DESC, node.id
LIMIT $first`,
);

export const MAX_SEARCH_LENGTH = 200;

@ObjectType(answerType())
export class SearchHit {
  @Field(() => OrgRef) node!: OrgRef;
  @Field(() => Float) score!: number;
}

/**
 * User text never reaches Lucene's query parser as syntax: each word becomes a required quoted
 * phrase (so AND, OR, *, : and quotes are searched literally), and the cjk analyzer splits
 * a Chinese phrase into bigrams that must appear in order.
 */
export function toFulltextQuery(text: string): string {
  return text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `+"${word.replace(/["\\]/g, "\\$&")}"`)
    .join(" ");
}

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], { description: "Full-text search over names, Chinese-aware." })
  async search(
    @Arg("text", () => String) text: string,
    @Arg("first", () => Int, { nullable: true, defaultValue: 10 }) first: number | null,
    @Ctx() { driver }: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchHit[]> {
    if (text.length > MAX_SEARCH_LENGTH) throw badInput(`text is limited to ${MAX_SEARCH_LENGTH} characters, got ${text.length}.`, "text");
    const size = first ?? 10;
    checkRange("first", size, 1, MAX_PAGE);
    const query = toFulltextQuery(text);
    if (!query) return [];
    return readQuery<SearchHit>(driver, SEARCH(info), { index: NAME_INDEX, query, first: neo4j.int(size) });
  }
}
