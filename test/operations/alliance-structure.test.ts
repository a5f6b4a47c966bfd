import { AllianceStructureDocument } from "../../src/client";
import { dataOf, Harness, ids, startHarness } from "./harness";

describe("allianceStructure: members at a date, by sector, and how the count changed", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness("alliance-structure");
  });
  afterAll(() => h.close());

  const structure = async (asOf?: string) => {
    return (await dataOf(h, AllianceStructureDocument, { allianceId: "op-alliance", asOf })).allianceStructure;
  };

  const HISTORY = [
    { date: "2021-05", memberCount: 3 }, // founded: 税务局, 银行, 阳光社区
    { date: "2022-03", memberCount: 4 }, // 第一小学 joins
    { date: "2022-12", memberCount: 3 }, // 银行 leaves
    { date: "2023", memberCount: 4 }, // 甲大学 joins
    { date: "2023-05", memberCount: 36 }, // a source reports 36 member units
  ];

  it("names the members in force with role and sector, and takes a larger reported count", async () => {
    const s = await structure("2024-01");
    expect(s.alliance).toEqual({ id: "op-alliance", name: "甲区党建联盟", nameEn: "Jia District Party-Building Alliance", type: "Alliance" });
    expect(s.members.map((m) => [m.node.id, m.role, m.sector, m.since, m.until])).toEqual([
      ["op-unit-tax", "常任理事长单位", "government", "2021-05", null],
      ["op-unit-uni", "成员单位", "university", "2023", null],
      ["op-unit-school", "成员单位", "school", "2022-03", null],
      ["op-comm-a1", null, null, "2021-05", null],
    ]);
    expect(s.sectors).toEqual([
      { sector: "government", count: 1 },
      { sector: "school", count: 1 },
      { sector: "university", count: 1 },
      { sector: "unspecified", count: 1 },
    ]);
    expect(s.memberCount).toBe(36);
    expect(s.timeline).toEqual(HISTORY);
  });

  it("includes members who later left, as of a date when they were in", async () => {
    const s = await structure("2022-06");
    expect(ids(s.members)).toEqual(["op-unit-tax", "op-unit-bank", "op-unit-school", "op-comm-a1"]);
    expect(s.members[1]).toMatchObject({ role: "理事单位", sector: "finance", until: "2022-12" });
    expect(s.memberCount).toBe(4);
    expect(s.timeline).toEqual(HISTORY.slice(0, 2));
  });

  it("leaves out members who have left", async () => {
    const s = await structure("2022-12-15"); // the bank's until, 2022-12, is 2022-12-01
    expect(ids(s.members)).toEqual(["op-unit-tax", "op-unit-school", "op-comm-a1"]);
    expect(s.memberCount).toBe(3);
    expect(s.timeline).toEqual(HISTORY.slice(0, 3));
  });

  it("keeps a reported count until the named members outnumber it (today)", async () => {
    const s = await structure();
    expect(ids(s.members)).toEqual(["op-unit-co", "op-unit-tax", "op-unit-uni", "op-unit-school", "op-comm-a1"]);
    expect(s.memberCount).toBe(36);
    expect(s.timeline).toEqual(HISTORY); // 乙公司 joining in 2025-01 does not change the reported 36
  });

  it("is empty before the alliance was founded", async () => {
    expect(await structure("2020")).toMatchObject({ memberCount: 0, members: [], sectors: [], timeline: [] });
  });

  it("dates a member count by its source when it has no date of its own", async () => {
    const s = (await dataOf(h, AllianceStructureDocument, { allianceId: "op-alliance-2", asOf: "2024-06" })).allianceStructure;
    expect(ids(s.members)).toEqual(["op-unit-co"]);
    expect(s.memberCount).toBe(12);
    expect(s.timeline).toEqual([{ date: "2023-05", memberCount: 12 }]); // the source's date; 乙公司 joining in 2024 changes nothing
  });

  it("places an undated member count at no date (issue 16: it is listed in reported), and ignores counts of people", async () => {
    const data = await dataOf(h, AllianceStructureDocument, { allianceId: "op-alliance-3", asOf: "2024" });
    expect(data.allianceStructure).toMatchObject({ memberCount: 1, timeline: [] });
  });
});
