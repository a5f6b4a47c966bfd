import { adHoc, Harness, sendCounted, startHarness } from "./harness";

/**
 * A custom operation returns English names only when the request selects nameEn, wherever it is
 * selected (a deep level, a fragment, an inline fragment): it is null on most nodes, yet costs a
 * key per node to send and decode.
 */
describe("English names are projected only when selected", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness("projection");
  });
  afterAll(() => h.close());

  const statementOf = async (query: string, variables: Record<string, unknown>) => {
    const { calls, data } = await sendCounted(h, adHoc(h.withIds(query)), variables);
    return { cypher: calls.map((c) => c.query).join("\n"), data };
  };

  it.each([
    ["search", `{ search(text: "社区") { node { id name type } } }`],
    ["partners", `{ partners(orgId: "op-comm-b1", asOf: "2024-03") { partner { id } pairing { id name } party { id } } }`],
    ["orgTree", `{ orgTree(rootId: "op-district", depth: 2) { node { id } children { node { id name } children { node { type } } } } }`],
    ["unpairedCommunities", `{ unpairedCommunities(areaId: "op-city", asOf: "2024-03") { items { id name } } }`],
    ["trace", `{ trace(fromId: "op-unit-bank") { steps { node { id } } result { id name } } }`],
    ["allianceStructure", `{ allianceStructure(allianceId: "op-alliance", asOf: "2024-01") { alliance { id } members { node { name } } } }`],
    ["coverage", `{ coverage(areaId: "op-city", asOf: "2024-03") { area { id name } communities } }`],
  ])("%s without nameEn", async (_name, query) => {
    const { cypher } = await statementOf(query, {});
    expect(cypher).not.toMatch(/\.nameEn\b/);
  });

  it("a nameEn below the top level, through a fragment, is projected and answered", async () => {
    const { cypher, data } = await statementOf(
      `query($rootId: ID!) { orgTree(rootId: $rootId, depth: 2) { node { id } children { node { ...English } children { node { id } } } } }
       fragment English on OrgRef { nameEn }`,
      { rootId: "op-city" },
    );
    expect(cypher).toMatch(/\.nameEn\b/);
    expect(data.orgTree.children.map((c: { node: { nameEn: string | null } }) => c.node.nameEn)).toContain("Jia District");
  });

  it("a nameEn in an inline fragment is projected and answered", async () => {
    const { cypher, data } = await statementOf(`{ trace(fromId: "op-unit-bank") { steps { node { ... on OrgRef { nameEn } } } } }`, {});
    expect(cypher).toMatch(/\.nameEn\b/);
    expect(data.trace[0].steps[0].node.nameEn).toBe("Jia Bank");
  });
});
