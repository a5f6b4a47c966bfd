import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, ID, Info, Int, ObjectType, Query, Resolver } from "type-graphql";
import { readQuery } from "../../database/query";
import { firstDay } from "../../graph/dates";
import { byCodePoint } from "../../graph/string-order";
import type { RequestContext } from "../context";
import { notFound } from "../errors";
import { asOfDay, checkId } from "../types/arguments";
import { nameEnOf, orgRefOf } from "../../cypher/refs";
import { reportedFigureOf } from "../../cypher/figures";
import { countAt, placeCount } from "../../graph/member-counts";
import { ReportedFigure } from "../types/reported-figure";
import { byProjection, OrgRef } from "../types/org-ref";
import { answerType } from "../types/answer-type";

/**
 * One row for the alliance (none when no Alliance has the id): every MEMBER_OF link it has ever had,
 * whatever its dates, and every member count reported for it. The dates are all needed for the
 * timeline, so the arithmetic over them happens in TypeScript (structureAt below), not here.
 *
 * A member count is a Result the alliance PRODUCED whose measure is member_units (contract 4.1),
 * whatever its name or unit says. Each comes as a ReportedFigure, dated or not, with its sources;
 * where it stands in time is graph/member-counts.ts's to decide.
 */
const ALLIANCE_STRUCTURE = byProjection(
  (projection) => `
MATCH (alliance:Alliance {id: $allianceId})
RETURN ${orgRefOf("alliance", projection)} AS alliance, alliance.founded AS founded,
  COLLECT {
    MATCH (member)-[link:MEMBER_OF]->(alliance)
    RETURN {node: ${orgRefOf("member", projection)}, role: link.role, sector: CASE WHEN member:Unit THEN member.sector END, since: link.since, until: link.until} AS m
    ORDER BY member.name, member.id
  } AS memberships,
  COLLECT {
    MATCH (alliance)-[:PRODUCED]->(figure:Result {measure: 'member_units'})
    ${reportedFigureOf("figure", nameEnOf("figure", projection))}
  } AS reported`,
);

@ObjectType(answerType("A member of an alliance, through its MEMBER_OF link."))
export class AllianceMember {
  @Field(() => OrgRef, { description: "The member." }) node!: OrgRef;
  @Field(() => String, { nullable: true, description: "e.g. 常任理事长单位." }) role?: string | null;
  @Field(() => String, { nullable: true, description: "The Unit's sector; null for members that are not units." }) sector?: string | null;
  @Field(() => String, { nullable: true, description: "When it joined; null: not known." }) since?: string | null;
  @Field(() => String, { nullable: true, description: "When it left; null: still a member." }) until?: string | null;
}

@ObjectType(answerType("How many named members have a sector."))
export class SectorCount {
  @Field(() => String, { description: 'A Unit sector, or "unspecified" for members without one (communities, party organizations...).' }) sector!: string;
  @Field(() => Int, { description: "How many named members in force have this sector." }) count!: number;
}

@ObjectType(answerType("The member count on a date it changed."))
export class MemberCountAt {
  @Field(() => String, { description: "The date of the change, as written in the graph." }) date!: string;
  @Field(() => Int, { description: "The members in force on that date." }) memberCount!: number;
}

@ObjectType(answerType("Who is in an alliance at a date, by sector, and how its size changed."))
export class AllianceStructure {
  @Field(() => OrgRef, { description: "The alliance." }) alliance!: OrgRef;
  @Field(() => Int, {
    description: "Members in force at asOf; where a reported member_units figure standing at asOf (see reported) is larger, that figure. Undated figures, targets and plans stand at no date.",
  })
  memberCount!: number;
  @Field(() => [AllianceMember], { description: "The members the graph names, in force at asOf, by name." }) members!: AllianceMember[];
  @Field(() => [SectorCount], { description: "The named members by sector, largest first." }) sectors!: SectorCount[];
  @Field(() => [MemberCountAt], { description: "The member count at each date it changed, oldest first, up to asOf; a founding figure before a report of the same date." })
  timeline!: MemberCountAt[];
  @Field(() => [ReportedFigure], {
    description: "Every member_units figure reported for the alliance, dated or not, at any date: an undated one is listed here, not counted at a date.",
  })
  reported!: ReportedFigure[];
}

export const UNSPECIFIED_SECTOR = "unspecified";

