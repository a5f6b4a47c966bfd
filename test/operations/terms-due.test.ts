import type { Driver } from "neo4j-driver";
import { gql, graphWithServer, testServer } from "../support/server";
import { TestGraph } from "../support/test-graph";

/**
 * termsDue lists a term that ends exactly at asOf + within, not one a day later; an ended term is
 * overdue from the day after it ends; the default length follows the level and the 村和社区 rule,
 * an organization's own termYears wins, and only what is at or below the area (in force) counts.
 */
const RECORDS = [
  { id: "district", type: "Area", name: "某区", level: "district" },
  { id: "street", type: "Area", name: "某街道", level: "street" },
  { id: "other-street", type: "Area", name: "别的街道", level: "street" },
  { id: "community", type: "Community", name: "某社区", level: "community" },
  { type: "PART_OF", from: "street", to: "district" },
  { type: "PART_OF", from: "other-street", to: "district" },
  { type: "PART_OF", from: "community", to: "street" },
  // A 党工委 leads the street without being PART_OF it; it has no default term (it is not elected).
  { id: "gwc", type: "PartyOrganization", name: "某街道党工委", level: "working_committee", termStart: "2020-01-01" },
  { type: "LEADS", from: "gwc", to: "street" },
  // committee: 5 years, ends 2026-07-01.
  { id: "committee", type: "PartyOrganization", name: "甲党委", level: "committee", termStart: "2021-07-01" },
  { type: "PART_OF", from: "committee", to: "gwc" },
  // branch: 3 years from 2023-09 (= 2023-09-01), ends 2026-09-01.
  { id: "branch", type: "PartyOrganization", name: "乙党支部", level: "branch", termStart: "2023-09" },
  { type: "PART_OF", from: "branch", to: "committee" },
  // A branch that leads a community serves 5 years: ends 2027-01-10.
  { id: "community-branch", type: "PartyOrganization", name: "丙社区党支部", level: "branch", termStart: "2022-01-10" },
  { type: "LEADS", from: "community-branch", to: "community" },
  // Its own term: 2 years, ends 2026-03-15.
  { id: "own-term", type: "PartyOrganization", name: "丁党支部", level: "branch", termStart: "2024-03-15", termYears: 2 },
  { type: "PART_OF", from: "own-term", to: "committee" },
  // Moved out of the committee at the end of 2024: not below the street after that.
  { id: "moved", type: "PartyOrganization", name: "戊党支部", level: "branch", termStart: "2023-01-01" },
  { type: "PART_OF", from: "moved", to: "committee", until: "2024-12-31" },
  { id: "no-start", type: "PartyOrganization", name: "己党支部", level: "branch" },
  { type: "PART_OF", from: "no-start", to: "committee" },
  { id: "elsewhere", type: "PartyOrganization", name: "庚党委", level: "committee", termStart: "2019-01-01" },
  { type: "PART_OF", from: "elsewhere", to: "other-street" },
];

const TERMS_DUE = `query ($areaId: ID!, $within: String, $asOf: String) {
  termsDue(areaId: $areaId, within: $within, asOf: $asOf) { organization { id } termEnds termYears overdue daysLeft }
}`;

describe("termsDue: party organizations whose term (换届) is due", () => {
  let driver: Driver;
  let g: TestGraph;
  let server: Awaited<ReturnType<typeof testServer>>;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ g, server, close } = await graphWithServer("terms-due", RECORDS));
    driver = g.driver;
  });
  afterAll(() => close());

  const due = async (area: string, asOf: string, within?: string) => {
    const answer = await gql(server.url, TERMS_DUE, { areaId: g.id(area), asOf, ...(within ? { within } : {}) });
    expect(answer.errors).toBeUndefined();
    return g.localize(answer.data!.termsDue as { organization: { id: string }; termEnds: string; termYears: number; overdue: boolean; daysLeft: number }[]);
  };
  const ids = (rows: { organization: { id: string } }[]) => rows.map((r) => r.organization.id);

  it("lists a term ending on the window's last day, and not one ending the day after", async () => {
    // asOf 2026-01-01 + P6M = 2026-07-01: the committee's term ends that very day.
    expect(await due("street", "2026-01-01", "P6M")).toEqual([
      { organization: { id: "own-term" }, termEnds: "2026-03-15", termYears: 2, overdue: false, daysLeft: 73 },
      { organization: { id: "committee" }, termEnds: "2026-07-01", termYears: 5, overdue: false, daysLeft: 181 },
    ]);
    // A day earlier the window ends 2026-06-30: the committee is not yet due.
    expect(ids(await due("street", "2025-12-31", "P6M"))).toEqual(["own-term"]);
    // The default window is six months.
    expect(ids(await due("street", "2026-01-01"))).toEqual(["own-term", "committee"]);
  });

  it("marks a term overdue from the day after it ends", async () => {
    const onTheDay = await due("street", "2026-07-01", "P1D");
    expect(onTheDay.find((r) => r.organization.id === "committee")).toMatchObject({ overdue: false, daysLeft: 0 });
    const after = await due("street", "2026-07-02", "P1D");
    expect(after.find((r) => r.organization.id === "committee")).toMatchObject({ overdue: true, daysLeft: -1 });
    expect(after.find((r) => r.organization.id === "own-term")).toMatchObject({ overdue: true });
  });

  it("gives a branch leading a community five years, and lists only what is below the area in force", async () => {
    const later = await due("district", "2027-01-10", "P1D");
    expect(ids(later)).toEqual(["elsewhere", "own-term", "committee", "branch", "community-branch"]);
    expect(later.find((r) => r.organization.id === "community-branch")).toMatchObject({ termEnds: "2027-01-10", termYears: 5, overdue: false });
    // The street does not reach the other street's committee; the moved branch was below it only until 2024-12-31.
    expect(ids(await due("street", "2027-01-10", "P1D"))).not.toContain("elsewhere");
    expect(ids(await due("street", "2024-06-01", "P2Y"))).toContain("moved");
    expect(ids(await due("street", "2025-06-01", "P1Y"))).not.toContain("moved");
    // Without a termStart, or a term length (the 党工委), nothing says when it is due.
    expect(ids(later)).not.toContain("no-start");
    expect(ids(later)).not.toContain("gwc");
  });

  it("refuses a window that is not a duration, and an unknown area", async () => {
    const bad = await gql(server.url, TERMS_DUE, { areaId: g.id("street"), within: "6 months" });
    expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const unknown = await gql(server.url, TERMS_DUE, { areaId: g.id("nowhere") });
    expect(unknown.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });
});
