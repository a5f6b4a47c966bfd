import neo4j from "neo4j-driver";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, Float, Info, Int, ObjectType, Query, Resolver } from "type-graphql";
import { readQuery } from "../../database/query";
import { NAME_INDEX } from "../../database/indexes";
import type { RequestContext } from "../context";
import { badInput } from "../errors";
import { checkRange, MAX_PAGE, MIN_PAGE } from "../types/arguments";
import { orgRefOf } from "../../cypher/refs";
import { byProjection, OrgRef } from "../types/org-ref";
import { answerType } from "../types/answer-type";

/**
 * How a hit ranks: 3 for a name or alias equal to the text, 2 for one starting with it, 1 for any
 * other match, plus a fraction below 1 (the full-text score squashed, or a shorter name for the
 * substring search), so `score` orders the hits as they come: exact and prefix matches first.
 */
const rankOf = (n: string, within: string): string => `CASE
    WHEN ${n}.name = $text OR $text IN coalesce(${n}.aliases, []) THEN 3
    WHEN ${n}.name STARTS WITH $text OR any(alias IN coalesce(${n}.aliases, []) WHERE alias STARTS WITH $text) THEN 2
    ELSE 1 END + ${within}`;

/**
 * Full-text hits over name, nameEn and aliases (indexes.ts NAME_INDEX). The `cjk` analyzer splits
 * Chinese into bigrams, so every token of the query is required: 春晖社区 matches nodes whose name
 * holds 春晖 and 社区. Lucene gives more candidates than asked (CANDIDATES_PER_HIT each), best
 * first, and they are ranked again so an exact or prefix match is not left below a longer name
 * that repeats the words.
 */
const SEARCH = byProjection(
  (projection) => `
CALL db.index.fulltext.queryNodes($index, $query, {limit: $candidates}) YIELD node, score
WITH node, ${rankOf("node", "score / (1.0 + score)")} AS score
RETURN ${orgRefOf("node", projection)} AS node, score
ORDER BY score DESC, node.id
LIMIT $first`,
);

/**
 * One character (村, 联) has no bigram to look up: names containing it, over the TEXT index on
 * Entity.name (indexes.ts NAME_TEXT_INDEX). A common character is in a large share of a million
 * names, so no branch reads them all: the name equal to it, up to $first names starting with it
 * and up to $candidates containing it, each a LIMITed index seek that stops early; those are ranked
 * (exact, prefix, then shorter names first). Aliases are not searched here (a TEXT index cannot
 * hold a list); two characters find them.
 */
const SEARCH_ONE_CHARACTER = byProjection(
  (projection) => `
CALL () {
  MATCH (node:Entity) WHERE node.name = $text RETURN node LIMIT $first
  UNION
  MATCH (node:Entity) WHERE node.name STARTS WITH $text RETURN node LIMIT $first
  UNION
  MATCH (node:Entity) WHERE node.name CONTAINS $text RETURN node LIMIT $candidates
}
WITH node, ${rankOf("node", "1.0 / (1 + size(node.name))")} AS score
RETURN ${orgRefOf("node", projection)} AS node, score
ORDER BY score DESC, node.name, node.id
LIMIT $first`,
);

/** How many candidates (full-text, or names containing one character) are ranked for each hit asked for. */
const CANDIDATES_PER_HIT = 4;

export const MAX_SEARCH_LENGTH = 200;

@ObjectType(answerType("A node whose name or alias matches, with its score."))
export class SearchHit {
  @Field(() => OrgRef, { description: "The node found." }) node!: OrgRef;
  @Field(() => Float, { description: "How well it matches: exact names, then prefixes, then full-text relevance." }) score!: number;
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
  @Query(() => [SearchHit], { description: "Search over names and aliases, Chinese-aware: one character finds the names containing it; exact and prefix matches first." })
  async search(
    @Arg("text", () => String) text: string,
    @Arg("first", () => Int, { nullable: true, defaultValue: 10 }) first: number | null,
    @Ctx() { driver }: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchHit[]> {
    if (text.length > MAX_SEARCH_LENGTH) throw badInput(`text is limited to ${MAX_SEARCH_LENGTH} characters, got ${text.length}.`, "text");
    const size = first ?? 10;
    checkRange("first", size, MIN_PAGE, MAX_PAGE);
    if (size === 0) return [];
    const trimmed = text.trim();
    if ([...trimmed].length === 1) {
      const params = { text: trimmed, first: neo4j.int(size), candidates: neo4j.int(size * CANDIDATES_PER_HIT) };
      return readQuery<SearchHit>(driver, SEARCH_ONE_CHARACTER(info), params);
    }
    const query = toFulltextQuery(text);
    if (!query) return [];
    const params = { index: NAME_INDEX, query, text: trimmed, first: neo4j.int(size), candidates: neo4j.int(size * CANDIDATES_PER_HIT) };
    return readQuery<SearchHit>(driver, SEARCH(info), params);
  }
}
