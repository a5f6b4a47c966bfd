import path from "node:path";
import { gql, testServer } from "./support/server";
import { TestGraph } from "./support/test-graph";

const SEARCH = `query Search($text: String!, $first: Int) { search(text: $text, first: $first) { node { id name type } score } }`;

/**
 * Search runs over the whole graph, where other test files load the same names at the same time
 * (small-graph.ndjson is shared): each answer is asked for generously and cut to this file's own
 * hits, whose order among themselves is still the ranking's.
 */
describe("search: full-text over Chinese names", () => {
  let g: TestGraph;
  let server: Awaited<ReturnType<typeof testServer>>;
  const MANY = 1000; // the largest page: room for every copy other files hold
  const ownHits = async (text: string): Promise<{ node: { id: string; name: string; type: string }; score: number }[]> => {
    const res = await gql(server.url, SEARCH, { text, first: MANY });
    expect(res.errors).toBeUndefined();
    return g.localize(res.data!.search.filter((h: { node: { id: string } }) => g.owns(h.node.id)));
  };

  beforeAll(async () => {
    g = await TestGraph.create("search");
    await g.load(path.join(__dirname, "fixtures", "interchange", "small-graph.ndjson"));
    await g.driver.executeQuery("CALL db.awaitIndexes(30)");
    server = await testServer(g.driver);
  });
  afterAll(async () => {
    await server.stop();
    await g.close();
  });

  it("finds 春晖社区 and 春晖社区党委 for 春晖", async () => {
    const hits = await ownHits("春晖");
    const ids = hits.map((h) => h.node.id);
    expect(ids).toEqual(expect.arrayContaining(["t-comm", "t-comm-party", "t-street"]));
    expect(ids).not.toContain("t-bank");
    expect(hits.find((h) => h.node.id === "t-comm")!.node).toEqual({ id: "t-comm", name: "春晖社区", type: "Community" });
  });

  it("ranks the closest name first and honours first", async () => {
    expect((await ownHits("春晖社区党委")).map((h) => h.node.id)[0]).toBe("t-comm-party");
    const one = await gql(server.url, SEARCH, { text: "春晖社区党委", first: 1 });
    expect(one.data!.search).toHaveLength(1);
    // Whoever's copy it is, the single hit is the best match: a 春晖社区党委.
    expect(one.data!.search[0].node.name).toBe("春晖社区党委");
  });

  it("searches English names too", async () => {
    expect((await ownHits("Chunhui")).map((h) => h.node.id)).toEqual(["t-comm"]);
  });

  it("treats query syntax as plain text", async () => {
    for (const text of ['春晖") OR 1=1 //', "name:*", "AND OR NOT", '"\\', "~~~"]) {
      const res = await gql(server.url, SEARCH, { text });
      expect(res.errors).toBeUndefined();
    }
  });

  it("refuses text over 200 characters with BAD_USER_INPUT", async () => {
    const res = await gql(server.url, SEARCH, { text: "春".repeat(201) });
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});
