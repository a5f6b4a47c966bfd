import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, ID, Info, Int, ObjectType, Query, Resolver } from "type-graphql";
import { readQuery } from "../../database/query";
import { cypherFirstDay } from "../../cypher/dates";
import { hangingOff, scopeMembers } from "../../cypher/scope";
import { orgRefOf, Projection } from "../../cypher/refs";
import { firstDay, isPartialDate } from "../../graph/dates";
import { countByPeriod, Interval, periodsBetween, Step, STEPS } from "../../graph/periods";
import type { RequestContext } from "../context";
import { badInput, notFound } from "../errors";
import { checkId } from "../types/arguments";
import { answerType } from "../types/answer-type";
import { byProjection, OrgRef } from "../types/org-ref";

/** A chart has at most this many points: 50 years by month. */
export const MAX_PERIODS = 600;

export const TIMELINE_KINDS = ["pairings", "paired_communities", "alliance_members", "results"] as const;
type TimelineKind = (typeof TIMELINE_KINDS)[number];

/**
 * Each kind's items, as a list expression over `members` (the scope's nodes over its whole history:
 * $asOf is null, scope.ts) and `root`; each item is a list of {since, until} intervals, counted
 * in a period when one overlaps it. The counting is TypeScript's (graph/periods.ts), so one query
 * serves every period. `members` holds each node once (scope.ts unions them), and is never put
 * through DISTINCT: on a 6,600-node city, DISTINCT over the unwound nodes ran out of Neo4j's
 * 700 MB transaction memory where the plain UNWIND needs a few kilobytes.
 */
const ITEMS: Record<TimelineKind, string> = {
  // The pairings the scope's organizations were ever party to (or that are its parts): one interval each.
  pairings: `COLLECT {
    UNWIND members AS o MATCH (o)-[:PARTY_TO]->{0,1}(p:Pairing)
    WITH DISTINCT p RETURN [{since: p.since, until: p.until}]
  }`,
  // The scope's communities, each with the intervals of the pairings it (or a party organization leading it) had.
  paired_communities: `COLLECT {
    UNWIND members AS c WITH c WHERE c:Community
    RETURN COLLECT {
      MATCH (c)<-[:LEADS]-{0,1}(party)-[:PARTY_TO]->(p:Pairing) WHERE party = c OR party:PartyOrganization
      RETURN {since: p.since, until: p.until}
    }
  }`,
  // Members: an area's organizations in any alliance, an alliance's own members; one interval per membership.
  alliance_members: `COLLECT {
    UNWIND members AS o
    RETURN COLLECT {
      MATCH (o)-[m:MEMBER_OF]->(alliance:Alliance) WHERE root:Area OR alliance = root
      RETURN {since: m.since, until: m.until}
    }
  }`,
  // Results achieved (not targets or plans) hanging off the scope, at their own date or, where they
  // say they stand as of their report (dateBasis "report"), at the earliest date of a source citing them.
  results: `COLLECT {
    UNWIND CASE WHEN root:Area THEN members + COLLECT { UNWIND members AS o MATCH (o)-[:PARTY_TO]->(p:Pairing) RETURN p } ELSE [root] END AS s
    MATCH ${hangingOff("s", "r")}
    WITH DISTINCT r WHERE r:Result AND coalesce(r.status, 'achieved') = 'achieved'
    WITH coalesce(r.date, CASE WHEN r.dateBasis = 'report' THEN head(COLLECT {
      MATCH (source:Source) WHERE source.id IN coalesce(r.sourceIds, []) AND source.date IS NOT NULL
      RETURN source.date ORDER BY ${cypherFirstDay("source.date")} LIMIT 1
    }) END) AS at
    RETURN CASE WHEN at IS NULL THEN [] ELSE [{since: at, until: at}] END
  }`,
};

/** One row for the scope (none when no node has the id): its ref and type, and the kind's items. */
const timelineQuery = (kind: TimelineKind) =>
  byProjection(
    (projection: Projection) => `
MATCH (root:Entity {id: $scopeId})
WITH root, ${scopeMembers("root")} AS members
RETURN ${orgRefOf("root", projection)} AS scope, ${ITEMS[kind]} AS items`,
  );