const joined = (m: AllianceMember, day: string): boolean => !m.since || firstDay(m.since) <= day;

/**
 * The structure at `asOf` (a first day) from all memberships and reported figures. Counting rules,
 * the subtle part:
 * - A member is in force at a date when since ≤ date ≤ until (contract section 1), so the members
 *   and memberCount at asOf include one whose until is asOf; before the alliance was founded, none is.
 * - A reported figure stands where graph/member-counts.ts places it (its date, the founding date,
 *   or its source's date) until a later one replaces it; an undated figure, a target or a plan
 *   stands nowhere. Wherever a standing figure is larger than the members named, it is the count
 *   (the graph rarely names every member of a big alliance).
 * - The timeline has a point at each date something changed (founded, a since, an until, a placed
 *   figure), giving the count from that date on: a member whose until is that date has left. A
 *   founding figure and a report of one date are two points, founding first. A point is kept only
 *   when the count differs from the one before, and none is shown before the first evidence of a
 *   member (a count of 0).
 */
export function structureAt(
  alliance: OrgRef,
  founded: string | null,
  memberships: AllianceMember[],
  reported: ReportedFigure[],
  asOf: string,
): AllianceStructure {
  const foundedDay = founded ? firstDay(founded) : null;
  const exists = (day: string): boolean => foundedDay === null || foundedDay <= day;
  const members = exists(asOf) ? memberships.filter((m) => joined(m, asOf) && (!m.until || firstDay(m.until) >= asOf)) : [];
  const bySector = new Map<string, number>();
  for (const m of members) bySector.set(m.sector ?? UNSPECIFIED_SECTOR, (bySector.get(m.sector ?? UNSPECIFIED_SECTOR) ?? 0) + 1);
  const sectors = [...bySector]
    .map(([sector, count]) => ({ sector, count }))
    .sort((a, b) => b.count - a.count || byCodePoint(a.sector, b.sector));

  const placed = reported.flatMap((r) => {
    const at = placeCount(
      { value: r.result.value ?? null, date: r.result.date ?? null, dateBasis: r.dateBasis ?? null, status: r.status ?? null, sourceDates: r.sources.map((s) => s.date ?? null) },
      founded,
    );
    return at ? [at] : [];
  });

  // Each change date by its first day, labelled as written (the most precise writing wins).
  const labels = new Map<string, string>();
  for (const written of [founded, ...memberships.flatMap((m) => [m.since, m.until]), ...placed.map((p) => p.date)]) {
    if (!written) continue;
    const day = firstDay(written);
    if (day > asOf) continue;
    const label = labels.get(day);
    if (!label || written.length > label.length) labels.set(day, written);
  }
  const timeline: MemberCountAt[] = [];
  for (const day of [...labels.keys()].sort()) {
    const named = exists(day) ? memberships.filter((m) => joined(m, day) && (!m.until || firstDay(m.until) > day)).length : 0;
    const ranks = [...new Set(placed.filter((p) => p.day === day).map((p) => p.rank))].sort();
    for (const rank of ranks.length ? ranks : [2]) {
      const memberCount = Math.max(named, countAt(placed, day, rank));
      const previous = timeline.length ? timeline[timeline.length - 1].memberCount : 0;
      if (memberCount !== previous) timeline.push({ date: labels.get(day)!, memberCount });
    }
  }

  const memberCount = Math.max(members.length, countAt(placed, asOf));
  return { alliance, memberCount, members, sectors, timeline, reported };
}

@Resolver()
export class AllianceStructureResolver {
  @Query(() => AllianceStructure, {
    description: "An alliance (党建联盟) at asOf (default today): its members in force with role and sector, the count by sector, and how its size changed.",
  })
  async allianceStructure(
    @Arg("allianceId", () => ID) allianceId: string,
    @Arg("asOf", () => String, { nullable: true }) asOf: string | null | undefined,
    @Ctx() { driver }: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AllianceStructure> {
    checkId("allianceId", allianceId);
    const day = asOfDay(asOf);
    const [row] = await readQuery<{ alliance: OrgRef; founded: string | null; memberships: AllianceMember[]; reported: ReportedFigure[] }>(
      driver,
      ALLIANCE_STRUCTURE(info),
      { allianceId },
    );
    if (!row) throw notFound("alliance", allianceId);
    return structureAt(row.alliance, row.founded, row.memberships, row.reported, day);
  }
}
