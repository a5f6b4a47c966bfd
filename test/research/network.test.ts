/**
 * network and timeline (contract 4.4 and the researchers' time series) over HTTP, on the research
 * fixture, scoped to this file's own district and alliance so other files' data never shows.
 */
import path from "node:path";
import { NetworkDocument, TimelineDocument, createClient, Client } from "../../src/client";
import { recordingDriver, QueryCounter } from "../support/recording-driver";
import { testServer } from "../support/server";
import { TestGraph } from "../support/test-graph";
import { networkxMeasures } from "./networkx";

const FIXTURE = path.join(__dirname, "..", "fixtures", "research.ndjson");

describe("network and timeline", () => {
  let g: TestGraph;
  let client: Client;
  let counter: QueryCounter;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    g = await TestGraph.create("research-network");
    await g.load(FIXTURE);
    const recorded = recordingDriver(g.driver);
    counter = recorded.counter;
    const server = await testServer(recorded.driver, { LOG_LEVEL: "silent" });
    stop = server.stop;
    client = createClient(server.url);
  });
  afterAll(async () => {
    await stop();
    await g.close();
  });

  const network = async (scope: string, asOf: string, kind?: string) => {
    const res = await client.request(NetworkDocument, { scopeId: g.id(scope), asOf, kind });
    expect(res.errors).toBeUndefined();
    return g.localize(res.data!.network);
  };

  it("projects the pairings in force onto organizations, weighted by how many they share", async () => {
    counter.reset();
    const { nodes, links } = await network("rs-district", "2024-03");
    expect(counter.calls).toHaveLength(1);
    expect(links).toEqual([
      { from: "rs-bank", to: "rs-c1", weight: 2 },
      { from: "rs-bank", to: "rs-c3", weight: 1 },
      { from: "rs-bank", to: "rs-po-c2", weight: 1 },
      { from: "rs-c3", to: "rs-c4", weight: 1 },
      { from: "rs-c3", to: "rs-tax", weight: 1 },
      { from: "rs-c4", to: "rs-tax", weight: 1 },
      { from: "rs-c4", to: "rs-u-out", weight: 1 },
    ]);
    expect(nodes.map((n) => n.node.id).sort()).toEqual(["rs-bank", "rs-c1", "rs-c3", "rs-c4", "rs-po-c2", "rs-tax", "rs-u-out"]);
    expect(nodes.find((n) => n.node.id === "rs-u-out")!.node).toEqual({ id: "rs-u-out", name: "外区公司", type: "Unit" });
  });

  it("gives the degree and betweenness NetworkX gives, brokers first, and a community per node", async () => {
    const { nodes, links } = await network("rs-district", "2024-03");
    const expected = networkxMeasures(links);
    for (const n of nodes) {
      expect(n.degree).toBe(expected.degree[n.node.id]);
      expect(n.betweenness).toBeCloseTo(expected.betweenness[n.node.id], 10);
    }
    const betweenness = nodes.map((n) => n.betweenness);
    expect(betweenness).toEqual([...betweenness].sort((a, b) => b - a));
    // The bank's side and the tax office's side are two groups joined through 星光社区.
    const community = Object.fromEntries(nodes.map((n) => [n.node.id, n.community]));
    expect(community["rs-c1"]).toBe(community["rs-bank"]);
    expect(community["rs-tax"]).toBe(community["rs-c4"]);
    expect(community["rs-bank"]).not.toBe(community["rs-tax"]);
    expect(await network("rs-district", "2024-03")).toEqual({ nodes, links });
  });

  it("follows the date: an ended pairing and a future one are not links", async () => {
    const { links } = await network("rs-district", "2023-06");
    // 2023-06: the school's 双报到 (until 2023-12) is in force, the bank and 星光社区 (since 2024) not yet.
    expect(links).toContainEqual({ from: "rs-po-c2", to: "rs-school", weight: 1 });
    expect(links).not.toContainEqual(expect.objectContaining({ from: "rs-bank", to: "rs-c3" }));
  });

  it("projects co-membership of alliances: kind alliance", async () => {
    const triangle = [
      { from: "rs-bank", to: "rs-tax", weight: 1 },
      { from: "rs-bank", to: "rs-u-out", weight: 1 },
      { from: "rs-tax", to: "rs-u-out", weight: 1 },
    ];
    expect((await network("rs-alliance", "2024-03", "alliance")).links).toEqual(triangle);
    expect((await network("rs-district", "2024-03", "alliance")).links).toEqual(triangle);
    // Before the school left (2023-06), four members: every pair linked.
    const before = await network("rs-alliance", "2023-03", "alliance");
    expect(before.links).toHaveLength(6);
    expect(before.nodes.every((n) => n.degree === 3 && n.betweenness === 0)).toBe(true);
  });

  it("refuses an unknown scope, a scope that is no area or alliance, and an unknown kind", async () => {
    const code = async (scopeId: string, kind?: string) =>
      (await client.request(NetworkDocument, { scopeId, kind })).errors?.[0]?.extensions?.code;
    expect(await code(g.id("nothing"))).toBe("NOT_FOUND");
    expect(await code(g.id("rs-bank"))).toBe("BAD_USER_INPUT");
    expect(await code(g.id("rs-district"), "friendship")).toBe("BAD_USER_INPUT");
  });

  describe("timeline", () => {
    const timeline = async (scope: string, kind: string, from: string, to: string, step?: string) => {
      const res = await client.request(TimelineDocument, { scopeId: g.id(scope), kind, from, to, step });
      expect(res.errors).toBeUndefined();
      const t = g.localize(res.data!.timeline);
      return { counts: Object.fromEntries(t.points.map((p) => [p.period, p.count])), undated: t.undated, points: t.points };
    };

    it("counts pairings and paired communities in force during each year", async () => {
      expect((await timeline("rs-district", "pairings", "2019", "2025")).counts).toEqual({
        2019: 0, 2020: 1, 2021: 2, 2022: 4, 2023: 6, 2024: 6, 2025: 6,
      });
      expect((await timeline("rs-district", "paired_communities", "2019", "2024")).counts).toEqual({
        2019: 0, 2020: 2, 2021: 3, 2022: 4, 2023: 4, 2024: 4,
      });
    });

    it("counts an alliance's members by year and by quarter", async () => {
      expect((await timeline("rs-alliance", "alliance_members", "2020", "2024")).counts).toEqual({ 2020: 0, 2021: 2, 2022: 3, 2023: 4, 2024: 3 });
      const quarters = await timeline("rs-alliance", "alliance_members", "2023-01", "2023-09", "quarter");
      expect(quarters.points.map((p) => [p.period, p.start, p.end, p.count])).toEqual([
        ["2023-Q1", "2023-01-01", "2023-03-31", 4],
        ["2023-Q2", "2023-04-01", "2023-06-30", 4],
        ["2023-Q3", "2023-07-01", "2023-09-30", 3],
      ]);
    });

    it("places results at their date (or their report's), and counts the undated apart", async () => {
      const results = await timeline("rs-district", "results", "2022", "2023");
      expect(results.counts).toEqual({ 2022: 1, 2023: 2 });
      expect(results.undated).toBe(1);
      expect((await timeline("rs-district", "results", "2023-04", "2023-06", "month")).counts).toEqual({ "2023-04": 0, "2023-05": 1, "2023-06": 1 });
    });

    it("refuses bad arguments", async () => {
      const code = async (variables: { kind: string; from: string; to: string; step?: string }) =>
        (await client.request(TimelineDocument, { scopeId: g.id("rs-district"), ...variables })).errors?.[0]?.extensions?.code;
      expect(await code({ kind: "votes", from: "2020", to: "2021" })).toBe("BAD_USER_INPUT");
      expect(await code({ kind: "pairings", from: "2021", to: "2020" })).toBe("BAD_USER_INPUT");
      expect(await code({ kind: "pairings", from: "2020-13", to: "2021" })).toBe("BAD_USER_INPUT");
      expect(await code({ kind: "pairings", from: "1900", to: "2025", step: "month" })).toBe("BAD_USER_INPUT");
      expect(await code({ kind: "pairings", from: "2020", to: "2021", step: "week" })).toBe("BAD_USER_INPUT");
    });
  });
});
