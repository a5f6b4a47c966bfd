import "reflect-metadata"; // the module's answer types are type-graphql classes
import { AllianceMember, structureAt } from "../../src/graphql/operations/alliance-structure";
import type { ReportedFigure } from "../../src/graphql/types/reported-figure";

type MemberReport = ReportedFigure;

/** A member_units figure as the operation reads it: dated by its own date (dateBasis "date"), or undated. */
const report = (value: number, date: string | null): ReportedFigure => ({
  result: { id: `r-${value}-${date}`, name: "成员单位", value, unit: "家", date },
  measure: "member_units",
  approx: "exact",
  status: "achieved",
  dateBasis: date ? "date" : null,
  sources: [],
});

/** structureAt (src/graphql/operations/alliance-structure.ts): members, sectors and the timeline of an alliance, without a database. */
describe("alliance timelines", () => {
  const alliance = { id: "a", name: "联盟", nameEn: null, type: "Alliance" };
  const member = (id: string, sector: string | null, since: string | null, until: string | null = null, role: string | null = null): AllianceMember => ({
    node: { id, name: id, nameEn: null, type: sector ? "Unit" : "Community" },
    role,
    sector,
    since,
    until,
  });
  // The operations fixture's 甲区党建联盟, as its query would hand it over.
  const MEMBERS = [
    member("tax", "government", "2021-05", null, "常任理事长单位"),
    member("bank", "finance", "2021-05", "2022-12"),
    member("comm", null, "2021-05"),
    member("school", "school", "2022-03"),
    member("uni", "university", "2023"),
    member("co", "enterprise", "2025-01"),
  ];
  const REPORTS: MemberReport[] = [report(36, "2023-05")];
  const at = (asOf: string, memberships = MEMBERS, reports = REPORTS, founded: string | null = "2021-05") =>
    structureAt(alliance, founded, memberships, reports, asOf);
  const ids = (members: AllianceMember[]) => members.map((m) => m.node.id);

  it("lists the members in force, counts them by sector, and charts each change", () => {
    const s = at("2024-01-01");
    expect(ids(s.members)).toEqual(["tax", "comm", "school", "uni"]);
    expect(s.sectors).toEqual([
      { sector: "government", count: 1 },
      { sector: "school", count: 1 },
      { sector: "university", count: 1 },
      { sector: "unspecified", count: 1 },
    ]);
    expect(s.memberCount).toBe(36); // the report outnumbers the four named
    expect(s.timeline).toEqual([
      { date: "2021-05", memberCount: 3 },
      { date: "2022-03", memberCount: 4 },
      { date: "2022-12", memberCount: 3 },
      { date: "2023", memberCount: 4 },
      { date: "2023-05", memberCount: 36 },
    ]);
  });

  it("keeps a member on its until day, and has it gone from that day in the timeline", () => {
    const s = at("2022-12-01");
    expect(ids(s.members)).toContain("bank");
    expect(s.memberCount).toBe(4);
    expect(s.timeline[s.timeline.length - 1]).toEqual({ date: "2022-12", memberCount: 3 });
    expect(ids(at("2022-12-02").members)).not.toContain("bank");
  });

  it("charts nothing after asOf, and nothing before the founding", () => {
    expect(at("2022-06-01").timeline).toEqual([
      { date: "2021-05", memberCount: 3 },
      { date: "2022-03", memberCount: 4 },
    ]);
    expect(at("2020-01-01")).toMatchObject({ memberCount: 0, members: [], sectors: [], timeline: [] });
  });

  it("lets the named members overtake a report, and a later report replace an earlier one", () => {
    const many = Array.from({ length: 5 }, (_, i) => member(`m${i}`, "enterprise", "2024"));
    const reports: MemberReport[] = [
      report(3, "2023"),
      report(2, "2023-06"), // smaller, but later: it stands from 2023-06
    ];
    expect(at("2023-03-01", many, reports, null).memberCount).toBe(3);
    expect(at("2023-07-01", many, reports, null).memberCount).toBe(2);
    expect(at("2024-01-01", many, reports, null)).toMatchObject({
      memberCount: 5,
      timeline: [
        { date: "2023", memberCount: 3 },
        { date: "2023-06", memberCount: 2 },
        { date: "2024", memberCount: 5 },
      ],
    });
  });

  it("takes the larger of two reports of the same day, and rounds a count", () => {
    const reports: MemberReport[] = [report(10, "2023-05"), report(12.6, "2023-05-01")];
    const s = at("2023-06-01", [], reports, null);
    expect(s.memberCount).toBe(13);
    // One point for the day, labelled by its most precise writing.
    expect(s.timeline).toEqual([{ date: "2023-05-01", memberCount: 13 }]);
  });

  it("lists an undated report without placing it at any date (contract 4.1)", () => {
    const s = at("2020-01-01", [member("x", null, "2019")], [report(29, null)], null);
    expect(s.memberCount).toBe(1);
    expect(s.timeline).toEqual([{ date: "2019", memberCount: 1 }]);
    expect(s.reported.map((r) => r.result.value)).toEqual([29]);
    expect(at("2024-01-01", [], [report(29, null)], null)).toMatchObject({ memberCount: 0, timeline: [] });
  });

  it("drops a change that leaves the count as it was", () => {
    const swap = [member("a1", "school", "2020", "2021"), member("a2", "school", "2021")];
    expect(at("2022-01-01", swap, [], "2020").timeline).toEqual([{ date: "2020", memberCount: 1 }]);
  });

  it("orders sectors by count, then by name", () => {
    const s = at("2024-01-01", [member("a", "school", "2020"), member("b", "finance", "2020"), member("c", "school", "2020"), member("d", null, "2020")], [], null);
    expect(s.sectors).toEqual([
      { sector: "school", count: 2 },
      { sector: "finance", count: 1 },
      { sector: "unspecified", count: 1 },
    ]);
  });
});
