import { ClientResponse, UnpairedCommunitiesDocument, UnpairedCommunitiesQuery } from "../../src/client";
import { dataOf, Harness, ids, startHarness } from "./harness";

describe("unpairedCommunities: communities no pairing in force covers", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness("unpaired-communities");
  });
  afterAll(() => h.close());

  const page = async (variables: { areaId?: string; asOf?: string; first?: number; after?: string | null }) => {
    return (await dataOf(h, UnpairedCommunitiesDocument, variables)).unpairedCommunities;
  };

  it("lists the unpaired communities anywhere below the area, by id", async () => {
    // Paired at 2024-03: 阳光 (itself), 月亮 (through the party committee leading it), 河畔 (three-party pairing).
    const result = await page({ areaId: "op-district", asOf: "2024-03" });
    expect(result.totalCount).toBe(5);
    expect(ids(result.items)).toEqual(["op-comm-a3", "op-comm-b2", "op-comm-b3", "op-comm-t1", "op-grid-a1"]);
    expect(result.items[0]).toEqual({ id: "op-comm-a3", name: "星光社区", nameEn: null, type: "Community" });
    expect(result.nextCursor).toBeNull();
    // Two levels further up gives the same communities; a street gives its own (and the grid inside one).
    expect((await page({ areaId: "op-city", asOf: "2024-03" })).totalCount).toBe(5);
    expect(ids((await page({ areaId: "op-street-a", asOf: "2024-03" })).items)).toEqual(["op-comm-a3", "op-grid-a1"]);
  });

  it("covers the whole graph without an area, a PART_OF cycle included", async () => {
    // The whole graph holds other test files' communities too: page through all of it, keep ours.
    const ours: string[] = [];
    let after: string | null = null;
    do {
      const res: ClientResponse<UnpairedCommunitiesQuery> = await h.raw.request(UnpairedCommunitiesDocument, { asOf: "2024-03", first: 1000, after });
      expect(res.errors).toBeUndefined();
      ours.push(...ids(res.data!.unpairedCommunities.items).filter((id) => h.g.owns(id)));
      after = res.data!.unpairedCommunities.nextCursor ?? null;
    } while (after);
    expect(h.g.localize(ours)).toEqual(["op-comm-a3", "op-comm-b2", "op-comm-b3", "op-comm-cyc", "op-comm-t1", "op-grid-a1"]);
    expect(ids((await page({ areaId: "op-cyc-2", asOf: "2024-03" })).items)).toEqual(["op-comm-cyc"]);
  });

  it("counts a community unpaired before its pairing begins and after it ends", async () => {
    // 2020-06: only 山前 is paired (pair-5, 2019 to 2020-12).
    expect(ids((await page({ areaId: "op-district", asOf: "2020-06" })).items)).toEqual([
      "op-comm-a1",
      "op-comm-a2",
      "op-comm-a3",
      "op-comm-b1",
      "op-comm-b2",
      "op-comm-t1",
      "op-grid-a1",
    ]);
    // 2030: 湖滨's pairing has begun, 月亮's (until 2024-06) is over.
    expect(ids((await page({ areaId: "op-district", asOf: "2030" })).items)).toEqual(["op-comm-a2", "op-comm-a3", "op-comm-b3", "op-comm-t1", "op-grid-a1"]);
  });

  it("pages with cursors: every item once, the count on every page", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    const sizes: number[] = [];
    for (let i = 0; i < 10; i++) {
      const result = await page({ areaId: "op-district", asOf: "2024-03", first: 2, after });
      expect(result.totalCount).toBe(5);
      sizes.push(result.items.length);
      seen.push(...ids(result.items));
      after = result.nextCursor;
      if (!after) break;
    }
    expect(sizes).toEqual([2, 2, 1]);
    expect(seen).toEqual(["op-comm-a3", "op-comm-b2", "op-comm-b3", "op-comm-t1", "op-grid-a1"]);
  });

  it("keeps a cursor's place when the graph changes between pages", async () => {
    const first = await page({ areaId: "op-district", asOf: "2024-03", first: 2 });
    expect(first.nextCursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(first.nextCursor).not.toContain("op-comm");
    // A new unpaired community that sorts before the cursor must not shift the next page.
    await h.driver.executeQuery(
      "MATCH (s:Area {id: $street}) CREATE (:Community:Entity {id: $id, name: '新社区', level: 'community'})-[:PART_OF]->(s)",
      { street: h.g.id("op-street-a"), id: h.g.id("op-comm-a0") },
    );
    try {
      const second = await page({ areaId: "op-district", asOf: "2024-03", first: 2, after: first.nextCursor });
      expect(ids(second.items)).toEqual(["op-comm-b3", "op-comm-t1"]);
      expect(second.totalCount).toBe(6);
      // The same cursor gives the same page again.
      expect(ids((await page({ areaId: "op-district", asOf: "2024-03", first: 2, after: first.nextCursor })).items)).toEqual(["op-comm-b3", "op-comm-t1"]);
    } finally {
      await h.driver.executeQuery("MATCH (c:Community {id: $id}) DETACH DELETE c", { id: h.g.id("op-comm-a0") });
    }
  });

  it("gives just the count for first: 0", async () => {
    const result = await page({ areaId: "op-district", asOf: "2024-03", first: 0 });
    expect(result).toEqual({ totalCount: 5, items: [], nextCursor: null });
  });
});
