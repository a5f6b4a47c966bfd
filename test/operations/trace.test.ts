import { TraceDocument } from "../../src/client";
import { dataOf, Harness, startHarness } from "./harness";

describe("trace: from a node out to the results, with the evidence", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness("trace");
  });
  afterAll(() => h.close());

  const trace = async (fromId: string, maxDepth?: number) => {
    return (await dataOf(h, TraceDocument, { fromId, maxDepth })).trace;
  };
  /** Each path as "id <VIA> id <VIA> ...". */
  const routes = (paths: Awaited<ReturnType<typeof trace>>): string[] =>
    paths.map((p) => p.steps.map((s) => (s.via ? `${s.via} ${s.node.id}` : s.node.id)).join(" "));

  it("forks from an organization through its pairings to every result", async () => {
    expect(routes(await trace("op-unit-bank"))).toEqual([
      "op-unit-bank PARTY_TO op-pair-1 RUNS op-proj-1 HELD op-act-1 PRODUCED op-res-1",
      "op-unit-bank PARTY_TO op-pair-1 RUNS op-proj-1 PRODUCED op-res-3",
      "op-unit-bank PARTY_TO op-pair-1 PRODUCED op-res-2",
      "op-unit-bank PARTY_TO op-pair-5 PRODUCED op-res-4",
    ]);
  });

  it("lists the sources of the nodes and links on each path, in path order", async () => {
    const [longest, , direct, expired] = await trace("op-unit-bank");
    expect(longest.result).toEqual({ id: "op-res-1", name: "服务群众", nameEn: null, value: 300, unit: "人次", date: "2023-12" });
    expect(longest.steps[0]).toEqual({ node: { id: "op-unit-bank", name: "甲银行", nameEn: "Jia Bank", type: "Unit" }, via: null });
    const src1 = { sourceId: "op-src-1", name: "测试日报 2023-08-22", publication: "测试日报", date: "2023-08-22" };
    const src2 = { sourceId: "op-src-2", name: "联盟通讯 2023年5月", publication: "联盟通讯", date: "2023-05" };
    // A citation's id is the source's and the locator together (contract 4.4): one object per citation.
    expect(longest.sources).toEqual([
      { ...src1, id: "op-src-1#para 4", locator: "para 4" }, // the bank's PARTY_TO link (it cites, so not the pairing's para 3: issue 16)
      { ...src2, id: "op-src-2#p. 2", locator: "p. 2" }, // the activity
      { ...src1, id: "op-src-1#para 7", locator: "para 7" }, // the result
    ]);
    expect(direct.sources).toEqual([
      { ...src1, id: "op-src-1#para 4", locator: "para 4" },
      { ...src2, id: "op-src-2", locator: null }, // cited without a locator: the source's id alone
    ]);
    expect(expired.sources).toEqual([]);
  });

  it("stops at maxDepth links", async () => {
    expect((await trace("op-unit-bank", 3)).map((p) => p.result.id)).toEqual(["op-res-3", "op-res-2", "op-res-4"]);
    expect((await trace("op-unit-bank", 2)).map((p) => p.result.id)).toEqual(["op-res-2", "op-res-4"]);
    expect(await trace("op-unit-bank", 1)).toEqual([]);
  });

  it("starts anywhere: a pairing, a project, an alliance, a result, a node with no results", async () => {
    expect((await trace("op-pair-1")).map((p) => p.result.id)).toEqual(["op-res-1", "op-res-3", "op-res-2"]);
    expect(routes(await trace("op-proj-1"))).toEqual(["op-proj-1 HELD op-act-1 PRODUCED op-res-1", "op-proj-1 PRODUCED op-res-3"]);
    const alliance = await trace("op-alliance");
    expect(alliance.map((p) => p.result.id)).toEqual(["op-res-members", "op-res-services"]);
    expect(alliance[0].sources.map((s) => s.locator)).toEqual(["p. 1"]);
    expect(routes(await trace("op-res-2", 0))).toEqual(["op-res-2"]);
    expect(await trace("op-district")).toEqual([]);
  });

  it("goes from a community out to its own pairings only", async () => {
    expect(routes(await trace("op-comm-a1"))).toEqual([
      "op-comm-a1 PARTY_TO op-pair-1 RUNS op-proj-1 HELD op-act-1 PRODUCED op-res-1",
      "op-comm-a1 PARTY_TO op-pair-1 RUNS op-proj-1 PRODUCED op-res-3",
      "op-comm-a1 PARTY_TO op-pair-1 PRODUCED op-res-2",
    ]);
  });
});
