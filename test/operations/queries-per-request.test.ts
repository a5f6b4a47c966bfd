import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import {
  AllianceStructureDocument,
  AreaViewDocument,
  CoverageDocument,
  OrgTreeDocument,
  PartnersDocument,
  PartnersWithPartiesDocument,
  SearchDocument,
  TraceDocument,
  UnpairedCommunitiesDocument,
} from "../../src/client";
import { Harness, startHarness } from "./harness";

/**
 * Every request below must reach Neo4j exactly once (the batched parties of a page of pairings:
 * once more). Statements are counted at the driver the server was given, so whatever path a
 * resolver or @neo4j/graphql takes to the database, it is seen.
 */
describe("one database query per request", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.driver.executeQuery("CALL db.awaitIndexes(30)");
    // @neo4j/graphql asks the database its version (CALL dbms.components()) once, on the server's
    // first generated request; that is per server, not per request, so it is spent here.
    h.counter.reset();
    await h.client.request(AreaViewDocument, { areaId: "op-city" });
    expect(h.counter.statements[0]).toContain("dbms.components");
  });
  afterAll(() => h.close());

  /** Sends the request with the counter at zero; the statements it ran and its data. */
  const queriesFor = async <R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<{ statements: readonly string[]; data: R }> => {
    h.counter.reset();
    const res = await h.client.request(document, variables);
    expect(res.errors).toBeUndefined();
    return { statements: [...h.counter.statements], data: res.data! };
  };

  it("a four-level nested view of the generated API: area → sub-areas → communities → pairings → projects → results", async () => {
    const { statements, data } = await queriesFor(AreaViewDocument, { areaId: "op-district" });
    expect(statements).toHaveLength(1);
    const [district] = data.areas;
    expect(district.subAreas.map((s) => s.name)).toEqual(["东街道", "南镇", "西街道"]);
    const sunshine = district.subAreas[0].communities.find((c) => c.id === "op-comm-a1")!;
    expect(sunshine.pairings.map((p) => p.id)).toEqual(["op-pair-1"]);
    expect(sunshine.pairings[0].projects[0].results.map((r) => r.id)).toEqual(["op-res-3"]);
  });

  const operations: [string, () => Promise<{ statements: readonly string[] }>][] = [
    ["search", () => queriesFor(SearchDocument, { text: "社区" })],
    ["partners", () => queriesFor(PartnersDocument, { orgId: "op-comm-b1", asOf: "2024-03" })],
    ["orgTree", () => queriesFor(OrgTreeDocument, { rootId: "op-city", depth: 4 })],
    ["unpairedCommunities", () => queriesFor(UnpairedCommunitiesDocument, { areaId: "op-city", asOf: "2024-03", first: 2 })],
    ["trace", () => queriesFor(TraceDocument, { fromId: "op-unit-bank" })],
    ["allianceStructure", () => queriesFor(AllianceStructureDocument, { allianceId: "op-alliance", asOf: "2024-01" })],
    ["coverage", () => queriesFor(CoverageDocument, { areaId: "op-city", asOf: "2024-03" })],
  ];
  it.each(operations)("%s", async (_name, send) => {
    expect((await send()).statements).toHaveLength(1);
  });

  it("partners with every pairing's parties: one more query for all the pairings together", async () => {
    const { statements, data } = await queriesFor(PartnersWithPartiesDocument, { orgId: "op-comm-b1", asOf: "2024-03" });
    const pairings = new Set(data.partners.map((p) => p.pairing.id));
    expect(pairings.size).toBe(2);
    expect(statements).toHaveLength(2);
  });
});
