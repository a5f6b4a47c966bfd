import path from "node:path";
import { Client, createClient, SuggestPartnersDocument } from "../../src/client";
import { TestGraph } from "../support/test-graph";
import { testServer } from "../support/server";
import { FAR_CANDIDATES_PER_NEED, SCORE_WEIGHTS, suggestCypher } from "../../src/graphql/operations/suggest-partners";
import neo4j from "neo4j-driver";
import { planOnce } from "./warm";

const FIXTURE = path.join(__dirname, "..", "fixtures", "planner.ndjson");

describe("suggestPartners: which units could pair with a community", () => {
  let g: TestGraph;
  let client: Client;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    g = await TestGraph.create("suggest-partners");
    await g.load(FIXTURE);
    const params = { communityId: g.id("pl-c1"), asOf: "2024-06-01", first: neo4j.int(10), farPerNeed: neo4j.int(FAR_CANDIDATES_PER_NEED), weights: SCORE_WEIGHTS };
    await planOnce(g.driver, suggestCypher({ nameEn: true }), params);
    const server = await testServer(g.driver, { LOG_LEVEL: "silent" });
    client = createClient(server.url);
    stop = () => server.stop();
  });
  afterAll(async () => {
    await stop();
    await g.close();
  });

  /**
   * This file's suggestions, best first. Units from outside the district come by category from the
   * whole graph, other test files' too: ask for plenty and keep only ours.
   */
  const suggest = async (communityId: string, asOf?: string, first = 100) => {
    const res = await client.request(SuggestPartnersDocument, { communityId: g.id(communityId), asOf, first });
    expect(res.errors).toBeUndefined();
    return g.localize(res.data!.suggestPartners.filter((s) => s.unit.id.startsWith(g.prefix)));
  };
  const units = (list: { unit: { id: string } }[]) => list.map((s) => s.unit.id);

  it("puts first the unit on the same street whose resource meets an open need and that has no pairing", async () => {
    const list = await suggest("pl-c1", "2024-06");
    expect(units(list)).toEqual(["pl-u-a", "pl-u-b", "pl-u-c", "pl-u-far", "pl-u-x", "pl-u-d", "pl-u-old"]);
    expect(list[0]).toEqual({
      unit: { id: "pl-u-a", name: "甲餐饮公司", nameEn: null, type: "Unit" },
      score: 15.5,
      reasons: ["offers 助餐 for the open need 老人助餐", "same street", "no pairing in force", "sector service: none of the community's present partners"],
      needs: ["pl-n1"],
      load: 0,
      nearness: "street",
      sector: "service",
    });
    // Its neighbour offers the same (through its party branch) but has three pairings in force.
    expect(list[1]).toMatchObject({ score: 14.75, load: 3, needs: ["pl-n1"], nearness: "street" });
    expect(list[1].reasons).toContain("offers 爱心食堂 for the open need 老人助餐");
    expect(list[1].reasons).toContain("3 pairings in force");
    // Same district, the other open need (raised by the community's party branch); a school, as the present partner is.
    expect(list[2]).toMatchObject({ score: 13, needs: ["pl-n2"], nearness: "district" });
    expect(list[2].reasons).not.toContainEqual(expect.stringMatching(/^sector/));
    // Outside the district: there only through the need its resource meets.
    expect(list[3]).toMatchObject({ score: 11.5, needs: ["pl-n1"], nearness: "elsewhere" });
    expect(list[3].reasons).toContain("outside the district");
    // Nearness alone; a resource no longer offered (壬's 托管班 ended 2023) meets nothing.
    expect(list.slice(4).map((s) => [s.unit.id, s.score, s.needs])).toEqual([
      ["pl-u-x", 5.5, []],
      ["pl-u-d", 3.5, []],
      ["pl-u-old", 3, []],
    ]);
  });

  it("never suggests a unit already paired with the community, through either side's party organization", async () => {
    // 丙 is paired with 春苑's party branch from 2023 on.
    expect(units(await suggest("pl-c1", "2024-06"))).not.toContain("pl-u-p");
    expect(units(await suggest("pl-c1", "2030-01"))).not.toContain("pl-u-p");
    // 己 was paired with 春苑 until 2023-01: not while in force, suggested after.
    expect(units(await suggest("pl-c1", "2022-06"))).not.toContain("pl-u-x");
    expect(units(await suggest("pl-c1", "2022-06"))).toContain("pl-u-p");
    // 乙 is paired with 秋苑 (directly and through its party branch).
    expect(units(await suggest("pl-c2", "2024-06"))).not.toContain("pl-u-b");
  });

  it("counts as load only the pairings in force at asOf", async () => {
    const loadOf = async (asOf: string, unit: string) => (await suggest("pl-c1", asOf, 50)).find((s) => s.unit.id === unit)?.load;
    // 戊: one pairing ended 2022-12, one begins 2030.
    expect(await loadOf("2022-06", "pl-u-d")).toBe(1);
    expect(await loadOf("2024-06", "pl-u-d")).toBe(0);
    expect(await loadOf("2031", "pl-u-d")).toBe(1);
    // 乙: three in force in 2024, the assistance pairing ends 2030.
    expect(await loadOf("2024-06", "pl-u-b")).toBe(3);
    expect(await loadOf("2031", "pl-u-b")).toBe(2);
  });

  it("meets only needs open at asOf: not met, withdrawn, expired or future ones", async () => {
    // 2022-06: 春苑's only open need is 义诊 (health, listed 2021 to 2023-12), which no unit offers.
    const list = await suggest("pl-c1", "2022-06", 50);
    expect(list.every((s) => s.needs.length === 0)).toBe(true);
    // 律师服务 is legal, and 春苑's legal need is met: 辛, who offers only legal help, is never a candidate.
    expect(units(await suggest("pl-c1", "2024-06", 50))).not.toContain("pl-u-far2");
  });

  it("gives `first` suggestions, best first, and the same order every time", async () => {
    const all = await suggest("pl-c1", "2024-06", 50);
    // The best three are on the district's streets, which no other file's data reaches.
    expect(units(await suggest("pl-c1", "2024-06", 3))).toEqual(units(all).slice(0, 3));
    expect(await suggest("pl-c1", "2024-06", 0)).toEqual([]);
    expect(await suggest("pl-c1", "2024-06", 50)).toEqual(all);
    const scores = all.map((s) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("breaks ties by id", async () => {
    // 冬村 (西街) at 2024-06 has one open need (meals); 甲 and 乙 are elsewhere in its district, 乙 is paired with it.
    const list = await suggest("pl-c3", "2024-06", 50);
    for (let i = 1; i < list.length; i++) {
      if (list[i].score === list[i - 1].score) expect(g.id(list[i].unit.id) > g.id(list[i - 1].unit.id)).toBe(true);
    }
    expect(units(list)).not.toContain("pl-u-b");
    expect(list[0].unit.id).toBe("pl-u-a");
  });

  it("refuses a unit's id, an unknown id and a bad id with clear errors", async () => {
    const unit = await client.request(SuggestPartnersDocument, { communityId: g.id("pl-u-a") });
    expect(unit.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(unit.errors?.[0].message).toMatch(/names a Unit, not a Community/);
    const unknown = await client.request(SuggestPartnersDocument, { communityId: g.id("pl-nobody") });
    expect(unknown.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const bad = await client.request(SuggestPartnersDocument, { communityId: "' OR 1=1" });
    expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const tooMany = await client.request(SuggestPartnersDocument, { communityId: g.id("pl-c1"), first: 5000 });
    expect(tooMany.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});
