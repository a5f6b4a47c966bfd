/**
 * The limits stop abusive queries, not tools: the standard introspection query of graphql-js (what
 * GraphiQL, Altair, Postman and codegen send, 15 levels deep) is always answered, and orgTree's
 * documented depth can be selected; a deep generated query is still refused.
 */
import { getIntrospectionQuery } from "graphql";
import { gql, testServer } from "../support/server";
import { TestGraph } from "../support/test-graph";

describe("limits and the queries tools send", () => {
  let g: TestGraph;
  let server: Awaited<ReturnType<typeof testServer>>;

  beforeAll(async () => {
    g = await TestGraph.create("introspection");
    // A chain of 11 nodes: the root and ten levels below it.
    const records: Record<string, unknown>[] = [{ id: "n0", type: "Area", name: "层0", level: "city" }];
    for (let i = 1; i <= 10; i++) {
      records.push({ id: `n${i}`, type: "Community", name: `层${i}`, level: "community" }, { type: "PART_OF", from: `n${i}`, to: `n${i - 1}` });
    }
    await g.load(records);
    server = await testServer(g.driver, { LOG_LEVEL: "silent" });
  });

  afterAll(async () => {
    await server?.stop();
    await g?.close();
  });

  it("answers the standard introspection query, whatever the depth limit", async () => {
    const res = await gql(server.url, getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(res.errors).toBeUndefined();
    expect(res.data?.__schema.queryType.name).toBe("Query");
  });

  it("lets orgTree's ten documented levels be selected", async () => {
    const levels = (n: number): string => (n === 0 ? "node { id name }" : `node { id } children { ${levels(n - 1)} }`);
    const res = await gql(server.url, `query ($id: ID!) { orgTree(rootId: $id, depth: 10) { ${levels(10)} } }`, { id: g.id("n0") });
    expect(res.errors).toBeUndefined();
    let node = res.data?.orgTree;
    for (let i = 0; i < 10; i++) node = node.children[0];
    expect(node.node).toEqual({ id: g.id("n10"), name: "层10" });
  });

  it("still refuses a generated query nested deeper than the limit", async () => {
    const nest = (n: number): string => (n === 0 ? "id" : `partOf { ${nest(n - 1)} }`);
    const res = await gql(server.url, `{ communities(limit: 1) { ${nest(12)} } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(res.errors?.[0]?.extensions?.limit).toBe("depth");
  });
});
