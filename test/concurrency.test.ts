import { loadConfig } from "../src/config";
import { mintToken } from "../src/auth/mint-token";
import { gql, testServer } from "./support/server";
import { TestGraph } from "./support/test-graph";

describe("concurrent creates of the same id", () => {
  let g: TestGraph;
  let server: Awaited<ReturnType<typeof testServer>>;
  beforeAll(async () => {
    g = await TestGraph.create("concurrency");
    server = await testServer(g.driver);
  });
  afterAll(async () => {
    await server.stop();
    await g.close();
  });

  it("give exactly one node, and a clear error to every other writer", async () => {
    const auth = { authorization: `Bearer ${await mintToken(loadConfig().jwtSecret, ["editor"])}` };
    // Different types on purpose: only the graph-wide Entity constraint can stop these.
    const mutations = Array.from({ length: 16 }, (_, i) =>
      i % 2 === 0
        ? `mutation ($id: ID!) { createAreas(input: [{ id: $id, name: "甲${i}" }]) { areas { id } } }`
        : `mutation ($id: ID!) { createCommunities(input: [{ id: $id, name: "乙${i}" }]) { communities { id } } }`,
    );
    const id = g.id("same-id");
    const responses = await Promise.all(mutations.map((m) => gql(server.url, m, { id }, auth)));
    const succeeded = responses.filter((r) => !r.errors);
    const refused = responses.filter((r) => r.errors);
    expect(succeeded).toHaveLength(1);
    expect(refused).toHaveLength(15);
    for (const r of refused) {
      expect(r.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(r.errors?.[0].message).toMatch(/already exists/);
    }
    const { records } = await g.driver.executeQuery("MATCH (n {id: $id}) RETURN count(n) AS n, collect(labels(n)) AS labels", { id });
    expect(records[0].get("n")).toBe(1);
  });
});