const TIMELINE = Object.fromEntries(TIMELINE_KINDS.map((kind) => [kind, timelineQuery(kind)])) as Record<TimelineKind, (info: GraphQLResolveInfo) => string>;

@ObjectType(answerType("A count in one period."))
export class TimelinePoint {
  @Field(() => String, { description: '"2023", "2023-Q3" or "2023-07".' }) period!: string;
  @Field(() => String, { description: "The period's first day." }) start!: string;
  @Field(() => String, { description: "The period's last day." }) end!: string;
  @Field(() => Int, { description: "The count at the end of the period." }) count!: number;
}

@ObjectType(answerType("Counts per period for a chart."))
export class Timeline {
  @Field(() => OrgRef, { description: "The area or alliance counted." }) scope!: OrgRef;
  @Field(() => String, { description: "What is counted: pairings, paired_communities, alliance_members or results." }) kind!: string;
  @Field(() => String, { description: "The period length: year, quarter or month." }) step!: string;
  @Field(() => [TimelinePoint], { description: "Oldest first, one per period from `from` to `to`." }) points!: TimelinePoint[];
  @Field(() => Int, { description: "Items with no date to place them at (results without one): listed here, never assumed to hold at every date." })
  undated!: number;
}

function checkDate(argument: string, value: string): void {
  if (!isPartialDate(value)) throw badInput(`${argument} must be a real date as YYYY, YYYY-MM or YYYY-MM-DD; got ${JSON.stringify(value.slice(0, 16))}.`, argument);
}

@Resolver()
export class TimelineResolver {
  @Query(() => Timeline, {
    description:
      'Counts per period (step "year", "quarter" or "month") from `from` to `to` for an area or alliance. kind: "pairings" (in force at some day of the period), "paired_communities" (communities with a pairing in force then, directly or through a party organization leading them), "alliance_members" (memberships in force: an alliance\'s members, or an area\'s organizations in any alliance), "results" (achieved results dated in the period).',
  })
  async timeline(
    @Arg("scopeId", () => ID) scopeId: string,
    @Arg("kind", () => String) kind: string,
    @Arg("from", () => String) from: string,
    @Arg("to", () => String) to: string,
    @Arg("step", () => String, { nullable: true, defaultValue: "year" }) stepArg: string | null,
    @Ctx() { driver }: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Timeline> {
    checkId("scopeId", scopeId);
    const step = stepArg ?? "year";
    if (!(TIMELINE_KINDS as readonly string[]).includes(kind)) throw badInput(`kind must be one of ${TIMELINE_KINDS.join(", ")}.`, "kind");
    if (!(STEPS as readonly string[]).includes(step)) throw badInput(`step must be one of ${STEPS.join(", ")}.`, "step");
    checkDate("from", from);
    checkDate("to", to);
    if (firstDay(from) > firstDay(to)) throw badInput("from must not be after to.", "from");
    const periods = periodsBetween(from, to, step as Step);
    if (periods.length > MAX_PERIODS) throw badInput(`That is ${periods.length} periods; a timeline has at most ${MAX_PERIODS}: take a longer step or a shorter span.`, "step");
    const [row] = await readQuery<{ scope: OrgRef; items: Interval[][] }>(driver, TIMELINE[kind as TimelineKind](info), { scopeId, asOf: null });
    if (!row) throw notFound("node", scopeId);
    if (row.scope.type !== "Area" && row.scope.type !== "Alliance") throw badInput(`scopeId must name an Area or an Alliance; "${scopeId}" is a ${row.scope.type}.`, "scopeId");
    const dated = row.items.filter((intervals) => intervals.length > 0);
    const counts = countByPeriod(dated, periods);
    return {
      scope: row.scope,
      kind,
      step,
      points: periods.map((p, i) => ({ period: p.label, start: p.start, end: p.end, count: counts[i] })),
      undated: kind === "results" ? row.items.length - dated.length : 0,
    };
  }
}
