import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, ID, Info, Int, ObjectType, Query, Resolver } from "type-graphql";
import { readQuery } from "../../database/query";
import { cypherFirstDay } from "../../cypher/dates";
import { firstDay } from "../../graph/dates";
import type { RequestContext } from "../context";
import { notFound } from "../errors";
import { asOfDay, checkId } from "../types/arguments";
import { orgRefOf } from "../../cypher/refs";
import { byProjection, OrgRef } from "../types/org-ref";
import { answerType } from "../types/answer-type";

/** Units a member count is reported in: 家 (enterprises, institutions) and 个 (organizations). */
export const MEMBER_COUNT_UNITS = ["家", "个"];

/**
 * One row for the alliance (none when no Alliance has the id): every MEMBER_OF link it has ever had,
 * whatever its dates, and every member count reported for it. The dates are all needed for the
 * timeline, so the arithmetic over them happens in TypeScript (structureAt below), not here.
 *
 * A member count is a Result the alliance PRODUCED, with a value, in 家 or 个, whose name says
 * members: the name contains 成员 (成员单位) or the English name contains "member". Figures that
 * count people (名, 人) or activities (次) never qualify. Its date is the Result's own or, failing
 * that, the date of the earliest dated Source citing it (the figure held when it was published);
 * with neither, it is undated.
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
    MATCH (alliance)-[:PRODUCED]->(figure:Result)
    WHERE figure.unit IN $units AND figure.value IS NOT NULL
      AND (figure.name CONTAINS '成员' OR toLower(coalesce(figure.nameEn, '')) CONTAINS 'member')
    RETURN {
      value: figure.value,
      date: coalesce(figure.date, head(COLLECT {
        MATCH (source:Source) WHERE source.id IN coalesce(figure.sourceIds, []) AND source.date IS NOT NULL
        RETURN source.date ORDER BY ${cypherFirstDay("source.date")} LIMIT 1
      }))
    } AS r
  } AS reports`,
);

@ObjectType(answerType("A member of an alliance, through its MEMBER_OF link."))
export class AllianceMember {
  @Field(() => OrgRef) node!: OrgRef;
  @Field(() => String, { nullable: true, description: "e.g. 常任理事长单位." }) role?: string | null;
  @Field(() => String, { nullable: true, description: "The Unit's sector; null for members that are not units." }) sector?: string | null;
  @Field(() => String, { nullable: true }) since?: string | null;
  @Field(() => String, { nullable: true }) until?: string | null;
}

@ObjectType(answerType())
export class SectorCount {
  @Field(() => String, { description: 'A Unit sector, or "unspecified" for members without one (communities, party organizations...).' }) sector!: string;
  @Field(() => Int) count!: number;
}

@ObjectType(answerType())
export class MemberCountAt {
  @Field(() => String, { description: "The date of the change, as written in the graph." }) date!: string;
  @Field(() => Int) memberCount!: number;
}

@ObjectType(answerType("Who is in an alliance at a date, by sector, and how its size changed."))
export class AllianceStructure {
  @Field(() => OrgRef) alliance!: OrgRef;
  @Field(() => Int, { description: "Members in force at asOf; where a source reports a larger count, that figure." }) memberCount!: number;
  @Field(() => [AllianceMember], { description: "The members the graph names, in force at asOf, by name." }) members!: AllianceMember[];
  @Field(() => [SectorCount], { description: "The named members by sector, largest first." }) sectors!: SectorCount[];
  @Field(() => [MemberCountAt], { description: "The member count at each date it changed, oldest first, up to asOf." }) timeline!: MemberCountAt[];
}

export const UNSPECIFIED_SECTOR = "unspecified";

export interface MemberReport {
  value: number;
  /** Null when neither the Result nor any source citing it has a date. */
  date: string | null;
}

/**
 * The reported count standing at `day`: the latest dated report on or before it (at the same date,
 * the larger), or an undated report, whichever is larger: an undated figure has no date to be
 * superseded at, so it holds throughout.
 */
function reportAt(reports: MemberReport[], day: string): number {
  let latest: { day: string; value: number } | undefined;
  let undated = 0;
  for (const r of reports) {
    if (r.date === null) {
      undated = Math.max(undated, r.value);
      continue;
    }
    const d = firstDay(r.date);
    if (d > day) continue;
    if (!latest || d > latest.day || (d === latest.day && r.value > latest.value)) latest = { day: d, value: r.value };
  }
  return Math.round(Math.max(latest?.value ?? 0, undated));
}

const joined = (m: AllianceMember, day: string): boolean => !m.since || firstDay(m.since) <= day;

/**
 * The structure at `asOf` (a first day) from all memberships and reports. Counting rules, the
 * subtle part:
 * - A member is in force at a date when since ≤ date ≤ until (contract section 1), so the members
 *   and memberCount at asOf include one whose until is asOf.
 * - The timeline has a point at each date something changed (founded, a since, an until, a
 *   report), giving the count from that date on: a member whose until is that date has left. The
 *   point is kept only when the count differs from the one before.
 * - A reported count stands from its date until a later report replaces it; wherever it is larger
 *   than the members named, it is the count (the graph rarely names every member of a big alliance).
 *   An undated report stands at every date but makes no point of its own in the timeline.
 */
export function structureAt(
  alliance: OrgRef,
  founded: string | null,
  memberships: AllianceMember[],
  reports: MemberReport[],
  asOf: string,
): AllianceStructure {
  const members = memberships.filter((m) => joined(m, asOf) && (!m.until || firstDay(m.until) >= asOf));
  const bySector = new Map<string, number>();
  for (const m of members) bySector.set(m.sector ?? UNSPECIFIED_SECTOR, (bySector.get(m.sector ?? UNSPECIFIED_SECTOR) ?? 0) + 1);
  const sectors = [...bySector]
    .map(([sector, count]) => ({ sector, count }))
    .sort((a, b) => b.count - a.count || (a.sector < b.sector ? -1 : a.sector > b.sector ? 1 : 0));

  // Each change date by its first day, labelled as written (the most precise writing wins).
  const labels = new Map<string, string>();
  for (const written of [founded, ...memberships.flatMap((m) => [m.since, m.until]), ...reports.map((r) => r.date)]) {
    if (!written) continue;
    const day = firstDay(written);
    if (day > asOf) continue;
    const label = labels.get(day);
    if (!label || written.length > label.length) labels.set(day, written);
  }
  const timeline: MemberCountAt[] = [];
  for (const day of [...labels.keys()].sort()) {
    const named = memberships.filter((m) => joined(m, day) && (!m.until || firstDay(m.until) > day)).length;
    const memberCount = Math.max(named, reportAt(reports, day));
    if (timeline.length === 0 || timeline[timeline.length - 1].memberCount !== memberCount) timeline.push({ date: labels.get(day)!, memberCount });
  }

  const memberCount = Math.max(members.length, reportAt(reports, asOf));
  return { alliance, memberCount, members, sectors, timeline };
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
    const [row] = await readQuery<{ alliance: OrgRef; founded: string | null; memberships: AllianceMember[]; reports: MemberReport[] }>(
      driver,
      ALLIANCE_STRUCTURE(info),
      { allianceId, units: MEMBER_COUNT_UNITS },
    );
    if (!row) throw notFound("alliance", allianceId);
    return structureAt(row.alliance, row.founded, row.memberships, row.reports, day);
  }
}
