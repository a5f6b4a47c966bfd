/**
 * Figures as the sources report them (contract 4.1, 4.4), on test/fixtures/figures.ndjson: trace and
 * outcomes into a programme's parts, coverage's and allianceStructure's reported figures, member
 * counts only where the evidence places them, and orgTree as of a date.
 */
import path from "node:path";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import {
  AllianceReportedDocument,
  Client,
  createClient,
  CoverageReportedDocument,
  OrgTreeDocument,
  OutcomesDocument,
  TraceFiguresDocument,
} from "../../src/client";
import { TestGraph } from "../support/test-graph";
import { testServer } from "../support/server";
import { QueryCounter, recordingDriver } from "../support/recording-driver";

const FIXTURE = path.join(__dirname, "..", "fixtures", "figures.ndjson");

describe("reported figures: what the sources report, where the evidence places it", () => {
  let g: TestGraph;
  let server: Awaited<ReturnType<typeof testServer>>;
  let client: Client;
  let counter: QueryCounter;

  beforeAll(async () => {
    g = await TestGraph.create("figures");
    await g.load(FIXTURE);
    const recorded = recordingDriver(g.driver);
    counter = recorded.counter;
    server = await testServer(recorded.driver, { LOG_LEVEL: "silent" });
    client = createClient(server.url);
  });
  afterAll(async () => {
    await server?.stop();
    await g?.close();
  });

  /** Sends the request with the fixture's ids prefixed, expects success, and gives the answer with local ids. */
  async function ask<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
    const prefixed = Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, typeof v === "string" && v.startsWith("fg-") ? g.id(v) : v])) as V;
    const res = await client.request(document, prefixed);
    expect(res.errors).toBeUndefined();
    return g.localize(res.data!);
  }

  const SRC_A = { sourceId: "fg-src-a", name: "测试报 2023-08-22", publication: "测试报", date: "2023-08-22" };
  const SRC_B = { sourceId: "fg-src-b", name: "测试报 2024-05", publication: "测试报", date: "2024-05" };
  /** A citation as the API answers it: its id is the source's and the locator together (contract 4.4). */
  const cite = (source: typeof SRC_A, locator: string | null) => ({ ...source, id: locator ? `${source.sourceId}#${locator}` : source.sourceId, locator });

  describe("trace and outcomes go into a programme's parts", () => {
    const routes = (paths: { steps: { via?: string | null; node: { id: string } }[] }[]): string[] =>
      paths.map((p) => p.steps.map((s) => (s.via ? `${s.via} ${s.node.id}` : s.node.id)).join(" "));

    it("reaches from an area through what it adopts to the results of the programme's parts", async () => {
      const { trace } = await ask(TraceFiguresDocument, { fromId: "fg-district" });
      expect(routes(trace)).toEqual([
        "fg-district ADOPTS fg-init PART_OF fg-pair PRODUCED fg-res-comms",
        "fg-district ADOPTS fg-init PART_OF fg-pair PRODUCED fg-res-shared",
        "fg-district ADOPTS fg-init PART_OF fg-proj PRODUCED fg-res-shared",
        "fg-district ADOPTS fg-init PRODUCED fg-res-units",
      ]);
      // Each result says what it counts and how exact it is.
      expect(trace[3].result).toEqual({
        id: "fg-res-units", name: "报到单位", value: 30, unit: "家", date: null,
        measure: "paired_units", approx: "over", status: "achieved", dateBasis: "report",
      });
    });

    it("cites a path's own links and result, a node only where the link reaching it cites nothing", async () => {
      const { trace } = await ask(TraceFiguresDocument, { fromId: "fg-unit" });
      expect(routes(trace)).toEqual([
        "fg-unit PARTY_TO fg-pair PRODUCED fg-res-comms",
        "fg-unit PARTY_TO fg-pair PRODUCED fg-res-shared",
      ]);
      // The PARTY_TO link's para 20 and the result's para 19: not the pairing's own para 3 (its link
      // cites), nor the unit's article of 2022 (the start).
      expect(trace[0].sources).toEqual([
        cite(SRC_A, "para 20"),
        cite(SRC_A, "para 19"),
      ]);
      // From the programme: the PART_OF link cites para 17; the project's link cites nothing, so the
      // project's own para 5 stands in for it.
      const fromInit = (await ask(TraceFiguresDocument, { fromId: "fg-init" })).trace;
      const viaPair = fromInit.find((p) => routes([p])[0] === "fg-init PART_OF fg-pair PRODUCED fg-res-shared")!;
      const viaProj = fromInit.find((p) => routes([p])[0] === "fg-init PART_OF fg-proj PRODUCED fg-res-shared")!;
      expect(viaPair.sources.map((s) => s.locator)).toEqual(["para 17", "para 21"]);
      expect(viaProj.sources.map((s) => s.locator)).toEqual(["para 5", "para 21"]);
    });

    it("lists a result reached by two paths once, with both paths counted and their citations together", async () => {
      const { outcomes } = await ask(OutcomesDocument, { fromId: "fg-init" });
      expect(outcomes.map((o) => [o.result.id, o.paths])).toEqual([
        ["fg-res-units", 1],
        ["fg-res-shared", 2],
        ["fg-res-comms", 1],
      ].sort((a, b) => byName(a[0] as string, b[0] as string)));
      const shared = outcomes.find((o) => o.result.id === "fg-res-shared")!;
      expect(shared.sources.map((s) => s.locator).sort()).toEqual(["para 17", "para 21", "para 5"]);
      // A roll-up sums outcomes, not paths: 500 served once, not 1,000.
      expect(outcomes.filter((o) => o.result.measure === "people_served").reduce((sum, o) => sum + (o.result.value ?? 0), 0)).toBe(500);
    });

    it("refuses an unknown id and a depth out of range", async () => {
      const unknown = await client.request(OutcomesDocument, { fromId: g.id("nothing") });
      expect(unknown.errors?.[0].extensions?.code).toBe("NOT_FOUND");
      const deep = await client.request(OutcomesDocument, { fromId: g.id("fg-init"), maxDepth: 11 });
      expect(deep.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    });
  });

  /** The outcomes' order: by result name (as Neo4j and JavaScript compare strings), then id. */
  const NAMES: Record<string, string> = { "fg-res-units": "报到单位", "fg-res-shared": "服务群众", "fg-res-comms": "结对社区党组织" };
  const byName = (a: string, b: string): number => (NAMES[a] < NAMES[b] ? -1 : NAMES[a] > NAMES[b] ? 1 : 0);

  describe("coverage.reported", () => {
    it("lists the linked and registered figures of the area, the areas below it and what they adopt, beside the count", async () => {
      const { coverage } = await ask(CoverageReportedDocument, { areaId: "fg-district" });
      expect(coverage.communities).toBe(1);
      expect(coverage.paired).toBe(0); // no community is named as paired...
      const reported = coverage.reported.map((r) => r.result.id).sort();
      // ...but the sources report 30余 units and 11 community organizations linked, 1,800 members
      // registered, and a target; not what serves people, and not a figure of 2030.
      expect(reported).toEqual(["fg-res-comms", "fg-res-registered", "fg-res-target", "fg-res-units"]);
      const units = coverage.reported.find((r) => r.result.id === "fg-res-units")!;
      expect(units).toMatchObject({ result: { value: 30, measure: "paired_units", approx: "over", status: "achieved", dateBasis: "report" } });
      expect(units.sources).toEqual([cite(SRC_A, "para 19")]);
      const target = coverage.reported.find((r) => r.result.id === "fg-res-target")!;
      expect(target.result).toMatchObject({ status: "target", approx: "at_least", dateBasis: null });
    });

    it("keeps to the area: a street does not report its district's programme", async () => {
      const { coverage } = await ask(CoverageReportedDocument, { areaId: "fg-street" });
      expect(coverage.reported.map((r) => r.result.id).sort()).toEqual(["fg-res-registered", "fg-res-target"]);
    });

    it("leaves out a figure that stands after asOf: a report from its source's date", async () => {
      const { coverage } = await ask(CoverageReportedDocument, { areaId: "fg-district", asOf: "2020" });
      // 1,800 registered stands from 2019-05; the 30 units are reported by a 2023 article; the target is undated.
      expect(coverage.reported.map((r) => r.result.id).sort()).toEqual(["fg-res-comms", "fg-res-registered", "fg-res-target"]);
    });
  });

  describe("allianceStructure: member counts where the evidence places them", () => {
    const alliance = (allianceId: string, asOf?: string) => ask(AllianceReportedDocument, { allianceId, asOf }).then((d) => d.allianceStructure);

    it("lists every member_units figure, dated or not, and no other measure", async () => {
      const s = await alliance("fg-alliance");
      expect(s.reported.map((r) => r.result.id).sort()).toEqual(["fg-res-founding", "fg-res-now", "fg-res-planned", "fg-res-undated"]);
      expect(s.reported.find((r) => r.result.id === "fg-res-undated")!.dateBasis).toBeNull();
    });

    it("places the founding figure at the founding date and the report at its source's date, founding first", async () => {
      const s = await alliance("fg-alliance");
      expect(s.timeline).toEqual([
        { date: "2019-05", memberCount: 18 },
        { date: "2024-05", memberCount: 29 },
      ]);
      // The undated 40 and the target of 50 stand at no date.
      expect(s.memberCount).toBe(29);
      expect((await alliance("fg-alliance", "2020")).memberCount).toBe(18);
    });

    it("shows nothing before the first evidence", async () => {
      expect(await alliance("fg-alliance", "1990")).toMatchObject({ memberCount: 0, timeline: [] });
    });

    it("orders a founding figure before the report of the same date", async () => {
      const s = await alliance("fg-alliance-same");
      expect(s.timeline).toEqual([
        { date: "2024-05", memberCount: 18 },
        { date: "2024-05", memberCount: 29 },
      ]);
      expect(s.memberCount).toBe(29);
    });

    it("does not place a founding figure without a founding date", async () => {
      const s = await alliance("fg-alliance-nf", "2024");
      expect(s).toMatchObject({ memberCount: 0, timeline: [] });
      expect(s.reported.map((r) => [r.result.id, r.result.value, r.dateBasis])).toEqual([["fg-res-nf-founding", 12, "founding"]]);
    });
  });

  describe("orgTree as of a date", () => {
    const childrenOf = async (rootId: string, asOf?: string): Promise<string[]> => {
      const { orgTree } = await ask(OrgTreeDocument, { rootId, depth: 1, asOf });
      return orgTree.children.map((c) => c.node.id);
    };

    it("uses only the PART_OF links in force: a dated link is absent before its since and after its until", async () => {
      expect(await childrenOf("fg-street", "2022-06")).toEqual(["fg-comm"]);
      expect(await childrenOf("fg-district", "2022-06")).toEqual(["fg-unit", "fg-street"].sort(byTreeName));
      expect(await childrenOf("fg-street", "2023-01")).toEqual(["fg-unit", "fg-comm"].sort(byTreeName));
      expect(await childrenOf("fg-district", "2023-01")).toEqual(["fg-street"]);
      expect(await childrenOf("fg-street")).toEqual(["fg-unit", "fg-comm"].sort(byTreeName)); // today
    });

    it("refuses a malformed asOf", async () => {
      const res = await client.request(OrgTreeDocument, { rootId: g.id("fg-street"), asOf: "2023-13" });
      expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    });
  });

  describe("cost", () => {
    /** Every operator of a plan, depth first. */
    const operatorsOf = (plan: { operatorType: string; children: unknown[] }): string[] => [
      plan.operatorType.replace(/@.*$/, ""),
      ...plan.children.flatMap((c) => operatorsOf(c as { operatorType: string; children: unknown[] })),
    ];
    const requests: [string, () => Promise<unknown>][] = [
      ["outcomes", () => ask(OutcomesDocument, { fromId: "fg-district" })],
      ["trace", () => ask(TraceFiguresDocument, { fromId: "fg-district" })],
      ["coverage with reported", () => ask(CoverageReportedDocument, { areaId: "fg-district", asOf: "2024" })],
      ["allianceStructure with reported", () => ask(AllianceReportedDocument, { allianceId: "fg-alliance" })],
      ["orgTree asOf", () => ask(OrgTreeDocument, { rootId: "fg-district", depth: 3, asOf: "2022" })],
    ];
    it.each(requests)("%s is one query, which starts from an index", async (_name, send) => {
      counter.reset();
      await send();
      expect(counter.calls).toHaveLength(1);
      const [call] = counter.calls;
      const { summary } = await g.driver.executeQuery(`EXPLAIN ${call.query.trim()}`, call.params);
      const operators = operatorsOf(summary.plan as unknown as { operatorType: string; children: unknown[] });
      expect(operators).not.toContain("AllNodesScan");
      expect(operators).not.toContain("NodeByLabelScan");
    });
  });

  const TREE_NAMES: Record<string, string> = { "fg-unit": "图形银行", "fg-street": "洸河图形街道", "fg-comm": "方圆图形悦居" };
  const byTreeName = (a: string, b: string): number => (TREE_NAMES[a] < TREE_NAMES[b] ? -1 : TREE_NAMES[a] > TREE_NAMES[b] ? 1 : 0);
});
