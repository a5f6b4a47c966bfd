import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, ID, Info, Int, ObjectType, Query, Resolver } from "type-graphql";
import { readQuery } from "../../database/query";
import type { RequestContext } from "../context";
import { badInput, notFound } from "../errors";
import { asOfDay, checkId } from "../types/arguments";
import { cypherFirstDay } from "../../cypher/dates";
import { orgRefOf, Projection } from "../../cypher/refs";
import { partyOrganizationsBelow } from "../../cypher/below-area";
import { byProjection, OrgRef } from "../types/org-ref";
import { answerType } from "../types/answer-type";

/**
 * One row per party organization at or below the area whose term (换届) ends on or before
 * $asOf + $within: ended already (overdue) or ending within the window. Null when no Area has the
 * id. A term is its own `termYears`, else the default for an organization that leads a community
 * or village (村和社区), else the default for its level; one with no `termStart` or no term
 * length is not listed, since nothing says when it is due. Soonest first, then by name.
 */
export const termsDueCypher = (projection: Projection): string => `
MATCH (area:Area {id: $areaId})
WITH area, ${partyOrganizationsBelow("area")} AS orgs
CALL (orgs) {
  UNWIND orgs AS org
  WITH org, coalesce(
         org.termYears,
         CASE WHEN EXISTS { (org)-[:LEADS]->(c:Community) WHERE c.level IN ['community', 'village'] } THEN $years.community END,
         $years[coalesce(org.level, '')]
       ) AS years
  WHERE coalesce(org.termStart, '') <> '' AND years IS NOT NULL
  WITH org, years, date(${cypherFirstDay("org.termStart")}) + duration({years: years}) AS ends
  WHERE ends <= date($asOf) + duration($within)
  ORDER BY ends, org.name
  RETURN collect({
    organization: ${orgRefOf("org", projection)}, level: org.level, termStart: org.termStart, termYears: years,
    termEnds: toString(ends), overdue: ends < date($asOf), daysLeft: duration.inDays(date($asOf), ends).days
  }) AS due
}
RETURN due`;
const TERMS_DUE = byProjection(termsDueCypher);

@ObjectType(answerType("A party organization whose term (换届) ends within the window asked, or has ended."))
export class TermDue {
  @Field(() => OrgRef) organization!: OrgRef;
  @Field(() => String, { nullable: true }) level?: string | null;
  @Field(() => String, { description: "When the sitting committee's term started (partial dates as written)." }) termStart!: string;
  @Field(() => Int, { description: "The term's length in years: the organization's own, or the configured default for it." }) termYears!: number;
  @Field(() => String, { description: "termStart (its first day) plus termYears, as YYYY-MM-DD." }) termEnds!: string;
  @Field(() => Boolean, { description: "The term ended before asOf." }) overdue!: boolean;
  @Field(() => Int, { description: "Days from asOf to termEnds; negative when overdue." }) daysLeft!: number;
}

const DURATION = /^P(?=\d)(?:(\d{1,3})Y)?(?:(\d{1,4})M)?(?:(\d{1,4})W)?(?:(\d{1,5})D)?$/;

/** `within` as an ISO 8601 duration of years, months, weeks and days (P6M, P90D, P1Y6M), for Cypher's duration(). */
export function checkWithin(within: string): string {
  if (!DURATION.test(within)) {
    throw badInput(`within must be an ISO 8601 duration such as P6M, P90D or P1Y; got ${JSON.stringify(within.slice(0, 20))}.`, "within");
  }
  return within;
}

@Resolver()
export class TermsDueResolver {
  @Query(() => [TermDue], {
    description:
      "The party organizations at or below the area whose term (换届) ends within `within` of asOf (default today), or has ended: for planning elections. Soonest first.",
  })
  async termsDue(
    @Arg("areaId", () => ID) areaId: string,
    @Arg("within", () => String, { defaultValue: "P6M", description: "An ISO 8601 duration: P6M, P90D, P1Y." }) within: string,
    @Arg("asOf", () => String, { nullable: true }) asOf: string | null | undefined,
    @Ctx() { driver, termYears }: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<TermDue[]> {
    checkId("areaId", areaId);
    const params = { areaId, within: checkWithin(within), asOf: asOfDay(asOf), years: termYears };
    const [row] = await readQuery<{ due: TermDue[] }>(driver, TERMS_DUE(info), params);
    if (!row) throw notFound("area", areaId);
    return row.due;
  }
}
