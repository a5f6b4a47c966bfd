import { AreaViewDocument, PartnersWithPartiesDocument } from "../../src/client";
import { Harness, OPERATION_REQUESTS, sendCounted, startHarness } from "./harness";

/**
 * Every request below must reach Neo4j exactly once (the batched parties of a page of pairings:
 * once more): one statement, and one network round trip for it, so no transaction left to COMMIT
 * afterwards. Both are counted at the driver the server was given, so whatever path a resolver or
 * @neo4j/graphql takes to the database, it is seen.
 */
describe("one database query per request", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness("queries-per-request");
    await h.driver.executeQuery("CALL db.awaitIndexes(30)");
    // @neo4j/graphql asks the database its version (CALL dbms.components()) once, on the server's
    // first generated request; that is per server, not per request, so it is spent here.
    h.counter.reset();
    await h.client.request(AreaViewDocument, { areaId: "op-city" });
    expect(h.counter.statements[0]).toContain("dbms.components");
  });
  afterAll(() => h.close());


  it("a four-level nested view of the generated API: area → sub-areas → communities → pairings → projects → results", async () => {
    const { calls, roundTrips, data } = await sendCounted(h, AreaViewDocument, { areaId: "op-district" });
    expect(calls).toHaveLength(1);
    expect(roundTrips).toBe(1);
    const [district] = data.areas;
    expect(district.subAreas.map((s) => s.name)).toEqual(["东街道", "南镇", "西街道"]);
    const sunshine = district.subAreas[0].communities.find((c) => c.id === "op-comm-a1")!;
    expect(sunshine.pairings.map((p) => p.id)).toEqual(["op-pair-1"]);
    expect(sunshine.pairings[0].projects[0].results.map((r) => r.id)).toEqual(["op-res-3"]);
  });

  it.each(OPERATION_REQUESTS.map((r) => [r.name, r] as const))("%s", async (_name, request) => {
    const { calls, roundTrips } = await request.send(h);
    expect(calls).toHaveLength(1);
    expect(roundTrips).toBe(1);
  });

  it("partners with every pairing's parties: one more query for all the pairings together", async () => {
    const { calls, roundTrips, data } = await sendCounted(h, PartnersWithPartiesDocument, { orgId: "op-comm-b1", asOf: "2024-03" });
    const pairings = new Set(data.partners.map((p) => p.pairing.id));
    expect(pairings.size).toBe(2);
    expect(calls).toHaveLength(2);
    expect(roundTrips).toBe(2);
  });
});
