import path from "node:path";
import { Client, createClient, NeedsSummaryDocument, OpenNeedsDocument, UnpairedWithLocationsDocument } from "../../src/client";
import { TestGraph } from "../support/test-graph";
import { testServer } from "../support/server";

const FIXTURE = path.join(__dirname, "..", "fixtures", "planner.ndjson");

describe("the planner's dashboard of an area: open needs, needs by category, where unpaired communities are", () => {
  let g: TestGraph;
  let client: Client;
  let base: string;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    g = await TestGraph.create("area-lists");
    await g.load(FIXTURE);
    const server = await testServer(g.driver, { LOG_LEVEL: "silent" });
    client = createClient(server.url);
    base = server.base;
    stop = () => server.stop();
  });
  afterAll(async () => {
    await stop();
    await g.close();
  });

  const openNeeds = async (areaId: string, asOf: string, first?: number, after?: string | null) => {
    const res = await client.request(OpenNeedsDocument, { areaId: g.id(areaId), asOf, first, after });
    expect(res.errors).toBeUndefined();
    return g.localize(res.data!.openNeeds);
  };

  it("lists the needs open at asOf below the area, each with its community and the units below the area that offer its category", async () => {
    const page = await openNeeds("pl-d1", "2024-06");
    expect(page.totalCount).toBe(3);
    expect(page.items.map((i) => [i.need.id, i.community.id])).toEqual([
      ["pl-n1", "pl-c1"],
      ["pl-n2", "pl-c1"], // raised by 春苑's party branch: still 春苑's
      ["pl-n7", "pl-c3"],
    ]);
    expect(page.items[0].need).toEqual({ id: "pl-n1", name: "老人助餐", category: "elderly_care", status: "open", since: "2023-03", until: null });
    // Meals below 一区: 甲, 乙 (through its party branch) and 丙, not 庚 in 二区.
    expect(page.items[0].units.map((u) => u.id)).toEqual(["pl-u-a", "pl-u-b", "pl-u-p"]);
    expect(page.items[0].unitCount).toBe(3);
    // Childcare: 丁; 壬's offer ended in 2023.
    expect(page.items[1].units.map((u) => u.id)).toEqual(["pl-u-c"]);
    // A street: only its own units.
    const street = await openNeeds("pl-s1", "2024-06");
    expect(street.items.map((i) => i.need.id)).toEqual(["pl-n1", "pl-n2"]);
    expect(street.items[1].units).toEqual([]);
    expect(street.items[1].unitCount).toBe(0);
    // 2022-06: 义诊 (listed until 2023-12) and 冬村's meals; nothing else was listed and open yet.
    expect((await openNeeds("pl-d1", "2022-06")).items.map((i) => i.need.id)).toEqual(["pl-n5", "pl-n7"]);
  });

  it("lists at most 10 units a need, by id, and counts them all", async () => {
    // A district of its own (not in pl-city): one community's need, and 12 units offering its category.
    const units = Array.from({ length: 12 }, (_, i) => `pl-w-u${String(i).padStart(2, "0")}`);
    await g.load([
      { id: "pl-w", type: "Area", name: "宽区", level: "district" },
      { id: "pl-w-c", type: "Community", name: "宽苑社区", level: "community" },
      { type: "PART_OF", from: "pl-w-c", to: "pl-w" },
      { id: "pl-w-n", type: "Need", name: "文化活动", category: "culture", status: "open", since: "2023" },
      { type: "RAISED", from: "pl-w-c", to: "pl-w-n" },
      ...units.flatMap((u, i) => [
        { id: u, type: "Unit", name: `单位${i}` },
        { type: "PART_OF", from: u, to: "pl-w" },
        { id: `${u}-r`, type: "Resource", name: "场地", category: "culture", since: "2022" },
        { type: "OFFERS", from: u, to: `${u}-r` },
      ]),
    ]);
    const page = await openNeeds("pl-w", "2024-06");
    expect(page.items.map((i) => [i.need.id, i.units.map((u) => u.id), i.unitCount])).toEqual([["pl-w-n", units.slice(0, 10), 12]]);
  });

  it("pages by need id: every need once, the same pages every time", async () => {
    const walk = async () => {
      const seen: string[] = [];
      const sizes: number[] = [];
      let after: string | null = null;
      for (let i = 0; i < 10; i++) {
        const page = await openNeeds("pl-city", "2024-06", 2, after);
        expect(page.totalCount).toBe(3);
        sizes.push(page.items.length);
        seen.push(...page.items.map((x) => x.need.id));
        after = page.nextCursor;
        if (!after) break;
      }
      return { seen, sizes };
    };
    const first = await walk();
    expect(first).toEqual({ seen: ["pl-n1", "pl-n2", "pl-n7"], sizes: [2, 1] });
    expect(await walk()).toEqual(first);
    const bad = await client.request(OpenNeedsDocument, { areaId: g.id("pl-d1"), after: "not-a-cursor" });
    expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("summarizes needs open and met and resources offered by category, every category listed", async () => {
    const res = await client.request(NeedsSummaryDocument, { areaId: g.id("pl-d1"), asOf: "2024-06" });
    expect(res.errors).toBeUndefined();
    const summary = res.data!.needsSummary;
    const of = (category: string) => summary.categories.find((c) => c.category === category);
    expect(summary.categories).toHaveLength(13);
    expect(of("elderly_care")).toEqual({ category: "elderly_care", open: 2, met: 0, resources: 3, units: 3 });
    expect(of("childcare")).toEqual({ category: "childcare", open: 1, met: 0, resources: 1, units: 1 });
    // 法律咨询 is met; withdrawn 楼道清理 counts nowhere; 庚 and 辛's legal help is in 二区.
    expect(of("legal")).toEqual({ category: "legal", open: 0, met: 1, resources: 0, units: 0 });
    expect(of("environment")).toEqual({ category: "environment", open: 0, met: 0, resources: 0, units: 0 });
    expect({ open: summary.open, met: summary.met, resources: summary.resources }).toEqual({ open: 3, met: 1, resources: 4 });
    const city = (await client.request(NeedsSummaryDocument, { areaId: g.id("pl-city"), asOf: "2024-06" })).data!.needsSummary;
    expect(city.categories.find((c) => c.category === "legal")).toEqual({ category: "legal", open: 0, met: 1, resources: 2, units: 2 });
  });

  it("refuses an unknown area on every area operation", async () => {
    const a = await client.request(OpenNeedsDocument, { areaId: g.id("pl-nowhere") });
    const b = await client.request(NeedsSummaryDocument, { areaId: g.id("pl-nowhere") });
    expect([a.errors?.[0].extensions?.code, b.errors?.[0].extensions?.code]).toEqual(["NOT_FOUND", "NOT_FOUND"]);
  });

  it("says where each unpaired community is, in the order of the items", async () => {
    const res = await client.request(UnpairedWithLocationsDocument, { areaId: g.id("pl-d1"), asOf: "2024-06" });
    expect(res.errors).toBeUndefined();
    const u = g.localize(res.data!.unpairedCommunities);
    // 春苑 is paired (丙, through its branch), 秋苑 and 冬村 too (乙); the grid is not.
    expect(u.items.map((i) => i.id)).toEqual(["pl-c1-g1"]);
    expect(u.locations).toEqual([
      {
        community: { id: "pl-c1-g1" },
        level: "grid",
        street: { id: "pl-s1", name: "东街", nameEn: null, type: "Area" },
        district: { id: "pl-d1", name: "一区", nameEn: null, type: "Area" },
      },
    ]);
    const earlier = g.localize((await client.request(UnpairedWithLocationsDocument, { areaId: g.id("pl-d1"), asOf: "2017" })).data!.unpairedCommunities);
    expect(earlier.items.map((i) => i.id)).toEqual(earlier.locations.map((l) => l.community.id));
    expect(earlier.locations.find((l) => l.community.id === "pl-c3")).toMatchObject({ level: "village", street: { id: "pl-s2" } });
  });

  it("downloads the unpaired communities of an area as CSV, with where each is", async () => {
    const response = await fetch(`${base}/planner/unpaired.csv?areaId=${g.id("pl-d1")}&asOf=2017`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="?unpaired-.*-2017-01-01\.csv"?$/);
    const bytes = Buffer.from(await response.arrayBuffer());
    // Excel on Chinese Windows reads a CSV as UTF-8 only after a byte-order mark.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = g.localize(bytes.subarray(3).toString("utf8").trim().split("\r\n"));
    expect(lines[0]).toBe("id,name,level,street,district");
    expect(lines).toContain("pl-c3,冬村,village,西街,一区");
    expect((await fetch(`${base}/planner/unpaired.csv?areaId=${g.id("pl-nowhere")}`)).status).toBe(404);
    expect((await fetch(`${base}/planner/unpaired.csv?areaId=${g.id("pl-d1")}&asOf=2024-02-30`)).status).toBe(400);
    expect((await fetch(`${base}/planner/unpaired.csv`)).status).toBe(400);
  });
});
